import { Button, Code, Group, List, Modal, Text } from '@mantine/core';
import type { ImportReport } from './useDefinitionTransfer';

export interface ImportReportModalProps {
  readonly report: ImportReport | null;
  readonly onClose: () => void;
}

/** Every problem of a refused import, with where it is in the file. Nothing was written. */
export function ImportReportModal({ report, onClose }: ImportReportModalProps) {
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title="The file was not imported"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      {report !== null && (
        <>
          <Text mb="sm">
            <strong>{report.fileName}</strong> has {report.problems.length}{' '}
            {report.problems.length === 1 ? 'problem' : 'problems'}. Nothing was changed.
          </Text>
          <List spacing="xs" mb="md" aria-label="Problems in the file">
            {report.problems.map((problem, index) => (
              <List.Item key={`${problem.path}-${index.toString()}`}>
                {problem.path === '' ? null : <Code>{problem.path}</Code>} {problem.message}
              </List.Item>
            ))}
          </List>
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
