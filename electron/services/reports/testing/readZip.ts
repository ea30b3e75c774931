/** Test helper: every file entry of a zip (a .docx or a cohort bundle), by name. */
import { buffer } from 'node:stream/consumers';
import { fromBufferPromise } from 'yauzl';

export async function readZipEntries(bytes: Buffer): Promise<ReadonlyMap<string, Buffer>> {
  const zip = await fromBufferPromise(bytes, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    entries.set(entry.fileName, await buffer(await zip.openReadStreamPromise(entry)));
  }
  return entries;
}

/** One entry as UTF-8 text; fails the test when it is missing. */
export function entryText(entries: ReadonlyMap<string, Buffer>, name: string): string {
  const data = entries.get(name);
  if (data === undefined) throw new Error(`The zip has no ${name}.`);
  return data.toString('utf8');
}
