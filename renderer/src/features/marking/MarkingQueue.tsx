import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Id, SubmissionStatus } from '../../../../shared/domain';
import { statusLabels, submissionStatuses } from '../../../../shared/domain';
import { countByStatus, filterQueue } from './model';
import { useGoToNextUnmarked, useMarkingQueue } from './useMarkingQueue';
import { useMarkingKeys } from './useMarkingKeys';

/** The submissions to mark, filtered by achievement and status, with "next unmarked" on `n`. */
export function MarkingQueue() {
  const queue = useMarkingQueue();
  const goToNext = useGoToNextUnmarked();
  const [versionId, setVersionId] = useState<Id | null>(null);
  const [status, setStatus] = useState<SubmissionStatus | null>(null);
  const [none, setNone] = useState(false);
  const next = () => {
    const found = queue !== undefined && goToNext(queue.rows);
    setNone(!found);
    return found;
  };
  useMarkingKeys((command) => command.type === 'nextUnmarked' && next());

  if (queue === undefined) return <Text c="dimmed">Loading the queue…</Text>;
  const ofVersion = filterQueue(queue.rows, { achievementVersionId: versionId, status: null });
  const counts = countByStatus(ofVersion);
  const rows = filterQueue(ofVersion, { achievementVersionId: null, status });
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
            <Badge key={s} variant="light" role="listitem">
              {statusLabels[s]}: {n}
            </Badge>
          ))}
        </Group>
        {queue.self === null && (
          <Text>
            Marking needs your identity: <Link to="/settings">set it in Settings</Link>.
          </Text>
        )}
        {rows.length === 0 ? (
          <Text c="dimmed">No submissions to show.</Text>
        ) : (
          <Table striped highlightOnHover aria-label="Submissions to mark">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Learner</Table.Th>
                <Table.Th>Achievement</Table.Th>
                <Table.Th>Attempt</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Link to={`/marking/${r.id}`}>{r.learnerName}</Link>
                  </Table.Td>
                  <Table.Td>{r.versionLabel}</Table.Td>
                  <Table.Td>{r.attempt}</Table.Td>
                  <Table.Td>{statusLabels[r.status]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
