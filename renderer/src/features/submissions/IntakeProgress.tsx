import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { JobState } from '../../api/useJob';
import type { IntakeResult } from '../../../../shared/ipc/contract';
import { formatBytes, formatRate } from '../../../../shared/format';

export interface IntakeProgressProps {
  readonly job: JobState<IntakeResult>;
  readonly onCancel: () => void;
  /** The progress region's name. */
  readonly label?: string;
}

/** The intake job while it runs (bytes, files, cancel), and how it ended when it did not finish. */
export function IntakeProgress({ job, onCancel, label = 'Import progress' }: IntakeProgressProps) {
  switch (job.status) {
    case 'idle':
    case 'done':
      return null;
    case 'cancelled':
      return (
        <Alert color="gray" title="Cancelled" role="status">
          Nothing was kept: the files stored so far were removed.
        </Alert>
      );
    case 'failed':
      return (
        <Alert color="red" title="The files were not stored" role="alert">
          {job.error.message}
        </Alert>
      );
    case 'running': {
      const { progress } = job;
      const total = progress?.total ?? null;
      const done = progress?.done ?? 0;
      const percent = total !== null && total > 0 ? Math.min(100, (done / total) * 100) : 0;
      const rate = progress?.unit === 'bytes' ? formatRate(done, progress.elapsedMs ?? 0) : null;
      return (
        <Paper withBorder p="md" component="section" aria-label={label}>
          <Stack gap="xs">
            <Text fw={600}>Storing the files…</Text>
            {/* The section is the progressbar: axe refuses aria-valuetext on the root. */}
            <Progress.Root>
              <Progress.Section
                value={percent}
                animated={total === null}
                aria-label="Bytes stored"
                aria-valuetext={`${String(Math.round(percent))}%`}
              />
            </Progress.Root>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {total === null
                  ? `${formatBytes(done)} stored`
                  : `${formatBytes(done)} of ${formatBytes(total)}`}
                {progress?.message !== undefined ? ` · ${progress.message}` : ''}
                {rate !== null ? ` · ${rate}` : ''}
              </Text>
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
            </Group>
          </Stack>
        </Paper>
      );
    }
  }
}
