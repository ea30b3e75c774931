import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MarkingCommand } from './keys';
import { markingCommand } from './keys';

/** True when keys typed at `target` belong to it (text fields, selects, native radios). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * Calls `onCommand` for the marking keys pressed anywhere on the page (see
 * `markingCommand`). A handled key's default action is prevented.
 */
export function useMarkingKeys(onCommand: (command: MarkingCommand) => boolean): void {
  const handler = useRef(onCommand);
  // A layout effect runs before the browser handles the next event: a key pressed
  // as soon as the rubric is on the screen reaches the handler that rendered it,
  // not the one before (a plain effect may run a task later, after the key).
  useLayoutEffect(() => {
    handler.current = onCommand;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      // A dialog above the marking screen (evidence comparison) keeps its keys.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]') !== null) {
        return;
      }
      // Arrow keys scroll a focused evidence viewer (PDF, text, image) instead.
      if (
        event.key.startsWith('Arrow') &&
        event.target instanceof Element &&
        event.target.closest('[data-own-arrow-keys]') !== null
      ) {
        return;
      }
      const command = markingCommand(event, isTypingTarget(event.target));
      if (command !== null && handler.current(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
