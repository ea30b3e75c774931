import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEntryName, decodeEntryName, readEntryName, UTF8_FLAG } from './zipEntryName';
import type { EntryNameRefusal } from './zipEntryName';
import { expectSafePath, nameArbitrary } from './testing/nameArbitraries';

const reasons: readonly EntryNameRefusal[] = [
  'invalid-utf8',
  'control-characters',
  'backslash',
  'absolute-path',
  'outside-zip',
  'empty-name',
];

describe('checkEntryName', () => {
  it.each([
    ['../../etc/passwd', 'outside-zip'],
    ['a/../../x', 'outside-zip'],
    ['..', 'outside-zip'],
    ['/abs', 'absolute-path'],
    ['C:\\x', 'absolute-path'],
    ['C:x', 'absolute-path'],
    // Found by the property below: a drive once the '.' and empty segments are dropped.
    ['.//C:', 'absolute-path'],
    ['./c:/x', 'absolute-path'],
    ['\\\\server\\share\\x', 'absolute-path'],
    ['dir\\file.txt', 'backslash'],
    ['bell\u0007.txt', 'control-characters'],
    ['line\nbreak.txt', 'control-characters'],
    ['evil\u202Efdp.exe', 'control-characters'],
    ['', 'empty-name'],
    ['./.', 'empty-name'],
  ] as const)('refuses %j (%s)', (name, reason) => {
    expect(checkEntryName(name)).toEqual({ ok: false, reason });
  });

  it('normalises harmless oddities: "./", doubled slashes, NFD', () => {
    expect(checkEntryName('./a//b/./c.txt')).toMatchObject({ ok: true, path: 'a/b/c.txt' });
    expect(checkEntryName('Jose\u0301/x.pdf')).toMatchObject({ ok: true, path: 'José/x.pdf' });
    expect(checkEntryName('dir/')).toMatchObject({ ok: true, path: 'dir', isDirectory: true });
    expect(checkEntryName('..foo/bar..')).toMatchObject({ ok: true, path: '..foo/bar..' });
  });
});

describe('decodeEntryName', () => {
  it('decodes UTF-8 strictly when bit 11 is set and CP437 otherwise', () => {
    expect(decodeEntryName(Buffer.from('Seán.pdf'), UTF8_FLAG)).toBe('Seán.pdf');
    expect(decodeEntryName(Uint8Array.from([0x61, 0xff, 0x62]), UTF8_FLAG)).toBeNull();
    expect(decodeEntryName(Uint8Array.from([0x63, 0x61, 0x66, 0x82]), 0)).toBe('café');
    expect(readEntryName(Uint8Array.from([0xc3, 0x28]), UTF8_FLAG)).toEqual({
      ok: false,
      reason: 'invalid-utf8',
    });
  });
});

describe('entry names (property)', () => {
  it('accepts only relative, normalised, clean paths; refuses everything else with a reason', () => {
    fc.assert(
      fc.property(nameArbitrary, (name) => {
        const result = checkEntryName(name);
        if (result.ok) {
          // Only a directory may normalise to the root ('', e.g. "./" or ".//"): it is skipped.
          if (!result.isDirectory) expect(result.path).not.toBe('');
          if (result.path !== '') expectSafePath(result.path);
        } else {
          expect(reasons).toContain(result.reason);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary bytes, with or without the UTF-8 flag', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, utf8) => {
        const result = readEntryName(bytes, utf8 ? UTF8_FLAG : 0);
        if (result.ok) expectSafePath(result.path);
        else expect(reasons).toContain(result.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses any name with invalid UTF-8 bytes when the flag says UTF-8', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(0xff, 0xfe, 0xc0, 0x80),
        (text, bad) => {
          const bytes = Buffer.concat([Buffer.from(text), Buffer.from([bad])]);
          expect(readEntryName(bytes, UTF8_FLAG)).toEqual({ ok: false, reason: 'invalid-utf8' });
        },
      ),
    );
  });
});
