import { Button, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useId } from 'react';
import type { Id } from '../../../../shared/domain';
import { nothingFinalisedText } from './model';
import { useFeedbackExport, useSubmissionHasFeedback } from './useFeedbackExport';

export interface ExportFeedbackButtonProps {
  readonly submissionId: Id;
}

/** Saves one learner's feedback as a Word document; disabled, with the reason, until marking is settled. */
export function ExportFeedbackButton({ submissionId }: ExportFeedbackButtonProps) {
  const available = useSubmissionHasFeedback(submissionId);
  const { saving, saveSubmission } = useFeedbackExport();
  const reasonId = useId();
  const unavailable = available === false;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconFileTypeDocx size={16} aria-hidden />}
        onClick={() => void saveSubmission(submissionId)}
        disabled={available !== true}
        loading={saving}
        aria-describedby={unavailable ? reasonId : undefined}
      >
        Export feedback…
      </Button>
      {unavailable && (
        <Text id={reasonId} size="xs" c="dimmed">
          {nothingFinalisedText.submission}
        </Text>
      )}
    </Stack>
  );
}
