import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { Identity } from '../../../../shared/domain';
import { useDatabase } from '../../app/DatabaseContext';
import { getSelfIdentity, putIdentity } from '../../db/repositories/identities';
import type { IdentityDraft } from './model';

export interface SelfIdentity {
  /** undefined while loading, null when none was saved yet. */
  readonly identity: Identity | null | undefined;
  readonly readOnly: boolean;
  readonly save: (draft: IdentityDraft) => Promise<void>;
}

/** The person using this machine: read live from Dexie, saved through the repository. */
export function useSelfIdentity(): SelfIdentity {
  const { db, readOnly } = useDatabase();
  const identity = useLiveQuery(async () => (await getSelfIdentity(db)) ?? null, [db]);
  const save = useCallback(
    async (draft: IdentityDraft) => {
      const current = await getSelfIdentity(db);
      await putIdentity(db, {
        id: current?.id ?? crypto.randomUUID(),
        name: draft.name.trim(),
        email: draft.email.trim(),
        roles: [...draft.roles],
        publicKeyMultibase: current?.publicKeyMultibase ?? null,
        isSelf: true,
      });
      notifications.show({ color: 'teal', title: 'Saved', message: 'Your identity was saved.' });
    },
    [db],
  );
  return { identity, readOnly, save };
}
