import { crc32 } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export type PngInspection =
  | { readonly ok: true; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks that bytes are a whole, well-formed PNG: the signature, IHDR first,
 * every chunk's length and CRC, IDAT present, IEND last. Decoding pixels is
 * the viewer's job; this is enough to refuse renamed or truncated files.
 */
export function inspectPng(bytes: Uint8Array): PngInspection {
  if (bytes.length < SIGNATURE.length || !SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return {
      ok: false,
      problem: 'is not a PNG image (its first bytes are not the PNG signature).',
    };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = SIGNATURE.length;
  let width = 0;
  let height = 0;
  let sawData = false;
  for (let index = 0; ; index += 1) {
    if (offset + 12 > bytes.length)
      return { ok: false, problem: 'is a truncated PNG (it ends before IEND).' };
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length)
      return { ok: false, problem: `is a truncated PNG (chunk ${type} runs past the end).` };
    const expected = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== expected) {
      return { ok: false, problem: `is a damaged PNG (chunk ${type} fails its checksum).` };
    }
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13)
        return { ok: false, problem: 'is not a valid PNG (IHDR must come first).' };
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData) return { ok: false, problem: 'is a PNG without image data.' };
      return { ok: true, width, height };
    }
    offset = end;
  }
}
