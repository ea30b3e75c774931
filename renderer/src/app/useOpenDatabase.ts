import { useEffect, useState } from 'react';
import type { OpenedAppDB } from '../db/openAppDB';
import { openAppDB } from '../db/openAppDB';
import { requestPersistentStorage } from '../db/requestPersistence';

export type OpenDatabaseState =
  | { readonly status: 'opening' }
  | { readonly status: 'open'; readonly opened: OpenedAppDB }
  | { readonly status: 'failed'; readonly message: string };

/** Opens the database once, and asks the browser to keep it (never evicted under storage pressure). */
export function useOpenDatabase(): OpenDatabaseState {
  const [state, setState] = useState<OpenDatabaseState>({ status: 'opening' });
  useEffect(() => {
    let opened: OpenedAppDB | null = null;
    let live = true;
    void requestPersistentStorage();
    openAppDB().then(
      (result) => {
        opened = result;
        if (live) setState({ status: 'open', opened: result });
        else result.db.close();
      },
      (error: unknown) => {
        if (live)
          setState({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
      opened?.db.close();
    };
  }, []);
  return state;
}
