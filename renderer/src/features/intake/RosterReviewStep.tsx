import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { RosterReport } from '../../../../shared/intake/roster';
import type { ImportChoice } from './model';
import { canImport, plural } from './model';
import { RosterProblemsTable } from './RosterProblemsTable';
import { StepHeading } from './StepHeading';

export interface RosterReviewStepProps {
  readonly fileName: string;
  readonly report: RosterReport;
  /** True while writing, or when the data is read-only. */
  readonly disabled: boolean;
  readonly onBack: () => void;
  readonly onCancel: () => void;
  readonly onExport: () => void;
  readonly onConfirm: (choice: ImportChoice) => void;
}

/** Step 2: what the import would do, every problem, and the confirmation. */
export function RosterReviewStep({
  fileName,
  report,
  disabled,
  onBack,
  onCancel,
  onExport,
  onConfirm,
}: RosterReviewStepProps) {
  const { summary } = report;
  const valid = summary.rows - summary.rowsWithErrors;
  const counts = [
    ['New', summary.new],
    ['Updated', summary.updated],
    ['Unchanged', summary.unchanged],
    ['Rows with errors', summary.rowsWithErrors],
    ['Warnings', summary.warnings],
  ] as const;
  return (
    <Stack gap="md">
      <div>
        <StepHeading step={2} of={2}>
          Check and import
        </StepHeading>
        <Text c="dimmed" size="sm">
          Nothing has been written yet. This is what importing {fileName} would do.
        </Text>
      </div>
      <SimpleGrid component="dl" aria-label="Import summary" cols={{ base: 2, sm: 5 }} m={0}>
        {counts.map(([label, count]) => (
          <Paper key={label} withBorder p="sm">
            <Text component="dt" size="sm" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {count.toLocaleString()}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {summary.rowsWithErrors > 0 && (
        <Alert color="red" title={`${plural(summary.rowsWithErrors, 'row')} with errors`}>
          {valid === 0
            ? 'No row can be imported: fix the file and import it again.'
            : `Fix the file and import it again, or import the valid rows only: ${
                valid === 1 ? 'the row' : `the ${plural(valid, 'row')}`
              } without errors ${valid === 1 ? 'is' : 'are'} imported and the others are skipped.`}
        </Alert>
      )}
      {report.problems.length === 0 ? (
        <Text>No problems found.</Text>
      ) : (
        <RosterProblemsTable problems={report.problems} />
      )}
      <Group justify="space-between">
        <Group>
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
        <Group>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={onExport}
            disabled={report.problems.length === 0}
          >
            Export report as CSV
          </Button>
          {summary.rowsWithErrors > 0 && (
            <Button
              variant="light"
              onClick={() => onConfirm('valid-only')}
              disabled={disabled || !canImport(report, 'valid-only')}
            >
              Import the valid rows only
            </Button>
          )}
          <Button onClick={() => onConfirm('all')} disabled={disabled || !canImport(report, 'all')}>
            Import {plural(summary.rows, 'learner')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
