import { Button, Group, Text } from '@mantine/core';
import type { Id, ReflectionTag } from '../../../../../shared/domain';
import type { TagListItem } from './model';
import { highlightBackground } from './model';
import classes from './ReflectionPanel.module.css';

export interface TagListProps {
  readonly items: readonly TagListItem[];
  readonly editable: boolean;
  readonly labelledBy: string;
  readonly onShow: (tag: ReflectionTag) => void;
  readonly onRemove: (id: Id) => void;
}

/** The tagged passages in text order: stage number and name, the passage, Show and Remove. */
export function TagList({ items, editable, labelledBy, onShow, onRemove }: TagListProps) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No passages tagged yet.
      </Text>
    );
  }
  return (
    <ol className={classes.list} aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.tag.id} className={classes.item} data-tag-id={item.tag.id}>
          <span
            className={classes.swatch}
            data-slot={item.slot}
            style={{ background: highlightBackground([item.slot]) }}
            aria-hidden="true"
          >
            {item.stageNumber ?? '–'}
          </span>
          <div className={classes.passage}>
            <Text size="sm" fw={700}>
              {item.tag.stage}
            </Text>
            <Text size="sm">“{item.passage}”</Text>
            {item.tag.note !== '' && (
              <Text size="xs" c="dimmed">
                {item.tag.note}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="default"
              aria-label={item.showLabel}
              onClick={() => onShow(item.tag)}
            >
              Show
            </Button>
            {editable && (
              <Button
                size="compact-xs"
                variant="default"
                aria-label={item.removeLabel}
                data-remove-tag={item.tag.id}
                onClick={() => onRemove(item.tag.id)}
              >
                Remove
              </Button>
            )}
          </Group>
        </li>
      ))}
    </ol>
  );
}
