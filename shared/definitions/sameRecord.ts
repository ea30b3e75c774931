/**
 * Content equality of stored records, whatever order their keys were written
 * in (a record read back from IndexedDB need not keep the file's order).
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/** JSON with keys sorted at every depth: equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
