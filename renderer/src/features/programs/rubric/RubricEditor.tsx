import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Id, Rubric } from '../../../../../shared/domain';
import { CriterionCard } from './CriterionCard';
import type { CriterionDragHandlers } from './CriterionCard';
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

  // The handlers below are created once, so criteria and levels that did not
  // change skip re-rendering (each holds autosizing textareas that measure
  // themselves on every render): they read the rendered props from here.
  const latest = useRef({ rubric, onChange, readOnly, newId, dragId });
  useLayoutEffect(() => {
    latest.current = { rubric, onChange, readOnly, newId, dragId };
  });

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null || request.after === rubric) return;
    focusRequest.current = null;
    focusFirstEnabled(request.ids);
  }, [rubric]);

  const actions = useMemo(() => {
    const commit = (next: Rubric, focusIds: readonly string[] = []): void => {
      const current = latest.current;
      if (next === current.rubric || current.readOnly) return;
      focusRequest.current = focusIds.length > 0 ? { after: current.rubric, ids: focusIds } : null;
      current.onChange(next);
    };
    const edit = (change: (current: Rubric) => Rubric, focusIds?: readonly string[]): void => {
      commit(change(latest.current.rubric), focusIds);
    };
    const move = (criterionId: Id, toIndex: number, focusIds: readonly string[] = []): void => {
      const { rubric: current } = latest.current;
      const index = current.criteria.findIndex((c) => c.id === criterionId);
      const criterion = current.criteria[index];
      if (criterion === undefined || index === toIndex) return;
      setAnnouncement(
        `Moved ${criterionName(criterion, index)} to position ${toIndex + 1} of ${current.criteria.length}.`,
      );
      commit(moveCriterion(current, criterionId, toIndex), focusIds);
    };
    const endDrag = (): void => {
      setDragId(null);
      setDropIndex(null);
    };
    const drag: CriterionDragHandlers = {
      onDragStart: (criterionId) => {
        setDragId(criterionId);
      },
      onDragEnd: endDrag,
      onDragOver: (index) => {
        if (latest.current.dragId === null) return false;
        setDropIndex(index);
        return true;
      },
      onDrop: (index) => {
        const { dragId: dragged } = latest.current;
        if (dragged !== null) move(dragged, index);
        endDrag();
      },
    };
    return {
      commit,
      edit,
      drag,
      onMove: (criterionId: Id, index: number, direction: 'up' | 'down'): void => {
        const up = fieldId(idPrefix, criterionId, 'up');
        const down = fieldId(idPrefix, criterionId, 'down');
        if (direction === 'up') move(criterionId, index - 1, [up, down]);
        else move(criterionId, index + 1, [down, up]);
      },
      onRemove: (criterionId: Id): void => {
        const { rubric: current } = latest.current;
        const index = current.criteria.findIndex((c) => c.id === criterionId);
        const criterion = current.criteria[index];
        if (criterion === undefined) return;
        const neighbour = current.criteria[index + 1] ?? current.criteria[index - 1];
        setAnnouncement(`Removed ${criterionName(criterion, index)}.`);
        commit(removeCriterion(current, criterionId), [
          ...(neighbour === undefined ? [] : [fieldId(idPrefix, neighbour.id, 'title')]),
          addCriterionId,
        ]);
      },
      add: (): void => {
        const next = addCriterion(latest.current.rubric, latest.current.newId);
        const added = next.criteria.at(-1);
        setAnnouncement(`Added criterion ${next.criteria.length}.`);
        commit(next, added === undefined ? [] : [fieldId(idPrefix, added.id, 'title')]);
      },
    };
  }, [idPrefix, addCriterionId]);

  const count = rubric.criteria.length;

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
          edit={actions.edit}
          onMove={actions.onMove}
          onRemove={actions.onRemove}
          isDropTarget={dragId !== null && dragId !== criterion.id && dropIndex === index}
          drag={actions.drag}
        />
      ))}
      {!readOnly && (
        <Group>
          <Button
            id={addCriterionId}
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={actions.add}
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
          actions.commit(next);
        }}
      />
      <PassRulePreview rubric={rubric} />
    </Stack>
  );
}
