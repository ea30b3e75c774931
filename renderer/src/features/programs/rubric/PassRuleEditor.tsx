import { Alert, Box, Fieldset, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Rubric } from '../../../../../shared/domain';
import {
  describePassRule,
  formatPoints,
  levelNameAt,
  maxTotalOf,
} from '../../../../../shared/domain/definitions/passRule';
import { validateRubric } from '../../../../../shared/domain/definitions/validateRubric';
import { NumberField } from './NumberField';
import { setPassRule } from './rubricEdits';

export interface PassRuleEditorProps {
  readonly rubric: Rubric;
  readonly readOnly: boolean;
  readonly onChange: (next: Rubric) => void;
}

const noLevel = 'none';

interface LevelOption {
  readonly value: string;
  readonly label: string;
}

/** "No level requirement", then one option per level position the rubric has. */
function levelOptions(rubric: Rubric): LevelOption[] {
  const required = rubric.criteria.filter((c) => c.required);
  const counted = required.length > 0 ? required : rubric.criteria;
  const positions = Math.max(0, ...counted.map((c) => c.levels.length));
  const current = rubric.passRule.minLevelIndex;
  const count = current !== null && current >= positions ? current + 1 : positions;
  const options: LevelOption[] = [{ value: noLevel, label: 'No level requirement' }];
  for (let index = 0; index < count; index += 1) {
    const title =
      levelNameAt(rubric, index) ??
      rubric.criteria.map((c) => c.levels[index]?.title).find((t) => t !== undefined);
    const name = title === undefined || title.trim() === '' ? `Level ${index + 1}` : title;
    const missing = index >= positions ? ' (no criterion has this level)' : '';
    options.push({ value: String(index), label: `${name}${missing}` });
  }
  return options;
}

/** The pass rule's two thresholds, its plain-language reading, and what blocks the rubric. */
export function PassRuleEditor({ rubric, readOnly, onChange }: PassRuleEditorProps) {
  const { minLevelIndex, minTotal } = rubric.passRule;
  const maxTotal = formatPoints(maxTotalOf(rubric));
  const problems = validateRubric(rubric);

  return (
    <Fieldset legend="Pass rule">
      <Stack gap="sm">
        <Group align="flex-start" grow>
          <Select
            label="Every required criterion at or above"
            data={levelOptions(rubric)}
            value={minLevelIndex === null ? noLevel : String(minLevelIndex)}
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(value) => {
              const index = value === null || value === noLevel ? null : Number(value);
              onChange(setPassRule(rubric, { minLevelIndex: index }));
            }}
          />
          <NumberField
            label="and a total of at least"
            description={`of ${maxTotal} · leave empty for no minimum total`}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={minTotal}
            allowEmpty
            min={0}
            readOnly={readOnly}
            onCommit={(total) => {
              onChange(setPassRule(rubric, { minTotal: total }));
            }}
          />
        </Group>
        <Text>
          <Text span fw={600}>
            Learners meet the standard with:{' '}
          </Text>
          {describePassRule(rubric)}.
        </Text>
        <Box aria-live="polite">
          {problems.length === 0 ? (
            <Text size="sm">This rubric has no problems.</Text>
          ) : (
            <Alert
              role="group"
              color="red"
              variant="light"
              icon={<IconAlertTriangle aria-hidden />}
              title={
                problems.length === 1
                  ? '1 problem to fix in this rubric'
                  : `${problems.length} problems to fix in this rubric`
              }
            >
              <List size="sm">
                {problems.map((problem) => (
                  <List.Item key={`${problem.path}: ${problem.message}`}>
                    {problem.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Box>
      </Stack>
    </Fieldset>
  );
}
