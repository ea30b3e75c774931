import { Button, Group, Paper, Progress, Text, Title } from '@mantine/core';
import type { WorkspaceUsage } from '../../../../shared/ipc/contract';
import { formatBytes, plural } from '../../../../shared/format';
import type { JobState } from '../../api/useJob';

export interface StorageCardProps {
  readonly state: JobState<WorkspaceUsage>;
  readonly onMeasure: () => void;
  readonly onCancel: () => void;
}

function Status({ state }: { state: JobState<WorkspaceUsage> }) {
  switch (state.status) {
    case 'idle':
      return <Text c="dimmed">Not measured yet.</Text>;
    case 'running':
      return (
        <>
          <Progress value={100} animated striped aria-label="Measuring storage" />
          <Text size="sm">
            {state.progress === null
              ? 'Starting…'
              : `${plural(state.progress.done, 'file')} counted so far…`}
          </Text>
        </>
      );
    case 'done':
      return (
        <Text data-testid="storage-result">
          {plural(state.value.files, 'file')}, {formatBytes(state.value.bytes)}
        </Text>
      );
    case 'cancelled':
      return <Text c="dimmed">Measuring was cancelled.</Text>;
    case 'failed':
      return <Text c="red">{state.error.message}</Text>;
  }
}

export function StorageCard({ state, onMeasure, onCancel }: StorageCardProps) {
  const running = state.status === 'running';
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="storage-title">
      <Title order={2} size="h4" id="storage-title" mb="sm">
        Storage
      </Title>
      <Text mb="sm">Evidence, exports and keys live in the workspace folder.</Text>
      <div aria-live="polite">
        <Status state={state} />
      </div>
      <Group mt="md">
        <Button onClick={onMeasure} disabled={running}>
          Measure storage
        </Button>
        {running && (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </Group>
    </Paper>
  );
}
