import { Button, Group, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import type { KeyboardEvent, ReactNode } from 'react';
import { useId } from 'react';
import type { Id, RubricCriterion } from '../../../../shared/domain';
import type { DraftMark } from '../../../../shared/domain/marking';
import { formatPoints } from '../../../../shared/domain/definitions/passRule';
import type { BankComment } from './session';
import classes from './CriterionCard.module.css';

export interface CriterionCardProps {
  readonly index: number;
  readonly criterion: RubricCriterion;
  readonly mark: DraftMark;
  readonly active: boolean;
  readonly editable: boolean;
  readonly onActivate: () => void;
  readonly onChoose: (levelId: Id) => void;
  readonly onComment: (text: string) => void;
  readonly onInsert: (text: string) => void;
  /** The criterion's comment bank, numbered for Alt+1–9 (see `bankOf`). */
  readonly bank: readonly BankComment[];
  /** Adds the current comment to the bank. */
  readonly onSaveToBank: () => void;
  /** Shown under the levels: attempt 1's mark on a resubmission. */
  readonly note?: ReactNode;
}

/** One criterion: its levels as a radiogroup (keys 1–9, ←/→), a comment and its comment bank. */
export function CriterionCard({
  index,
  criterion,
  mark,
  active,
  editable,
  onActivate,
  onChoose,
  onComment,
  onInsert,
  bank,
  onSaveToBank,
  note,
}: CriterionCardProps) {
  const titleId = useId();
  const chosen = criterion.levels.findIndex((l) => l.id === mark.levelId);
  const tabbable = chosen === -1 ? 0 : chosen;
  const onRadioKey = (event: KeyboardEvent<HTMLElement>, at: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const count = criterion.levels.length;
    const target = criterion.levels[(at + step + count) % count];
    if (target === undefined) return;
    onChoose(target.id);
    const group = event.currentTarget.parentElement;
    const radios = group?.querySelectorAll<HTMLElement>('[role=radio]');
    radios?.[(at + step + count) % count]?.focus();
  };
  return (
    <Paper
      withBorder
      p="sm"
      data-criterion={index}
      className={classes.card}
      data-active={active || undefined}
      onFocus={onActivate}
    >
      <Stack gap="xs">
        <div>
          <Title order={4} id={titleId}>
            {criterion.title}
            {criterion.weight !== 1 && ` (×${formatPoints(criterion.weight)})`}
          </Title>
          <Text size="sm" c="dimmed">
            {criterion.description}
          </Text>
        </div>
        <div role="radiogroup" aria-labelledby={titleId} className={classes.levels}>
          {criterion.levels.map((level, i) => (
            <UnstyledButton
              key={level.id}
              role="radio"
              aria-checked={level.id === mark.levelId}
              aria-disabled={!editable || undefined}
              aria-label={`${level.title}, ${formatPoints(level.points)} ${level.points === 1 ? 'point' : 'points'}: ${level.descriptor}`}
              tabIndex={i === tabbable ? 0 : -1}
              className={classes.level}
              onClick={() => onChoose(level.id)}
              onKeyDown={(e) => onRadioKey(e, i)}
            >
              <Text size="sm" fw={700}>
                {i + 1}. {level.title} · {formatPoints(level.points)}
              </Text>
              <Text size="xs">{level.descriptor}</Text>
            </UnstyledButton>
          ))}
        </div>
        {note}
        <Textarea
          label={`Comment on ${criterion.title}`}
          value={mark.comment}
          readOnly={!editable}
          // Grows with its text natively (field-sizing): Mantine's autosize measures
          // every comment box by forced layout, a fifth of opening a submission.
          classNames={{ input: classes.comment }}
          data-comment
          onChange={(e) => onComment(e.currentTarget.value)}
        />
        <Group gap="xs" aria-label={`Comment bank for ${criterion.title}`} role="group">
          {bank.map((b, i) => (
            <Button
              key={b.text}
              size="compact-xs"
              variant="light"
              disabled={!editable}
              aria-label={`Insert comment: ${b.text}`}
              aria-keyshortcuts={i < 9 ? `Alt+${String(i + 1)}` : undefined}
              title={b.source}
              onClick={() => onInsert(b.text)}
            >
              {i < 9 && `${String(i + 1)}. `}
              {b.text.length > 48 ? `${b.text.slice(0, 47)}…` : b.text}
            </Button>
          ))}
          {editable && (
            <Button
              size="compact-xs"
              variant="default"
              disabled={mark.comment.trim() === ''}
              aria-keyshortcuts="b"
              onClick={onSaveToBank}
            >
              Add comment to bank (b)
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
