import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconHistory, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import type { AttemptSummary } from './model';
import { decisionLabels } from './model';

export interface PreviousAttemptSummaryProps extends AttemptSummary {
  /** The number of the attempt summarised (the one before the attempt being marked). */
  readonly attempt: number;
}

function formatInstant(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString('en-CA', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The attempt before, as its marker closed it: decision, overall feedback,
 * the criteria returned for resubmission and when it was finalised.
 */
export function PreviousAttemptSummary({
  attempt,
  decision,
  feedback,
  returnedCriteria,
  overridden,
  finalisedAt,
}: PreviousAttemptSummaryProps) {
  const headingId = useId();
  const name = `Attempt ${String(attempt)}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <Group gap={6} component="span" wrap="nowrap">
              <IconHistory size={18} aria-hidden />
              {name}
            </Group>
          </Title>
          {finalisedAt !== null && (
            <Text size="sm" c="dimmed">
              Finalised <time dateTime={finalisedAt}>{formatInstant(finalisedAt)}</time>
            </Text>
          )}
        </Group>
        {finalisedAt === null ? (
          <Text size="sm" c="dimmed">
            {name} has no finalised marking to compare with.
          </Text>
        ) : (
          <>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                Decision:
              </Text>
              {decision === null ? (
                <Text size="sm">none recorded</Text>
              ) : (
                <Badge
                  variant="light"
                  color={decision === 'meets' ? 'teal' : 'orange'}
                  leftSection={
                    decision === 'meets' ? (
                      <IconCheck size={12} aria-hidden />
                    ) : (
                      <IconX size={12} aria-hidden />
                    )
                  }
                >
                  {decisionLabels[decision]}
                </Badge>
              )}
              {overridden && (
                <Badge variant="outline" color="gray">
                  Override
                </Badge>
              )}
            </Group>
            {returnedCriteria.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  Returned for resubmission:
                </Text>
                <List size="sm" spacing={2}>
                  {returnedCriteria.map((title, i) => (
                    // Titles may repeat (two criteria no longer in the rubric).
                    <List.Item key={`${String(i)}-${title}`}>{title}</List.Item>
                  ))}
                </List>
              </div>
            )}
            <div>
              <Text size="sm" fw={600}>
                Feedback:
              </Text>
              {feedback.trim() === '' ? (
                <Text size="sm" c="dimmed">
                  No overall feedback.
                </Text>
              ) : (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {feedback}
                </Text>
              )}
            </div>
          </>
        )}
      </Stack>
    </Paper>
  );
}
