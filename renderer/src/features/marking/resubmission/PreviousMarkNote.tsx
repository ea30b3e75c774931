import { Button, Text } from '@mantine/core';
import { IconArrowBackUp, IconCornerDownRight, IconHistory } from '@tabler/icons-react';
import { formatPoints } from '../../../../../shared/domain/definitions/passRule';
import type { PreviousMark } from './model';
import classes from './PreviousMarkNote.module.css';

export interface PreviousMarkNoteProps {
  /** Attempt 1's mark for this criterion; null when it had none (a criterion added since). */
  readonly previous: PreviousMark | null;
  /** Attempt 1 returned this criterion for resubmission: it is marked again. */
  readonly returned: boolean;
  /** The draft still holds attempt 1's mark unchanged (`DraftMark.carriedOver`). */
  readonly carriedOver: boolean;
  readonly editable: boolean;
  readonly onReopen: () => void;
  /** The number of the attempt the mark is from (1 unless this is a third attempt). */
  readonly attempt?: number;
}

/**
 * Under a criterion card: what the attempt before gave it, and whether it was
 * returned for resubmission or carried over (label, icon and border: never
 * colour alone), with a Reopen button for a carried-over mark.
 */
export function PreviousMarkNote({
  previous,
  returned,
  carriedOver,
  editable,
  onReopen,
  attempt = 1,
}: PreviousMarkNoteProps) {
  const state = carriedOver ? 'carried-over' : returned ? 'returned' : undefined;
  const name = `Attempt ${String(attempt)}`;
  return (
    <div role="group" aria-label={`${name} mark`} className={classes.note} data-state={state}>
      <Text size="sm" className={classes.status}>
        <IconHistory size={16} aria-hidden className={classes.icon} />
        <span>
          <Text span fw={600} inherit>
            {name}:
          </Text>{' '}
          {previous === null ? (
            'not marked on this criterion'
          ) : (
            <>
              {previous.levelTitle}
              {previous.points !== null && ` · ${formatPoints(previous.points)} points`}
              {previous.comment.trim() !== '' && ` — “${previous.comment.trim()}”`}
            </>
          )}
        </span>
      </Text>
      {returned && (
        <Text size="sm" fw={700} className={classes.status} mt={4}>
          <IconArrowBackUp size={16} aria-hidden className={classes.icon} />
          Returned for resubmission
        </Text>
      )}
      {carriedOver && (
        <div className={classes.status} style={{ marginTop: 4 }}>
          <Text size="sm" fw={700} className={classes.status}>
            <IconCornerDownRight size={16} aria-hidden className={classes.icon} />
            Carried over
          </Text>
          {editable && (
            <Button size="compact-xs" variant="default" aria-keyshortcuts="r" onClick={onReopen}>
              Reopen (r)
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
