/** Sizes as people read them: 1 decimal above 1 kB, binary units (a file manager's numbers). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const label = units[unit] ?? 'bytes';
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  return `${value.toFixed(1)} ${label}`;
}

/** "1 file", "2 files". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-CA')} ${count === 1 ? one : many}`;
}

/** "45.2 MiB/s": bytes over a duration; null before a second has passed (too noisy to show). */
export function formatRate(bytes: number, elapsedMs: number): string | null {
  if (!Number.isFinite(bytes) || elapsedMs < 1000 || bytes <= 0) return null;
  return `${formatBytes(Math.round(bytes / (elapsedMs / 1000)))}/s`;
}
