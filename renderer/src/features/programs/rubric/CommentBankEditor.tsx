import { ActionIcon, CloseButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';

export interface CommentBankEditorProps {
  /** The level's display name, e.g. "Proficient". */
  readonly levelName: string;
  readonly comments: readonly string[];
  readonly readOnly: boolean;
  readonly onAdd: (text: string) => void;
  readonly onRemove: (text: string) => void;
}

/**
 * The reusable comments a marker can insert when choosing this level. A plain
 * list (not TagsInput) because comments are sentences that contain commas.
 */
export function CommentBankEditor({
  levelName,
  comments,
  readOnly,
  onAdd,
  onRemove,
}: CommentBankEditorProps) {
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const label = `Comment bank for ${levelName}`;
  const duplicate = comments.includes(draft.trim());

  const add = (): void => {
    if (draft.trim() === '' || duplicate) return;
    onAdd(draft);
    setDraft('');
  };

  const list =
    comments.length === 0 ? (
      <Text size="sm" c="dimmed">
        No comments yet.
      </Text>
    ) : (
      <List size="sm" spacing={4} aria-label={`Comments for ${levelName}`}>
        {comments.map((comment) => (
          <List.Item key={comment}>
            <Group gap={4} wrap="nowrap" align="flex-start">
              <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
                {comment}
              </Text>
              {!readOnly && (
                <CloseButton
                  size="sm"
                  aria-label={`Remove comment: ${comment}`}
                  onClick={() => {
                    onRemove(comment);
                    inputRef.current?.focus();
                  }}
                />
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    );

  if (readOnly) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {list}
      </Stack>
    );
  }

  return (
    <Stack gap={4}>
      <TextInput
        ref={inputRef}
        label={label}
        description="Type a comment, then press Enter"
        value={draft}
        error={duplicate && draft.trim() !== '' ? 'Already in the bank' : undefined}
        onChange={(event) => {
          setDraft(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          add();
        }}
        rightSectionPointerEvents="all"
        rightSection={
          <ActionIcon
            variant="subtle"
            aria-label={`Add comment to ${levelName}`}
            disabled={draft.trim() === '' || duplicate}
            onClick={add}
          >
            <IconPlus size={16} aria-hidden />
          </ActionIcon>
        }
      />
      {list}
    </Stack>
  );
}
