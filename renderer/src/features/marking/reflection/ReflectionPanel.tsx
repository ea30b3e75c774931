import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Id, ReflectionModel, ReflectionTag } from '../../../../../shared/domain';
import {
  depthFlag,
  focusAfterRemoval,
  highlightBackground,
  paintedSegments,
  planMessage,
  planTag,
  slotOf,
  stageFromKey,
  stageShortcut,
  stagesOf,
  tagListItems,
} from './model';
import { ReflectionText } from './ReflectionText';
import { TagList } from './TagList';
import classes from './ReflectionPanel.module.css';

export interface ReflectionPanelProps {
  /** The typed or pasted reflection; null when there is none (it may be an evidence file). */
  readonly text: string | null;
  /** The reflection rubric's model (`rubric.model`): its stages are what passages are tagged with. */
  readonly model: ReflectionModel | null;
  readonly tags: readonly ReflectionTag[];
  readonly editable: boolean;
  readonly onAddTag: (tag: ReflectionTag) => void;
  readonly onRemoveTag: (id: Id) => void;
  /** The panel's heading level; the tag list's heading is one below. */
  readonly headingOrder?: 2 | 3 | 4 | 5;
}

const belowHeading = { 2: 3, 3: 4, 4: 5, 5: 6 } as const;

type PendingFocus = { readonly kind: 'tag'; readonly id: Id } | { readonly kind: 'text' } | null;

/**
 * The reflection beside its rubric (issue 5 §3): select a passage, tag it with
 * a stage of the model (Alt+1…Alt+N in the text, or the stage buttons), see
 * the tags as highlights and in a list, and the "description without
 * analysis" flag.
 */
export function ReflectionPanel({
  text,
  model,
  tags,
  editable,
  onAddTag,
  onRemoveTag,
  headingOrder = 3,
}: ReflectionPanelProps) {
  const titleId = useId();
  const helpId = useId();
  const listTitleId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<PendingFocus>(null);
  const [notice, setNotice] = useState({ message: '', count: 0 });
  const stages = useMemo(() => stagesOf(model), [model]);
  const body = text ?? '';
  const segments = useMemo(() => paintedSegments(body, tags, stages), [body, tags, stages]);
  const items = useMemo(() => tagListItems(body, tags, stages), [body, tags, stages]);
  const flag = depthFlag(tags, model);
  const canTag = editable && stages.length > 0;
  const shortcuts = stages.map((_, i) => stageShortcut(i)).filter((s) => s !== null);

  // After a Remove button disappears, focus moves to its neighbour (or the text).
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (target.kind === 'text') {
      textRef.current?.focus();
      return;
    }
    listRef.current
      ?.querySelector<HTMLElement>(`[data-remove-tag="${CSS.escape(target.id)}"]`)
      ?.focus();
  });

  const announce = (message: string) => setNotice((n) => ({ message, count: n.count + 1 }));
  const tagWith = (index: number) => {
    const field = textRef.current;
    const stage = stages[index];
    if (field === null || stage === undefined) return;
    const plan = planTag(body, field.selectionStart, field.selectionEnd, stage, tags, () =>
      crypto.randomUUID(),
    );
    if (plan.kind === 'add') onAddTag(plan.tag);
    announce(planMessage(plan, body));
  };
  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!canTag || event.nativeEvent.isComposing) return;
    const index = stageFromKey(event, stages.length);
    if (index === null) return;
    event.preventDefault();
    tagWith(index);
  };
  const show = (tag: ReflectionTag) => {
    const field = textRef.current;
    if (field === null) return;
    field.focus();
    field.setSelectionRange(tag.start, tag.end);
  };
  const remove = (id: Id) => {
    const next = focusAfterRemoval(items, id);
    pendingFocus.current = next === null ? { kind: 'text' } : { kind: 'tag', id: next };
    const item = items.find((i) => i.tag.id === id);
    onRemoveTag(id);
    if (item !== undefined) announce(`Removed ${item.tag.stage} tag`);
  };

  const heading = (
    <Title order={headingOrder} id={titleId}>
      Reflection text
    </Title>
  );
  if (text === null || text.trim() === '') {
    return (
      <Stack component="section" aria-labelledby={titleId} gap="xs" className={classes.panel}>
        {heading}
        <Text size="sm">
          {text === null
            ? 'Tagging works on reflection text, and this submission has none typed or pasted. ' +
              'If the reflection was submitted as a file, read it in the evidence panel.'
            : 'The reflection text is empty: there is nothing to tag.'}
        </Text>
      </Stack>
    );
  }
  const help = !editable
    ? 'Read only: you can select and read the text, but tags cannot be changed.'
    : stages.length === 0
      ? 'This rubric’s reflection model has no stages, so passages cannot be tagged.'
      : `Select a passage (Shift with the arrow keys, Ctrl+Shift to move by word), then press ` +
        `${shortcuts.length > 1 ? `Alt+1 to Alt+${String(shortcuts.length)}` : 'Alt+1'} ` +
        `or a stage button to tag it.`;

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm" className={classes.panel}>
      {heading}
      <Text size="sm" c="dimmed" id={helpId}>
        {help}
      </Text>
      <ReflectionText
        text={text}
        segments={segments}
        textRef={textRef}
        labelledBy={titleId}
        describedBy={helpId}
        keyShortcuts={canTag ? shortcuts.join(' ') : ''}
        onKeyDown={onTextKey}
      />
      {canTag && (
        <Group gap="xs" role="group" aria-label="Tag the selected passage">
          {stages.map((stage, i) => {
            const shortcut = stageShortcut(i);
            return (
              <Button
                key={stage}
                size="compact-sm"
                variant="default"
                aria-keyshortcuts={shortcut ?? undefined}
                leftSection={
                  <span
                    className={classes.swatch}
                    data-slot={slotOf(i)}
                    style={{ background: highlightBackground([slotOf(i)]) }}
                    aria-hidden="true"
                  >
                    {i + 1}
                  </span>
                }
                onClick={() => tagWith(i)}
              >
                {shortcut === null ? `Tag as ${stage}` : `Tag as ${stage} (${shortcut})`}
              </Button>
            );
          })}
        </Group>
      )}
      <Text size="sm" role="status" aria-live="polite" data-reflection-notice>
        <span key={notice.count}>{notice.message}</span>
      </Text>
      <div role="status" data-reflection-flag>
        {flag !== null && (
          <Paper withBorder p="sm" className={classes.flag}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconAlertTriangle size={20} aria-hidden="true" />
              <div>
                <Text fw={700}>{flag.title}</Text>
                <Text size="sm">{flag.explanation}</Text>
              </div>
            </Group>
          </Paper>
        )}
      </div>
      <div ref={listRef}>
        <Title order={belowHeading[headingOrder]} id={listTitleId}>
          Tagged passages ({items.length})
        </Title>
        <TagList
          items={items}
          editable={editable}
          labelledBy={listTitleId}
          onShow={show}
          onRemove={remove}
        />
      </div>
    </Stack>
  );
}
