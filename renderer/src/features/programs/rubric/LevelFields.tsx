import { Button, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import type { Id, Rubric, RubricLevel } from '../../../../../shared/domain';
import { CommentBankEditor } from './CommentBankEditor';
import { NumberField } from './NumberField';
import { fieldId, levelName } from './rubricLabels';
import {
  addCommentToBank,
  minLevels,
  removeCommentFromBank,
  removeLevel,
  updateLevel,
} from './rubricEdits';
import type { LevelPatch } from './rubricEdits';

export interface LevelFieldsProps {
  readonly criterionId: Id;
  /** How many levels the criterion has (the last two cannot be removed). */
  readonly levelCount: number;
  readonly level: RubricLevel;
  /** Position in the criterion, 0 = lowest. */
  readonly index: number;
  readonly readOnly: boolean;
  readonly idPrefix: string;
  readonly edit: (change: (rubric: Rubric) => Rubric, focusIds?: readonly string[]) => void;
}

/** One column of a criterion: the level's title, points, descriptor and comment bank. Memoised. */
export const LevelFields = memo(function LevelFields({
  criterionId,
  levelCount,
  level,
  index,
  readOnly,
  idPrefix,
  edit,
}: LevelFieldsProps) {
  const n = index + 1;
  const name = levelName(level, index);
  const update = (patch: LevelPatch): void => {
    edit((rubric) => updateLevel(rubric, criterionId, level.id, patch));
  };

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <TextInput
          id={fieldId(idPrefix, criterionId, level.id, 'title')}
          label={`Level ${n} title`}
          value={level.title}
          readOnly={readOnly}
          onChange={(event) => {
            update({ title: event.currentTarget.value });
          }}
        />
        <NumberField
          label={`Level ${n} points`}
          value={level.points}
          min={0}
          step={1}
          readOnly={readOnly}
          onCommit={(points) => {
            if (points !== null) update({ points });
          }}
        />
        <Textarea
          label={`Level ${n} descriptor`}
          value={level.descriptor}
          readOnly={readOnly}
          autosize
          minRows={3}
          onChange={(event) => {
            update({ descriptor: event.currentTarget.value });
          }}
        />
        <CommentBankEditor
          levelName={name}
          comments={level.commentBank}
          readOnly={readOnly}
          onAdd={(text) => {
            edit((rubric) => addCommentToBank(rubric, criterionId, level.id, text));
          }}
          onRemove={(text) => {
            edit((rubric) => removeCommentFromBank(rubric, criterionId, level.id, text));
          }}
        />
        {!readOnly && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={`Remove level ${n}: ${name}`}
            disabled={levelCount <= minLevels}
            onClick={() => {
              edit(
                (rubric) => removeLevel(rubric, criterionId, level.id),
                [fieldId(idPrefix, criterionId, 'add-level')],
              );
            }}
          >
            Remove level
          </Button>
        )}
      </Stack>
    </Paper>
  );
});
