import { useCallback, useState } from 'react';
import type { EvidenceItem, ReflectionSource } from '../../../../shared/domain';
import { extractEvidenceText, textKindOf } from '../evidence/extractText';
import { useEvidenceBaseUrl } from '../submissions/useSubmissionList';

export interface ReflectionSourceLoader {
  /** The file being read, by SHA-256, or null. */
  readonly reading: string | null;
  readonly error: string | null;
  /** Reads the file's text and hands it to `onRead` (which records it in the draft). */
  readonly read: (item: EvidenceItem) => void;
}

/** Reads a reflection file's text so its passages can be tagged. */
export function useReflectionSource(
  onRead: (source: ReflectionSource) => void,
): ReflectionSourceLoader {
  const baseUrl = useEvidenceBaseUrl();
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const read = useCallback(
    (item: EvidenceItem) => {
      const kind = textKindOf(item.mediaType, item.fileName);
      if (baseUrl === null || kind === null) return;
      setReading(item.sha256);
      setError(null);
      extractEvidenceText(`${baseUrl}${item.sha256}`, kind)
        .then((text) => {
          if (text.trim() === '') setError('This file has no text to tag (a scan, or empty).');
          else onRead({ sha256: item.sha256, text });
        })
        .catch((cause: unknown) => {
          setError(cause instanceof Error ? cause.message : String(cause));
        })
        .finally(() => setReading(null));
    },
    [baseUrl, onRead],
  );
  return { reading, error, read };
}
