import { Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { RosterLine } from './model';
import { findRosterLines, plural, ROSTER_SHOWN } from './model';

export interface LearnersTableProps {
  /** undefined while loading. */
  readonly lines: readonly RosterLine[] | undefined;
}

/**
 * The roster: every learner Attest knows, in student-number order. A large
 * roster shows its first lines and a search (a college's 10,000 learners would
 * otherwise be 10,000 table rows).
 */
export function LearnersTable({ lines }: LearnersTableProps) {
  const [query, setQuery] = useState('');
  const found = lines === undefined ? null : findRosterLines(lines, query);
  return (
    <Stack gap="xs" component="section" aria-labelledby="learners-title">
      <Title order={3} id="learners-title">
        Learners
      </Title>
      {lines === undefined ? (
        <Loader aria-label="Loading learners" size="sm" />
      ) : lines.length === 0 || found === null ? (
        <Text c="dimmed">No learners yet. Import a roster to add them.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {plural(lines.length, 'learner')}
            {found.matching > found.shown.length &&
              ` · showing the first ${found.shown.length.toLocaleString('en-CA')} of ${found.matching.toLocaleString('en-CA')}${query.trim() === '' ? '' : ' found'}: search to find others`}
            {query.trim() !== '' &&
              found.matching <= found.shown.length &&
              ` · ${plural(found.matching, 'match', 'matches')}`}
          </Text>
          {lines.length > ROSTER_SHOWN && (
            <TextInput
              label="Find a learner"
              description="Student number, name or email"
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              maw={360}
            />
          )}
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover aria-labelledby="learners-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Student number</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Email</Table.Th>
                  <Table.Th>Cohort</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {found.shown.map(({ learner, cohorts }) => (
                  <Table.Tr key={learner.id}>
                    <Table.Td>{learner.studentNumber}</Table.Td>
                    <Table.Td>{learner.name}</Table.Td>
                    <Table.Td>{learner.email}</Table.Td>
                    <Table.Td>{cohorts}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
