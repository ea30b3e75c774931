/**
 * macOS and Windows leftovers that are never evidence: skipped (with a note)
 * by zip sources and ignored by the LMS shape classifier. Pure.
 */
export function junkReason(path: string): string | null {
  const segments = path.split('/').filter((segment) => segment !== '');
  const base = segments[segments.length - 1] ?? '';
  if (segments.includes('__MACOSX')) return 'macOS resource data (__MACOSX)';
  if (base === '.DS_Store') return 'macOS folder settings (.DS_Store)';
  if (base.startsWith('._')) return 'macOS resource data (._ file)';
  if (base === 'Thumbs.db' || base.toLowerCase() === 'desktop.ini') return 'Windows folder data';
  return null;
}
