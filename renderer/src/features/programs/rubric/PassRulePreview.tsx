import { Box, Fieldset, List, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Id, Rubric } from '../../../../../shared/domain';
import { evaluatePassRule, formatPoints } from '../../../../../shared/domain/definitions/passRule';
import { criterionName, levelName } from './rubricLabels';

export interface PassRulePreviewProps {
  readonly rubric: Rubric;
}

const notMarked = '';

/** "Try the rule": pick a level per criterion and see the pass rule's verdict. Nothing is saved. */
export function PassRulePreview({ rubric }: PassRulePreviewProps) {
  const [picked, setPicked] = useState<Readonly<Record<Id, Id>>>({});

  // Only choices that still name one of the criterion's levels count.
  const choices: Record<Id, Id | null> = {};
  for (const criterion of rubric.criteria) {
    const levelId = picked[criterion.id];
    const exists = criterion.levels.some((level) => level.id === levelId);
    choices[criterion.id] = exists && levelId !== undefined ? levelId : null;
  }
  const result = evaluatePassRule(rubric, choices);
  const total = `total ${formatPoints(result.total)} of ${formatPoints(result.maxTotal)}`;

  return (
    <Fieldset legend="Try the rule">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Choose a level for each criterion to see whether a learner would meet the standard.
          Nothing here is saved.
        </Text>
        {rubric.criteria.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {rubric.criteria.map((criterion, index) => (
              <NativeSelect
                key={criterion.id}
                label={criterionName(criterion, index)}
                value={choices[criterion.id] ?? notMarked}
                data={[
                  { value: notMarked, label: 'Not marked' },
                  ...criterion.levels.map((level, j) => ({
                    value: level.id,
                    label: levelName(level, j),
                  })),
                ]}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setPicked((current) =>
                    value === notMarked
                      ? Object.fromEntries(
                          Object.entries(current).filter(([id]) => id !== criterion.id),
                        )
                      : { ...current, [criterion.id]: value },
                  );
                }}
              />
            ))}
          </SimpleGrid>
        )}
        <Box aria-live="polite" aria-atomic="true">
          {result.meets ? (
            <Text fw={600}>With these levels the learner would meet the standard ({total}).</Text>
          ) : (
            <>
              <Text fw={600}>
                With these levels the learner would not yet meet the standard ({total}):
              </Text>
              <List size="sm">
                {result.shortfalls.map((shortfall) => (
                  <List.Item key={`${shortfall.criterionId ?? 'rubric'}: ${shortfall.message}`}>
                    {shortfall.message}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Box>
      </Stack>
    </Fieldset>
  );
}
