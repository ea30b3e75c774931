/**
 * Test helper: is a document readable by LibreOffice? Converts it to PDF with
 * `soffice --headless` (a private profile per call, so parallel runs do not
 * fight over one) and returns the PDF's text from poppler's `pdftotext`.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when `command` is an executable on PATH. */
export function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export const hasLibreOffice = onPath('soffice') && onPath('pdftotext');

/** The text LibreOffice lays out for `docxPath`, via PDF. */
export async function libreOfficeText(docxPath: string, timeoutMs = 60_000): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'attest-soffice-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        docxPath,
      ],
      { timeout: timeoutMs },
    );
    const pdf = join(work, basename(docxPath).replace(/\.docx$/u, '.pdf'));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
