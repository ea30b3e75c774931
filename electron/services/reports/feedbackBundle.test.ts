import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../ServiceError';
import { writeCohortFeedbackZip } from './feedbackBundle';
import type { FeedbackInput } from './feedbackContent';
import { safeFileNamePart } from '../files/safeFileName';
import { uniqueFeedbackFileNames } from './feedbackFileName';
import { docxParagraphs } from './testing/docxXml';
import { sampleFeedbackInput } from './testing/feedbackFixture';
import { entryText, readZipEntries } from './testing/readZip';

function learner(name: string, studentNumber: string): FeedbackInput {
  return sampleFeedbackInput({ learner: { name, studentNumber } });
}

const COHORT: readonly FeedbackInput[] = [
  learner('Amélie Tremblay', '100200300'),
  learner('../../etc/passwd', '100200301'),
  learner('Jo\u202egnp.exe', '100200302'),
  learner('CON', 'AUX'),
  sampleFeedbackInput({ learner: null, anonymousCode: 'ANON-7F3K' }),
  learner('Amélie Tremblay', '100200300'),
];

describe('safeFileNamePart', () => {
  it.each([
    ['Amélie Tremblay', 'Amélie Tremblay'],
    ['Ame\u0301lie', 'Amélie'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['C:\\Users\\x', 'C__Users_x'],
    ['a<b>c:d"e|f?g*h', 'a_b_c_d_e_f_g_h'],
    ['Jo\u202egnp.exe', 'Jognp.exe'],
    ['tab\there\nnew\u0000line', 'tab here newline'],
    ['  trailing dots...  ', 'trailing dots'],
    ['CON', '_CON'],
    ['com1.txt', '_com1.txt'],
    ['LPT¹', '_LPT¹'],
    ['Conrad', 'Conrad'],
    ['', 'fallback'],
    ['...', 'fallback'],
    ['\u0001\u0002', 'fallback'],
  ])('%j → %j', (value, expected) => {
    expect(safeFileNamePart(value, 'fallback')).toBe(expected);
  });

  it('bounds the length without splitting an emoji', () => {
    const part = safeFileNamePart('😀'.repeat(200), 'x');
    expect(Array.from(part)).toHaveLength(80);
    expect(part).toBe('😀'.repeat(80));
  });
});

describe('uniqueFeedbackFileNames', () => {
  it('names each learner "<number or code> - <name>.docx", numbering repeats', () => {
    expect(uniqueFeedbackFileNames(COHORT)).toEqual([
      '100200300 - Amélie Tremblay.docx',
      '100200301 - _.._etc_passwd.docx',
      '100200302 - Jognp.exe.docx',
      '_AUX - _CON.docx',
      'ANON-7F3K - Learner.docx',
      '100200300 - Amélie Tremblay (2).docx',
    ]);
  });
});

describe('writeCohortFeedbackZip', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'attest-bundle-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes one readable document per learner, with safe names, and reports progress', async () => {
    const target = join(folder, 'feedback.zip');
    const progress: [number, number][] = [];
    const result = await writeCohortFeedbackZip(COHORT, target, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    const entries = await readZipEntries(await readFile(target));
    expect([...entries.keys()]).toEqual(result.fileNames);
    expect(entries.size).toBe(COHORT.length);
    for (const name of entries.keys()) expect(name).not.toMatch(/[/\\]/u);
    expect(progress).toEqual(COHORT.map((_, i) => [i + 1, COHORT.length]));

    const blind = entries.get('ANON-7F3K - Learner.docx');
    expect(blind).toBeDefined();
    const inner = await readZipEntries(blind ?? Buffer.alloc(0));
    const text = docxParagraphs(entryText(inner, 'word/document.xml')).map((p) => p.text);
    expect(text).toContain('Learner: ANON-7F3K');
    expect(await readdir(folder)).toEqual(['feedback.zip']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'feedback.zip');
    await writeFile(target, 'old');
    await writeCohortFeedbackZip(COHORT.slice(0, 1), target);
    expect((await readZipEntries(await readFile(target))).size).toBe(1);
  });

  it('leaves no file when cancelled before it starts', async () => {
    const target = join(folder, 'feedback.zip');
    const controller = new AbortController();
    controller.abort();
    await expect(
      writeCohortFeedbackZip(COHORT, target, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no file when cancelled while the temp file is still opening', async () => {
    const target = join(folder, 'feedback.zip');
    const controller = new AbortController();
    const run = writeCohortFeedbackZip(COHORT, target, { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no file, and the old one untouched, when cancelled part way', async () => {
    const target = join(folder, 'feedback.zip');
    await writeFile(target, 'old');
    const controller = new AbortController();
    const run = writeCohortFeedbackZip(COHORT, target, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ServiceError);
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder)).toEqual(['feedback.zip']);
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  it('leaves no file when a document cannot be built', async () => {
    const target = join(folder, 'feedback.zip');
    const broken = sampleFeedbackInput({ learner: null, anonymousCode: null });
    await expect(writeCohortFeedbackZip([COHORT[0] ?? broken, broken], target)).rejects.toThrow(
      /anonymous code/u,
    );
    expect(await readdir(folder)).toEqual([]);
  });
});
