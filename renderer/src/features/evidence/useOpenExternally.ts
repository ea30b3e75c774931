import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { call } from '../../api/client';

/**
 * Asks main to open a verified copy of an evidence file with the system's
 * program for its type (the viewer has warned and the assessor confirmed).
 * `fileName` is the name the copy gets: under blind marking, the blind label.
 */
export function useOpenExternally(): (sha256: string, fileName: string) => void {
  return useCallback((sha256, fileName) => {
    void call('openEvidenceExternally', { sha256, fileName }).then((result) => {
      if (result.ok) {
        notifications.show({
          title: 'Opened outside Attest',
          message: `A read-only copy of ${fileName} was handed to your system.`,
        });
      } else {
        notifications.show({ color: 'red', title: 'Not opened', message: result.error.message });
      }
    });
  }, []);
}
