import { useDatabase } from './DatabaseContext';

/** Why the data is read-only, or null when Attest may write. */
export function useReadOnlyReason(): string | null {
  const opened = useDatabase();
  return opened.readOnly ? (opened.reason ?? 'it was written by a newer version of Attest.') : null;
}
