/**
 * The reflection as a text area the assessor can select in but not change,
 * over a backdrop that paints the tagged passages.
 *
 * Hand-written, not Mantine's Textarea: the backdrop must share the text
 * area's every metric. And not `readOnly`: Chromium moves no caret in a
 * read-only text area, so Shift+arrows would select nothing. Edits are
 * refused instead (`beforeinput` is cancelled, and the value is controlled),
 * and the field says `aria-readonly`.
 */
import type { KeyboardEvent, RefObject } from 'react';
import { Fragment, useEffect, useRef } from 'react';
import type { PaintedSegment } from './model';
import { highlightBackground } from './model';
import classes from './ReflectionPanel.module.css';

export interface ReflectionTextProps {
  readonly text: string;
  readonly segments: readonly PaintedSegment[];
  readonly textRef: RefObject<HTMLTextAreaElement | null>;
  readonly labelledBy: string;
  readonly describedBy: string;
  /** Space-separated, e.g. "Alt+1 Alt+2 Alt+3"; empty when there is nothing to press. */
  readonly keyShortcuts: string;
  readonly onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/** React restores a controlled value after onChange: this is what keeps the text unchanged. */
function keepText(): void {
  return;
}

export function ReflectionText({
  text,
  segments,
  textRef,
  labelledBy,
  describedBy,
  keyShortcuts,
  onKeyDown,
}: ReflectionTextProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const field = textRef.current;
    if (field === null) return;
    const refuse = (event: Event) => event.preventDefault();
    field.addEventListener('beforeinput', refuse);
    field.addEventListener('drop', refuse);
    return () => {
      field.removeEventListener('beforeinput', refuse);
      field.removeEventListener('drop', refuse);
    };
  }, [textRef]);
  const syncScroll = () => {
    const field = textRef.current;
    const behind = backdrop.current;
    if (field === null || behind === null) return;
    behind.scrollTop = field.scrollTop;
    behind.scrollLeft = field.scrollLeft;
  };
  return (
    <div className={classes.field}>
      <div ref={backdrop} className={classes.backdrop} aria-hidden="true">
        {segments.map((s) =>
          s.slots.length === 0 ? (
            <Fragment key={s.start}>{s.text}</Fragment>
          ) : (
            <span
              key={s.start}
              className={classes.mark}
              data-slot={s.slots[0]}
              data-overlap={s.slots.length > 1 || undefined}
              style={{ background: highlightBackground(s.slots) }}
            >
              {s.text}
            </span>
          ),
        )}
        {/* A text area shows a line after a final line break; a div needs something on it. */}
        {text.endsWith('\n') && ' '}
      </div>
      <textarea
        ref={textRef}
        className={classes.text}
        value={text}
        onChange={keepText}
        onKeyDown={onKeyDown}
        onScroll={syncScroll}
        aria-readonly="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-keyshortcuts={keyShortcuts === '' ? undefined : keyShortcuts}
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        data-reflection-text
      />
    </div>
  );
}
