import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { Decision, Id } from '../../../../shared/domain';
import type {
  MarkingAction,
  MarkingDraft,
  MarkingRubrics,
} from '../../../../shared/domain/marking';
import { canDecide, markingStatus } from '../../../../shared/domain/marking';
import classes from './DecisionPanel.module.css';

export interface DecisionPanelProps {
  readonly draft: MarkingDraft;
  readonly rubrics: MarkingRubrics;
  readonly editable: boolean;
  readonly dispatch: (action: MarkingAction) => void;
  readonly onFinalise: () => void;
}

/** Meets (or an override with a reason, flagged for the lead) or not yet, then Finalise. */
export function DecisionPanel({
  draft,
  rubrics,
  editable,
  dispatch,
  onFinalise,
}: DecisionPanelProps) {
  const status = markingStatus(draft, rubrics);
  const check = canDecide(draft, rubrics);
  const [reason, setReason] = useState(draft.override?.reason ?? '');
  // The reason typed is kept as typed (the draft stores it trimmed); an undo or
  // the other window's marks change the draft's reason, and the field follows.
  const stored = draft.override?.reason ?? '';
  if (stored !== reason.trim()) {
    setReason(stored);
  }
  const overriding = draft.decision === 'meets' && status.complete && !status.passRulesHold;
  const criteria = [...rubrics.demonstration.criteria, ...rubrics.reflection.criteria];
  const decide = (decision: Decision, resubmit?: readonly Id[]) =>
    dispatch({
      type: 'decide',
      decision,
      ...(resubmit === undefined ? {} : { resubmitCriterionIds: resubmit }),
      ...(decision === 'meets' ? { overrideReason: reason } : {}),
    });
  return (
    <Paper component="section" aria-labelledby="decision-heading" withBorder p="md">
      <Stack gap="sm">
        <Title order={3} id="decision-heading">
          Decision
        </Title>
        <Radio.Group
          label="Decision (m: meets, y: not yet)"
          value={draft.decision ?? ''}
          onChange={(value) => {
            if (value === 'meets' || value === 'not_yet') decide(value);
          }}
        >
          <Group mt="xs">
            <Radio value="meets" label="Meets" disabled={!editable} />
            <Radio value="not_yet" label="Not yet" disabled={!editable} />
          </Group>
        </Radio.Group>
        {overriding && (
          <>
            <Badge color="orange" variant="light">
              Override: flagged for the lead
            </Badge>
            <Textarea
              label="Why meets against the pass rules"
              description="At least 20 characters. The lead sees this reason."
              value={reason}
              readOnly={!editable}
              classNames={{ input: classes.grow }}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setReason(text);
                dispatch({
                  type: 'decide',
                  decision: 'meets',
                  overrideReason: text,
                  coalesceKey: 'typing',
                  at: Date.now(),
                });
              }}
            />
          </>
        )}
        {draft.decision === 'not_yet' && (
          <Checkbox.Group
            label="Criteria to resubmit"
            value={[...draft.resubmitCriterionIds]}
            onChange={(ids) => decide('not_yet', ids)}
          >
            <Stack gap={4} mt="xs">
              {criteria.map((c) => (
                <Checkbox key={c.id} value={c.id} label={c.title} disabled={!editable} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label="Feedback for the learner"
          value={draft.feedback}
          readOnly={!editable}
          classNames={{ input: classes.grow }}
          onChange={(e) =>
            dispatch({
              type: 'setFeedback',
              text: e.currentTarget.value,
              coalesceKey: 'typing',
              at: Date.now(),
            })
          }
        />
        {!check.allowed && (
          <Alert color="gray" title="Before finalising" aria-label="Before finalising">
            <List size="sm">
              {check.problems.map((p) => (
                <List.Item key={`${p.code}:${p.criterionId ?? ''}:${p.message}`}>
                  {p.message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Button
          onClick={onFinalise}
          disabled={!editable || !check.allowed}
          aria-keyshortcuts="Control+Enter"
        >
          Finalise (Ctrl+Enter)
        </Button>
      </Stack>
    </Paper>
  );
}
