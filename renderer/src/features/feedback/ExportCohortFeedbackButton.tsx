import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useId } from 'react';
import type { Id } from '../../../../shared/domain';
import { plural } from '../../../../shared/format';
import { nothingFinalisedText } from './model';
import { useCohortFeedbackCount, useFeedbackExport } from './useFeedbackExport';

export interface ExportCohortFeedbackButtonProps {
  readonly achievementVersionId: Id;
}

/**
 * Saves every learner's feedback for one version as a zip of Word documents,
 * with progress and Cancel while it runs; disabled, with the reason, while no
 * submission's marking is settled.
 */
export function ExportCohortFeedbackButton({
  achievementVersionId,
}: ExportCohortFeedbackButtonProps) {
  const count = useCohortFeedbackCount(achievementVersionId);
  const { cohort, saveCohort, cancelCohort } = useFeedbackExport();
  const reasonId = useId();
  const running = cohort.status === 'running';
  const none = count === 0;
  const progress = cohort.status === 'running' ? cohort.progress : null;
  const done = progress?.done ?? 0;
  const total = progress?.total ?? null;
  const percent = total !== null && total > 0 ? Math.min(100, (done / total) * 100) : 0;
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        leftSection={<IconFileZip size={16} aria-hidden />}
        onClick={() => void saveCohort(achievementVersionId)}
        disabled={count === undefined || none || running}
        aria-describedby={none ? reasonId : undefined}
      >
        {count === undefined || none
          ? 'Export cohort feedback…'
          : `Export feedback for ${plural(count, 'learner')}…`}
      </Button>
      {none && (
        <Text id={reasonId} size="xs" c="dimmed">
          {nothingFinalisedText.cohort}
        </Text>
      )}
      {running && (
        <Paper withBorder p="sm" component="section" aria-label="Feedback export progress" w="100%">
          <Stack gap="xs">
            {/* The section is the progressbar (the root has no role to name). */}
            <Progress.Root>
              <Progress.Section
                value={percent}
                animated={total === null}
                aria-label="Feedback documents written"
                aria-valuetext={total === null ? 'Preparing' : `${done} of ${total}`}
              />
            </Progress.Root>
            <Group justify="space-between">
              <Text size="sm" aria-live="polite">
                {total === null
                  ? 'Preparing the feedback documents…'
                  : `${done} of ${plural(total, 'document')} written`}
              </Text>
              <Button variant="default" onClick={() => void cancelCohort()}>
                Cancel export
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
