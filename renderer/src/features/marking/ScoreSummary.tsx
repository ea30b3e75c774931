import { Badge, Group, Paper, Text } from '@mantine/core';
import { formatPoints } from '../../../../shared/domain/definitions/passRule';
import type { MarkingDraft, MarkingRubrics } from '../../../../shared/domain/marking';
import { markingStatus } from '../../../../shared/domain/marking';

/** The live totals and pass-rule results of both rubrics, announced politely. */
export function ScoreSummary({
  draft,
  rubrics,
}: {
  readonly draft: MarkingDraft;
  readonly rubrics: MarkingRubrics;
}) {
  const status = markingStatus(draft, rubrics);
  const line = (label: string, kind: 'demonstration' | 'reflection') => {
    const e = status[kind];
    const result = !e.complete ? 'not fully marked' : e.meets ? 'meets' : 'does not meet';
    return (
      <Group gap="xs">
        <Text fw={600}>{label}:</Text>
        <Text>
          {formatPoints(e.total)} / {formatPoints(e.maxTotal)}
        </Text>
        <Badge color={!e.complete ? 'gray' : e.meets ? 'teal' : 'orange'} variant="light">
          {result}
        </Badge>
      </Group>
    );
  };
  return (
    <Paper withBorder p="sm" role="status" aria-live="polite" aria-label="Totals">
      <Group gap="lg" wrap="wrap">
        {line('Demonstration', 'demonstration')}
        {line('Reflection', 'reflection')}
      </Group>
    </Paper>
  );
}
