import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { Id, Rubric } from '../../../../../shared/domain';
import { CriterionCard } from './CriterionCard';
import type { CriterionDrag } from './CriterionCard';
import { PassRuleEditor } from './PassRuleEditor';
import { PassRulePreview } from './PassRulePreview';
import { criterionName, fieldId } from './rubricLabels';
import { addCriterion, moveCriterion, removeCriterion } from './rubricEdits';

export interface RubricEditorProps {
  readonly rubric: Rubric;
  readonly onChange: (next: Rubric) => void;
  readonly readOnly: boolean;
  /** The section's heading and accessible name, e.g. "Demonstration rubric". */
  readonly label: string;
  readonly newId: () => string;
  /** Heading level of `label` (default 3). */
  readonly headingOrder?: 2 | 3 | 4;
}

/** Ids to try, in order, once the rubric passed in differs from `after`. */
interface FocusRequest {
  readonly after: Rubric;
  readonly ids: readonly string[];
}

function focusFirstEnabled(ids: readonly string[]): void {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element === null) continue;
    if (element instanceof HTMLButtonElement && element.disabled) continue;
    element.focus();
    return;
  }
}

/**
 * Criteria × levels, the pass rule and a "try the rule" preview. Renders only:
 * every change goes out through `onChange` as a `rubricEdits` result. Focus
 * follows keyboard moves, additions and removals even when the parent saves
 * asynchronously (it is applied once the new rubric comes back).
 */
export function RubricEditor({
  rubric,
  onChange,
  readOnly,
  label,
  newId,
  headingOrder = 3,
}: RubricEditorProps) {
  const idPrefix = useId();
  const headingId = fieldId(idPrefix, 'heading');
  const addCriterionId = fieldId(idPrefix, 'add-criterion');
  const focusRequest = useRef<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragId, setDragId] = useState<Id | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null || request.after === rubric) return;
    focusRequest.current = null;
    focusFirstEnabled(request.ids);
  }, [rubric]);

  const commit = (next: Rubric, focusIds: readonly string[] = []): void => {
    if (next === rubric || readOnly) return;
    focusRequest.current = focusIds.length > 0 ? { after: rubric, ids: focusIds } : null;
    onChange(next);
  };
  const edit = (change: (current: Rubric) => Rubric, focusIds?: readonly string[]): void => {
    commit(change(rubric), focusIds);
  };

  const count = rubric.criteria.length;

  const move = (criterionId: Id, toIndex: number, focusIds: readonly string[] = []): void => {
    const index = rubric.criteria.findIndex((c) => c.id === criterionId);
    const criterion = rubric.criteria[index];
    if (criterion === undefined || index === toIndex) return;
    setAnnouncement(
      `Moved ${criterionName(criterion, index)} to position ${toIndex + 1} of ${count}.`,
    );
    commit(moveCriterion(rubric, criterionId, toIndex), focusIds);
  };

  const remove = (criterionId: Id): void => {
    const index = rubric.criteria.findIndex((c) => c.id === criterionId);
    const criterion = rubric.criteria[index];
    if (criterion === undefined) return;
    const neighbour = rubric.criteria[index + 1] ?? rubric.criteria[index - 1];
    setAnnouncement(`Removed ${criterionName(criterion, index)}.`);
    commit(removeCriterion(rubric, criterionId), [
      ...(neighbour === undefined ? [] : [fieldId(idPrefix, neighbour.id, 'title')]),
      addCriterionId,
    ]);
  };

  const add = (): void => {
    const next = addCriterion(rubric, newId);
    const added = next.criteria.at(-1);
    setAnnouncement(`Added criterion ${next.criteria.length}.`);
    commit(next, added === undefined ? [] : [fieldId(idPrefix, added.id, 'title')]);
  };

  const endDrag = (): void => {
    setDragId(null);
    setDropIndex(null);
  };

  const dragFor = (criterionId: Id, index: number): CriterionDrag => ({
    isDropTarget: dragId !== null && dragId !== criterionId && dropIndex === index,
    onDragStart: () => {
      setDragId(criterionId);
    },
    onDragEnd: endDrag,
    onDragOver: () => {
      if (dragId === null) return false;
      if (dropIndex !== index) setDropIndex(index);
      return true;
    },
    onDrop: () => {
      if (dragId !== null) move(dragId, index);
      endDrag();
    },
  });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={headingOrder} id={headingId}>
        {label}
      </Title>
      {count === 0 && <Text c="dimmed">No criteria yet. Add one to start.</Text>}
      {rubric.criteria.map((criterion, index) => (
        <CriterionCard
          key={criterion.id}
          criterion={criterion}
          index={index}
          count={count}
          readOnly={readOnly}
          idPrefix={idPrefix}
          newId={newId}
          edit={edit}
          onMove={(direction) => {
            const up = fieldId(idPrefix, criterion.id, 'up');
            const down = fieldId(idPrefix, criterion.id, 'down');
            if (direction === 'up') move(criterion.id, index - 1, [up, down]);
            else move(criterion.id, index + 1, [down, up]);
          }}
          onRemove={() => {
            remove(criterion.id);
          }}
          drag={dragFor(criterion.id, index)}
        />
      ))}
      {!readOnly && (
        <Group>
          <Button
            id={addCriterionId}
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={add}
          >
            Add criterion
          </Button>
        </Group>
      )}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <PassRuleEditor
        rubric={rubric}
        readOnly={readOnly}
        onChange={(next) => {
          commit(next);
        }}
      />
      <PassRulePreview rubric={rubric} />
    </Stack>
  );
}
