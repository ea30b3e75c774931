import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { Id } from '../../../../shared/domain';
import { statusLabels } from '../../../../shared/domain/workflowText';
import { formatBytes } from '../../../../shared/format';
import type { SubmissionRow } from './model';
import classes from './SubmissionList.module.css';

export interface SubmissionListProps {
  readonly label: string;
  readonly rows: readonly SubmissionRow[];
  readonly selectedId: Id | null;
  readonly onOpen: (id: Id) => void;
}

const ROW_HEIGHT = 40;
/** The body's height when full: about nine rows. */
const BODY_HEIGHT = 360;
const columns = [
  'Learner',
  'Student number',
  'Evidence',
  'Size',
  'Reflection',
  'Attestation',
  'Status',
] as const;

/**
 * Every submission of a version as an ARIA grid, virtualized (only the rows in
 * view are in the DOM, so 10,000 stay smooth). Arrow keys, Home and End move
 * between rows; Enter or Space opens one.
 */
export function SubmissionList({ label, rows, selectedId, onOpen }: SubmissionListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  /** Set by a key press: after the next render, focus the active row (it may have just scrolled in). */
  const focusPending = useRef(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const current = Math.min(active, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!focusPending.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (row) {
      row.focus();
      focusPending.current = false;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    focusPending.current = true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor(BODY_HEIGHT / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[current];
      if (row !== undefined) {
        event.preventDefault();
        onOpen(row.id);
      }
    }
  };

  if (rows.length === 0) return <Text c="dimmed">No submissions for this version yet.</Text>;

  return (
    <div
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      className={classes.grid}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.header}`}>
          {columns.map((column) => (
            <div key={column} role="columnheader" className={classes.cell}>
              {column}
            </div>
          ))}
        </div>
      </div>
      <div
        ref={scroller}
        className={classes.body}
        style={{ height: Math.min(BODY_HEIGHT, rows.length * ROW_HEIGHT) }}
        role="rowgroup"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const row = rows[virtual.index];
            if (row === undefined) return null;
            return (
              <div
                key={row.id}
                role="row"
                data-index={virtual.index}
                aria-rowindex={virtual.index + 2}
                aria-selected={row.id === selectedId}
                tabIndex={virtual.index === current ? 0 : -1}
                className={`${classes.row} ${classes.bodyRow}`}
                style={{ top: virtual.start }}
                onClick={() => {
                  setActive(virtual.index);
                  onOpen(row.id);
                }}
              >
                <div role="gridcell" className={classes.cell}>
                  {row.learnerName}
                  {row.attempt > 1 ? ` (attempt ${row.attempt})` : ''}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {row.studentNumber}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {row.evidenceCount}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {formatBytes(row.totalBytes)}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {row.hasReflection ? 'Yes' : 'No'}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {row.hasAttestation ? 'Yes' : 'No'}
                </div>
                <div role="gridcell" className={classes.cell}>
                  {statusLabels[row.status]}
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
