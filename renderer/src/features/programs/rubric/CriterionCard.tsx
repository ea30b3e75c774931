import {
  ActionIcon,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconGripVertical,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { memo, useRef } from 'react';
import type { Id, Rubric, RubricCriterion } from '../../../../../shared/domain';
import { LevelFields } from './LevelFields';
import { NumberField } from './NumberField';
import { criterionName, fieldId } from './rubricLabels';
import { addLevel, updateCriterion } from './rubricEdits';
import type { CriterionPatch } from './rubricEdits';

/** The editor's native drag & drop handlers, shared by every card (created once). */
export interface CriterionDragHandlers {
  readonly onDragStart: (criterionId: Id) => void;
  readonly onDragEnd: () => void;
  /** Returns true when the drag is a criterion of this editor (the card then accepts the drop). */
  readonly onDragOver: (index: number) => boolean;
  readonly onDrop: (index: number) => void;
}

export interface CriterionCardProps {
  readonly criterion: RubricCriterion;
  readonly index: number;
  readonly count: number;
  readonly readOnly: boolean;
  readonly idPrefix: string;
  readonly newId: () => Id;
  readonly edit: (change: (rubric: Rubric) => Rubric, focusIds?: readonly string[]) => void;
  /** Keyboard move by one place; the editor keeps focus on the pressed button. */
  readonly onMove: (criterionId: Id, index: number, direction: 'up' | 'down') => void;
  readonly onRemove: (criterionId: Id) => void;
  /** A criterion is being dragged over this card. */
  readonly isDropTarget: boolean;
  readonly drag: CriterionDragHandlers;
}

const dragType = 'application/x-attest-rubric-criterion';

/**
 * One criterion: title, weight, order, required flag, description and its
 * levels. Memoised: typing in one criterion leaves the others as they are.
 */
export const CriterionCard = memo(function CriterionCard(props: CriterionCardProps) {
  const {
    criterion,
    index,
    count,
    readOnly,
    idPrefix,
    newId,
    edit,
    onMove,
    onRemove,
    isDropTarget,
    drag,
  } = props;
  const cardRef = useRef<HTMLFieldSetElement>(null);
  const n = index + 1;
  const name = criterionName(criterion, index);
  const title = criterion.title.trim();
  const update = (patch: CriterionPatch): void => {
    edit((rubric) => updateCriterion(rubric, criterion.id, patch));
  };

  return (
    <Fieldset
      ref={cardRef}
      legend={`Criterion ${n}: ${title === '' ? '(untitled)' : title}`}
      style={
        isDropTarget
          ? { outline: '2px dashed var(--mantine-primary-color-filled)', outlineOffset: 2 }
          : undefined
      }
      onDragOver={(event) => {
        if (!drag.onDragOver(index)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes(dragType)) return;
        event.preventDefault();
        drag.onDrop(index);
      }}
    >
      <Stack gap="sm">
        <Group align="flex-end" wrap="nowrap" gap="sm">
          {!readOnly && (
            // Mouse-only affordance: keyboard and screen-reader users move with the buttons.
            <Box
              aria-hidden
              draggable
              title="Drag to reorder"
              style={{ cursor: 'grab', alignSelf: 'center', display: 'flex' }}
              onDragStart={(event) => {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData(dragType, criterion.id);
                if (cardRef.current !== null)
                  event.dataTransfer.setDragImage(cardRef.current, 16, 16);
                drag.onDragStart(criterion.id);
              }}
              onDragEnd={drag.onDragEnd}
            >
              <IconGripVertical size={20} />
            </Box>
          )}
          <TextInput
            id={fieldId(idPrefix, criterion.id, 'title')}
            label={`Criterion ${n} title`}
            value={criterion.title}
            readOnly={readOnly}
            style={{ flex: 1 }}
            onChange={(event) => {
              update({ title: event.currentTarget.value });
            }}
          />
          <NumberField
            label={`Criterion ${n} weight`}
            value={criterion.weight}
            min={0}
            step={0.5}
            w={170}
            readOnly={readOnly}
            onCommit={(weight) => {
              if (weight !== null) update({ weight });
            }}
          />
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                id={fieldId(idPrefix, criterion.id, 'up')}
                variant="default"
                size="lg"
                aria-label={`Move criterion up: ${name}`}
                disabled={index === 0}
                onClick={() => {
                  onMove(criterion.id, index, 'up');
                }}
              >
                <IconArrowUp size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                id={fieldId(idPrefix, criterion.id, 'down')}
                variant="default"
                size="lg"
                aria-label={`Move criterion down: ${name}`}
                disabled={index === count - 1}
                onClick={() => {
                  onMove(criterion.id, index, 'down');
                }}
              >
                <IconArrowDown size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`Remove criterion: ${name}`}
                onClick={() => {
                  onRemove(criterion.id);
                }}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <Checkbox
          label={`Criterion ${n} is required`}
          checked={criterion.required}
          disabled={readOnly}
          onChange={(event) => {
            update({ required: event.currentTarget.checked });
          }}
        />
        <Textarea
          label={`Criterion ${n} description`}
          value={criterion.description}
          readOnly={readOnly}
          autosize
          minRows={2}
          onChange={(event) => {
            update({ description: event.currentTarget.value });
          }}
        />
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: Math.min(Math.max(criterion.levels.length, 1), 4) }}
        >
          {criterion.levels.map((level, j) => (
            <LevelFields
              key={level.id}
              criterionId={criterion.id}
              levelCount={criterion.levels.length}
              level={level}
              index={j}
              readOnly={readOnly}
              idPrefix={idPrefix}
              edit={edit}
            />
          ))}
        </SimpleGrid>
        {!readOnly && (
          <Group>
            <Button
              id={fieldId(idPrefix, criterion.id, 'add-level')}
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              aria-label={`Add level to ${name}`}
              onClick={() => {
                const levelId = newId();
                edit(
                  (rubric) => addLevel(rubric, criterion.id, () => levelId),
                  [fieldId(idPrefix, criterion.id, levelId, 'title')],
                );
              }}
            >
              Add level
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
});
