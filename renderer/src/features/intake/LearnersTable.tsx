import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import type { RosterLine } from './model';
import { plural } from './model';

export interface LearnersTableProps {
  /** undefined while loading. */
  readonly lines: readonly RosterLine[] | undefined;
}

/** The roster: every learner Attest knows, in student-number order. */
export function LearnersTable({ lines }: LearnersTableProps) {
  return (
    <Stack gap="xs" component="section" aria-labelledby="learners-title">
      <Title order={3} id="learners-title">
        Learners
      </Title>
      {lines === undefined ? (
        <Loader aria-label="Loading learners" size="sm" />
      ) : lines.length === 0 ? (
        <Text c="dimmed">No learners yet. Import a roster to add them.</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {plural(lines.length, 'learner')}
          </Text>
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
                {lines.map(({ learner, cohorts }) => (
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
