import type { AsyncState } from './useAsync';
import { useAsync } from './useAsync';
import type { EvidenceBytes } from './fetchEvidence';
import { fetchEvidence } from './fetchEvidence';

/**
 * The bytes of one piece of evidence, fetched from the URL the host gave the
 * viewer. Components never build that URL nor call the api: they get `src`.
 */
export function useEvidenceBytes(src: string, maxBytes?: number): AsyncState<EvidenceBytes> {
  return useAsync(`${src}\n${maxBytes ?? ''}`, (signal) =>
    fetchEvidence(src, { signal, maxBytes }),
  );
}
