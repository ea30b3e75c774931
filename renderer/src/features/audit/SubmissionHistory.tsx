import { Loader, Table, Text, Title } from '@mantine/core';
import type { Id } from '../../../../shared/domain';
import { useSubmissionHistory } from './useAuditLog';

const when = new Intl.DateTimeFormat('en-CA', { dateStyle: 'medium', timeStyle: 'short' });

/** Who moved this submission through the workflow, and when (from the audit log). */
export function SubmissionHistory({ submissionId }: { readonly submissionId: Id }) {
  const lines = useSubmissionHistory(submissionId);
  return (
    <section aria-labelledby={`history-${submissionId}`}>
      <Title order={4} id={`history-${submissionId}`} mb={4}>
        History
      </Title>
      {lines === undefined ? (
        <Loader size="sm" aria-label="Loading the history" />
      ) : lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing is recorded for this submission yet.
        </Text>
      ) : (
        <Table aria-label="History" withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>What</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.seq}>
                <Table.Td>
                  <time dateTime={line.at}>{when.format(new Date(line.at))}</time>
                </Table.Td>
                <Table.Td>{line.who}</Table.Td>
                <Table.Td>{line.what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
