/**
 * Text evidence arrives in whatever encoding the learner's editor used:
 * UTF-8 (with or without BOM), UTF-16 from Windows Notepad, or a legacy
 * Windows code page. A BOM decides; otherwise strict UTF-8, then windows-1252.
 * `truncated` means the bytes stop mid-file, so a split character at the end
 * is dropped rather than reported as invalid.
 */
export function decodeText(bytes: Uint8Array, truncated = false): string {
  const [a, b] = bytes;
  if (a === 0xff && b === 0xfe) return decode('utf-16le', bytes, truncated);
  if (a === 0xfe && b === 0xff) return decode('utf-16be', bytes, truncated);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated });
  } catch {
    return decode('windows-1252', bytes, truncated);
  }
}

function decode(label: string, bytes: Uint8Array, truncated: boolean): string {
  return new TextDecoder(label).decode(bytes, { stream: truncated });
}
