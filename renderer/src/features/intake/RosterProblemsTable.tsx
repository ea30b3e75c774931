import { Badge, Table, Text } from '@mantine/core';
import type { RosterProblem } from '../../../../shared/intake/roster';
import { rosterFieldLabels } from '../../../../shared/intake/roster';

export interface RosterProblemsTableProps {
  readonly problems: readonly RosterProblem[];
}

/** How many problems the screen lists; the exported report has them all. */
export const problemsShown = 200;

/** The validation report's problems: row, student number, field, severity and what is wrong. */
export function RosterProblemsTable({ problems }: RosterProblemsTableProps) {
  const hidden = problems.length - problemsShown;
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }}>Problems</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Student number</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Severity</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.slice(0, problemsShown).map((problem, index) => (
              <Table.Tr key={`${String(problem.row)}-${problem.code}-${String(index)}`}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>{problem.studentNumber}</Table.Td>
                <Table.Td>
                  {problem.field === 'row' ? 'Whole row' : rosterFieldLabels[problem.field]}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={problem.severity === 'error' ? 'red' : 'yellow'}
                    variant="light"
                    tt="none"
                    styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                  >
                    {problem.severity === 'error' ? 'Error' : 'Warning'}
                  </Badge>
                </Table.Td>
                <Table.Td>{problem.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {hidden > 0 && (
        <Text size="sm" c="dimmed">
          …and {hidden.toLocaleString()} more. Export the report to see them all.
        </Text>
      )}
    </>
  );
}
