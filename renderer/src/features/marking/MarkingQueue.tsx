import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CSSProperties } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Id, SubmissionStatus } from '../../../../shared/domain';
import { statusLabels, submissionStatuses } from '../../../../shared/domain';
import type { QueueRow, QueueSort, QueueSortKey } from './queue';
import { countByStatus, defaultQueueSort, filterQueue, sortQueue } from './queue';
import type { MarkingQueue as Queue } from './useMarkingQueue';
import { useAllocateToMe, useGoToNextUnmarked, useMarkingQueue } from './useMarkingQueue';
import { useMarkingKeys } from './useMarkingKeys';
import { useNextOnArrival } from './useNextUnmarkedAnywhere';

const ROW_HEIGHT = 40;
/** The body's height when full: about twelve rows. */
const BODY_HEIGHT = 480;
const noRows: readonly QueueRow[] = [];

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '2.5rem minmax(10rem, 2fr) minmax(9rem, 1.5fr) 4.5rem 8.5rem 7.5rem 6rem',
  alignItems: 'center',
  columnGap: 'var(--mantine-spacing-sm)',
  padding: '0 var(--mantine-spacing-sm)',
  height: ROW_HEIGHT,
  boxSizing: 'border-box',
  borderBottom: '1px solid var(--mantine-color-default-border)',
  fontSize: 'var(--mantine-font-size-sm)',
};
const cell: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

/**
 * The submissions to mark: filters (achievement, status, learner, flagged),
 * sortable columns, counts by status, "next unmarked" on `n`, and "Allocate
 * to me" for selected received submissions (single-user machine or lead).
 * The table is virtualized: only the rows in view are in the DOM.
 */
export function MarkingQueue() {
  const queue = useMarkingQueue();
  const goToNext = useGoToNextUnmarked();
  const [versionId, setVersionId] = useState<Id | null>(null);
  const [status, setStatus] = useState<SubmissionStatus | null>(null);
  const [learner, setLearner] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [sort, setSort] = useState<QueueSort>(defaultQueueSort);
  const [none, setNone] = useState(false);
  const next = () => {
    const found = queue !== undefined && goToNext(queue.rows);
    setNone(!found);
    return found;
  };
  useMarkingKeys((command) => command.type === 'nextUnmarked' && next());
  const nothingLeft = useCallback(() => setNone(true), []);
  useNextOnArrival(queue?.rows, nothingLeft);

  // Sorted once per order; filtering keeps that order, so typing never re-sorts.
  const all = queue?.rows ?? noRows;
  const sorted = useMemo(
    () => (sort === defaultQueueSort ? all : sortQueue(all, sort)),
    [all, sort],
  );
  const unfiltered = useMemo(
    () => filterQueue(sorted, { achievementVersionId: versionId, status: null, learner, flagged }),
    [sorted, versionId, learner, flagged],
  );
  const counts = useMemo(() => countByStatus(unfiltered), [unfiltered]);
  const rows = useMemo(
    () =>
      status === null
        ? unfiltered
        : filterQueue(unfiltered, { achievementVersionId: null, status }),
    [unfiltered, status],
  );

  if (queue === undefined) return <Text c="dimmed">Loading the queue…</Text>;
  // Says which filter and order the rendered rows reflect (the benchmark waits for it).
  const renderKey = [sort.key, sort.direction, versionId, status, flagged, learner].join('|');
  const onSort = (key: QueueSortKey) => {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );
  };
  return (
    <Paper component="section" aria-label="Marking queue" withBorder p="md">
      <Stack gap="md">
        <Group align="end" wrap="wrap">
          <NativeSelect
            label="Achievement"
            value={versionId ?? ''}
            onChange={(e) =>
              setVersionId(e.currentTarget.value === '' ? null : e.currentTarget.value)
            }
            data={[
              { value: '', label: 'All achievements' },
              ...queue.versions.map((v) => ({ value: v.id, label: `${v.name} v${v.version}` })),
            ]}
          />
          <NativeSelect
            label="Status"
            value={status ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStatus(submissionStatuses.find((s) => s === value) ?? null);
            }}
            data={[
              { value: '', label: 'All statuses' },
              ...submissionStatuses.map((s) => ({ value: s, label: statusLabels[s] })),
            ]}
          />
          <TextInput
            label="Learner"
            placeholder="Name or number"
            type="search"
            value={learner}
            onChange={(e) => setLearner(e.currentTarget.value)}
          />
          <Checkbox
            label="Flagged only"
            checked={flagged}
            onChange={(e) => setFlagged(e.currentTarget.checked)}
            mb={8}
          />
          <Button onClick={() => next()} aria-keyshortcuts="n">
            Next unmarked (n)
          </Button>
        </Group>
        {none && (
          <Text role="status" c="dimmed">
            Nothing left to mark.
          </Text>
        )}
        <Group gap="xs" aria-label="Counts by status" role="list">
          {[...counts].map(([s, n]) => (
            <Badge key={s} variant="light" role="listitem" data-status={s} data-count={n}>
              {statusLabels[s]}: {n}
            </Badge>
          ))}
        </Group>
        {queue.self === null && (
          <Text>
            Marking needs your identity: <Link to="/settings">set it in Settings</Link>.
          </Text>
        )}
        <QueueTable
          key={queue.canAllocate ? 'batch' : 'plain'}
          queue={queue}
          rows={rows}
          sort={sort}
          onSort={onSort}
          renderKey={renderKey}
        />
      </Stack>
    </Paper>
  );
}

interface QueueTableProps {
  readonly queue: Queue;
  readonly rows: readonly QueueRow[];
  readonly sort: QueueSort;
  readonly onSort: (key: QueueSortKey) => void;
  readonly renderKey: string;
}

/** The batch bar and the virtualized table (an ARIA table: links and checkboxes are tabbable). */
function QueueTable({ queue, rows, sort, onSort, renderKey }: QueueTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<Id>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const allocate = useAllocateToMe();
  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders on scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const batch = queue.canAllocate;
  const shownSelected = batch ? rows.filter((r) => selected.has(r.id)).length : 0;
  const allShown = rows.length > 0 && shownSelected === rows.length;
  const receivedIds = batch
    ? [...selected].filter((id) => queue.submissions.get(id)?.status === 'received')
    : [];

  const toggle = (id: Id, on: boolean) => {
    setSelected((current) => {
      const nextSet = new Set(current);
      if (on) nextSet.add(id);
      else nextSet.delete(id);
      return nextSet;
    });
  };
  const toggleShown = (on: boolean) => {
    setSelected((current) => {
      const nextSet = new Set(current);
      for (const r of rows) {
        if (on) nextSet.add(r.id);
        else nextSet.delete(r.id);
      }
      return nextSet;
    });
  };
  const allocateSelected = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await allocate(queue, receivedIds);
      if (result.ok) {
        setSelected(new Set());
        setOutcome({ ok: true, text: `Allocated ${result.count} submission(s) to you.` });
      } else {
        setOutcome({ ok: false, text: result.reason });
      }
    } finally {
      setBusy(false);
    }
  };

  const header = (key: QueueSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <div role="columnheader" style={cell} aria-sort={active ? sort.direction : 'none'}>
        <UnstyledButton onClick={() => onSort(key)} fw={700} fz="sm">
          {label}
          <span aria-hidden="true">
            {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
          </span>
        </UnstyledButton>
      </div>
    );
  };

  return (
    <Stack gap="xs" data-queue-key={renderKey} data-row-count={rows.length}>
      {batch && (
        <Group gap="sm" aria-label="Selected submissions" role="group">
          <Text size="sm">
            {selected.size} selected, {receivedIds.length} received
          </Text>
          <Button
            size="xs"
            loading={busy}
            disabled={receivedIds.length === 0}
            onClick={() => void allocateSelected()}
          >
            Allocate to me
          </Button>
          {selected.size > 0 && (
            <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
              Clear selection
            </Button>
          )}
        </Group>
      )}
      {outcome !== null &&
        (outcome.ok ? (
          <Text role="status" size="sm">
            {outcome.text}
          </Text>
        ) : (
          <Alert color="red" title="Not allocated" role="alert">
            {outcome.text}
          </Alert>
        ))}
      {rows.length === 0 && <Text c="dimmed">No submissions to show.</Text>}
      <div
        role="table"
        aria-label="Submissions to mark"
        aria-rowcount={rows.length + 1}
        hidden={rows.length === 0}
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
        }}
      >
        <div role="rowgroup">
          <div
            role="row"
            aria-rowindex={1}
            style={{ ...grid, background: 'var(--mantine-color-default-hover)' }}
          >
            <div role="columnheader">
              {batch && (
                <Checkbox
                  aria-label="Select all shown"
                  size="xs"
                  checked={allShown}
                  indeterminate={shownSelected > 0 && !allShown}
                  onChange={(e) => toggleShown(e.currentTarget.checked)}
                />
              )}
            </div>
            {header('learner', 'Learner')}
            {header('achievement', 'Achievement')}
            <div role="columnheader" style={{ ...cell, fontWeight: 700 }}>
              Attempt
            </div>
            {header('status', 'Status')}
            {header('received', 'Received')}
            <div role="columnheader" style={{ ...cell, fontWeight: 700 }}>
              Flag
            </div>
          </div>
        </div>
        <div
          ref={scroller}
          role="rowgroup"
          style={{
            overflow: 'auto',
            position: 'relative',
            height: Math.min(BODY_HEIGHT, rows.length * ROW_HEIGHT),
          }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const row = rows[virtual.index];
              if (row === undefined) return null;
              return (
                <div
                  key={row.id}
                  role="row"
                  aria-rowindex={virtual.index + 2}
                  data-index={virtual.index}
                  style={{ ...grid, position: 'absolute', left: 0, right: 0, top: virtual.start }}
                >
                  <div role="cell">
                    {batch && (
                      <Checkbox
                        aria-label={`Select ${row.learnerName}`}
                        size="xs"
                        checked={selected.has(row.id)}
                        onChange={(e) => toggle(row.id, e.currentTarget.checked)}
                      />
                    )}
                  </div>
                  <div role="cell" style={cell}>
                    <Anchor component={Link} to={`/marking/${row.id}`} size="sm">
                      {row.learnerName}
                    </Anchor>
                  </div>
                  <div role="cell" style={cell}>
                    {row.versionLabel}
                  </div>
                  <div role="cell" style={cell}>
                    {row.attempt}
                  </div>
                  <div role="cell" style={cell}>
                    {statusLabels[row.status]}
                  </div>
                  <div role="cell" style={cell}>
                    {row.receivedAt.slice(0, 10)}
                  </div>
                  <div role="cell" style={cell}>
                    {row.flagged === true && (
                      <Badge size="sm" color="orange" variant="light">
                        Override
                      </Badge>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </Stack>
  );
}
