import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { QueueRow } from './queue';
import { useGoToNextUnmarked } from './useMarkingQueue';
import { useMarkingKeys } from './useMarkingKeys';

/** The queue's address that opens the next unmarked submission as soon as it is read. */
export const nextUnmarkedPath = '/marking?next';

/**
 * `n` outside the marking screens (which handle it themselves) goes to the
 * next unmarked submission: the queue opens and passes it on.
 */
export function useNextUnmarkedAnywhere(): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const away = !pathname.startsWith('/marking');
  // Set from the key until the route has changed: a second n before the
  // re-render would stack a second queue entry, and Back would land on it.
  const going = useRef(false);
  useEffect(() => {
    going.current = false;
  }, [pathname]);
  useMarkingKeys((command) => {
    if (!away || command.type !== 'nextUnmarked') return false;
    if (!going.current) {
      going.current = true;
      void navigate(nextUnmarkedPath);
    }
    return true;
  });
}

/**
 * In the queue: when it was opened by `n` elsewhere, opens the next unmarked
 * submission once the queue is read (in place of the queue's address, so Back
 * returns to where `n` was pressed), or calls `onNone`.
 */
export function useNextOnArrival(rows: readonly QueueRow[] | undefined, onNone: () => void): void {
  const [params, setParams] = useSearchParams();
  const goToNext = useGoToNextUnmarked();
  const wanted = params.has('next');
  useEffect(() => {
    if (!wanted || rows === undefined) return;
    if (!goToNext(rows, undefined, { replace: true })) {
      setParams({}, { replace: true });
      onNone();
    }
  }, [wanted, rows, goToNext, setParams, onNone]);
}
