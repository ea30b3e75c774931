import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { EvidenceRole, Id, Learner } from '../../../../shared/domain';
import { formatBytes, plural } from '../../../../shared/format';
import type { IntakeResult } from '../../../../shared/ipc/contract';
import { LearnerSelect, RoleSelect } from './PlanSelects';
import type { PlanItem } from './model';
import { groupByLearner } from './model';

export interface MatchingStepProps {
  readonly result: IntakeResult;
  readonly plan: readonly PlanItem[];
  readonly learners: readonly Learner[];
  readonly busy: boolean;
  readonly onAssign: (path: string, learnerId: Id | null) => void;
  readonly onRole: (path: string, role: EvidenceRole) => void;
  readonly onCreate: () => void;
  readonly onCancel: () => void;
}

const shapeNames: Readonly<Record<IntakeResult['shape'], string>> = {
  moodle: 'Moodle download',
  brightspace: 'Brightspace download',
  canvas: 'Canvas download',
  folder: 'folder per learner',
  unknown: 'unrecognised layout',
};

/** Files matched to the roster by learner; unmatched ones assigned by hand; what was refused. */
export function MatchingStep({
  result,
  plan,
  learners,
  busy,
  onAssign,
  onRole,
  onCreate,
  onCancel,
}: MatchingStepProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const names = new Map(learners.map((l) => [l.id, l]));
  const groups = groupByLearner(plan);
  const unmatched = plan.filter((entry) => entry.matched === null);
  const unassigned = unmatched.filter((entry) => entry.learnerId === null).length;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="matching-title">
      <Stack gap="md">
        <Title
          order={3}
          id="matching-title"
          ref={heading}
          tabIndex={-1}
          style={{ outline: 'none' }}
        >
          Match the files of {result.sourceName}
        </Title>
        <Text c="dimmed">
          {plural(plan.length, 'file')} ({formatBytes(result.totals.bytes)}) from a{' '}
          {shapeNames[result.shape]}. Nothing is recorded until you create the submissions.
        </Text>

        <Stack gap="sm" component="section" aria-labelledby="matched-title">
          <Title order={4} id="matched-title">
            {`Learners (${groups.length})`}
          </Title>
          {groups.length === 0 && <Text c="dimmed">No file matched a learner of the roster.</Text>}
          {groups.map((group) => {
            const learner = names.get(group.learnerId);
            const label = learner === undefined ? 'Unknown learner' : learner.name;
            return (
              <Paper key={group.learnerId} withBorder p="sm" component="article" aria-label={label}>
                <Group gap="xs" mb="xs">
                  <Text fw={600}>{label}</Text>
                  <Text c="dimmed" size="sm">
                    {learner?.studentNumber}
                  </Text>
                </Group>
                <Table aria-label={`Files of ${label}`}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>File</Table.Th>
                      <Table.Th>Size</Table.Th>
                      <Table.Th>Matched</Table.Th>
                      <Table.Th>Role</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {group.items.map((entry) => (
                      <Table.Tr key={entry.item.path}>
                        <Table.Td>{entry.item.fileName}</Table.Td>
                        <Table.Td>{formatBytes(entry.item.size)}</Table.Td>
                        <Table.Td>
                          <Badge variant="outline" color="gray">
                            {entry.matched === null
                              ? 'by hand'
                              : entry.matched.by === 'name'
                                ? 'by name'
                                : 'by student number'}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <RoleSelect entry={entry} onRole={onRole} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            );
          })}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="unmatched-title">
          <Title order={4} id="unmatched-title">
            {`Unmatched files (${unmatched.length})`}
          </Title>
          {unmatched.length === 0 ? (
            <Text c="dimmed">Every file matched a learner.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-labelledby="unmatched-title">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>File</Table.Th>
                    <Table.Th>The path says</Table.Th>
                    <Table.Th>Learner</Table.Th>
                    <Table.Th>Role</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {unmatched.map((entry) => (
                    <Table.Tr key={entry.item.path}>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: 'break-all' }}>
                          {entry.item.path}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {[entry.item.learner.name, entry.item.learner.studentNumber]
                          .filter((part) => part !== null)
                          .join(' · ') || 'nothing'}
                      </Table.Td>
                      <Table.Td>
                        <LearnerSelect entry={entry} learners={learners} onAssign={onAssign} />
                      </Table.Td>
                      <Table.Td>
                        <RoleSelect entry={entry} onRole={onRole} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>

        {result.rejected.length > 0 && (
          <Stack gap="sm" component="section" aria-labelledby="rejected-title">
            <Title order={4} id="rejected-title">
              {`Left out (${result.rejected.length})`}
            </Title>
            <Table aria-labelledby="rejected-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Entry</Table.Th>
                  <Table.Th>Reason</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rejected.map((r) => (
                  <Table.Tr key={r.path}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{r.path}</Table.Td>
                    <Table.Td>{r.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}

        {unassigned > 0 && (
          <Alert color="gray" title={`${plural(unassigned, 'file')} not assigned`}>
            Files left unassigned are not added to any submission.
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            Cancel import
          </Button>
          <Button onClick={onCreate} disabled={busy || groups.length === 0} loading={busy}>
            {`Create ${plural(groups.length, 'submission')}`}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
