import { useCallback, useEffect, useState } from 'react';
import type { BadgeImage } from '../../../../../shared/domain';
import { call } from '../../../api/client';

/** The badge image's preview (a data: URI read back from main) and the ways to choose one. */
export function useBadgeImage(image: BadgeImage | null, onChosen: (image: BadgeImage) => void) {
  const [loaded, setLoaded] = useState<{ sha256: string; uri: string | null } | null>(null);
  const sha256 = image?.sha256 ?? null;
  const mediaType = image?.mediaType ?? null;
  const preview = loaded !== null && loaded.sha256 === sha256 ? loaded.uri : null;
  useEffect(() => {
    let live = true;
    if (sha256 === null || mediaType === null) return;
    void call('badgeDataUri', { sha256, mediaType }).then((result) => {
      if (live) setLoaded({ sha256, uri: result.ok ? result.value.dataUri : null });
    });
    return () => {
      live = false;
    };
  }, [sha256, mediaType]);

  const chooseFile = useCallback(async () => {
    const picked = await call('openFile', { intent: 'badge-image' });
    if (!picked.ok || picked.value === null) return;
    const stored = await call('importBadgeImage', { fileId: picked.value.fileId });
    if (stored.ok) onChosen(stored.value);
  }, [onChosen]);

  const applyTemplate = useCallback(
    async (code: string, name: string) => {
      const stored = await call('badgeFromTemplate', {
        code: code.trim() || 'MC',
        name: name.trim() || 'Micro-credential',
      });
      if (stored.ok) onChosen(stored.value);
    },
    [onChosen],
  );

  return { preview, chooseFile, applyTemplate };
}
