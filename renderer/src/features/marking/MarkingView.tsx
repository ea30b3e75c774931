import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { statusLabels } from '../../../../shared/domain';
import { markOf } from '../../../../shared/domain/marking';
import { CriterionCard } from './CriterionCard';
import { DecisionPanel } from './DecisionPanel';
import { EvidencePanel } from './EvidencePanel';
import { ScoreSummary } from './ScoreSummary';
import type { MarkingCommand } from './model';
import { useGoToNextUnmarked, useMarkingQueue } from './useMarkingQueue';
import { useMarkingKeys } from './useMarkingKeys';
import { useMarkingSession } from './useMarkingSession';

/** One submission: evidence beside the demonstration and reflection rubrics and the decision. */
export function MarkingView() {
  const { submissionId = '' } = useParams();
  const session = useMarkingSession(submissionId);
  const queue = useMarkingQueue();
  const goToNext = useGoToNextUnmarked();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const { context, rubrics, draft, editable, dispatch } = session;
  const items =
    rubrics === null
      ? []
      : [
          ...rubrics.demonstration.criteria.map((c) => ({ rubric: 'demonstration' as const, c })),
          ...rubrics.reflection.criteria.map((c) => ({ rubric: 'reflection' as const, c })),
        ];

  const focusIn = (index: number, selector: string) => {
    root.current?.querySelector<HTMLElement>(`[data-criterion="${index}"] ${selector}`)?.focus();
  };
  const finalise = async () => {
    session.flush();
    if (!(await session.finalise())) return;
    if (queue === undefined || !goToNext(queue.rows, submissionId)) void navigate('/marking');
  };
  const run = (command: MarkingCommand): boolean => {
    const item = items[active];
    switch (command.type) {
      case 'nextUnmarked':
        session.flush();
        return queue !== undefined && goToNext(queue.rows, submissionId);
      case 'undo':
        dispatch({ type: 'history/undo' });
        return true;
      case 'redo':
        dispatch({ type: 'history/redo' });
        return true;
      case 'criterion': {
        const next = Math.min(items.length - 1, Math.max(0, active + command.step));
        setActive(next);
        focusIn(next, '[role=radio][tabindex="0"]');
        return items.length > 0;
      }
      case 'level': {
        const level = item?.c.levels[command.index];
        if (item === undefined || level === undefined) return false;
        dispatch({
          type: 'chooseLevel',
          rubric: item.rubric,
          criterionId: item.c.id,
          levelId: level.id,
        });
        focusIn(active, `[role=radio]:nth-child(${command.index + 1})`);
        return true;
      }
      case 'comment':
        focusIn(active, 'textarea');
        return item !== undefined;
      case 'decideMeets':
        dispatch({ type: 'decide', decision: 'meets' });
        return true;
      case 'decideNotYet':
        dispatch({ type: 'decide', decision: 'not_yet' });
        return true;
      case 'finalise':
        void finalise();
        return true;
    }
  };
  useMarkingKeys(run);

  if (context === undefined) return <Text c="dimmed">Opening the submission…</Text>;
  if (context === null) {
    return (
      <Alert color="red" title="Submission not found">
        <Anchor component={Link} to="/marking">
          Back to the queue
        </Anchor>
      </Alert>
    );
  }
  const { submission, version } = context;
  return (
    <Stack gap="md" ref={root}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{context.learnerName}</Title>
          <Text c="dimmed">
            {version === null ? 'Unknown achievement' : `${version.name} v${version.version}`} ·
            attempt {submission.attempt}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" aria-label={`Status: ${statusLabels[submission.status]}`}>
            {statusLabels[submission.status]}
          </Badge>
          <Button variant="default" component={Link} to="/marking" onClick={session.flush}>
            Queue
          </Button>
          <Button
            variant="default"
            disabled={!session.canUndo || !editable}
            onClick={() => dispatch({ type: 'history/undo' })}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </Button>
          <Button
            variant="default"
            disabled={!session.canRedo || !editable}
            onClick={() => dispatch({ type: 'history/redo' })}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </Button>
        </Group>
      </Group>
      {context.self === null && (
        <Alert color="yellow" title="Who is marking?">
          Marking is recorded under your identity.{' '}
          <Anchor component={Link} to="/settings">
            Set your identity in Settings
          </Anchor>{' '}
          first.
        </Alert>
      )}
      {session.startProblem !== null && (
        <Alert color="yellow" title="Marking cannot start">
          {session.startProblem}
        </Alert>
      )}
      {context.self !== null &&
        session.startProblem === null &&
        submission.status !== 'in_marking' &&
        submission.status !== 'received' &&
        submission.status !== 'allocated' && (
          <Alert color="gray" title={`This submission is ${statusLabels[submission.status]}`}>
            Its marks are shown read-only.
          </Alert>
        )}
      <Text size="sm" c="dimmed">
        Keys: 1–9 choose a level · j/k or ↓/↑ move between criteria · c comment · m meets · y not
        yet · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+Enter finalise · n next unmarked
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <EvidencePanel key={submission.id} submission={submission} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {rubrics === null || draft === null ? (
            <Text c="dimmed">{context.self === null ? '' : 'Loading the rubric…'}</Text>
          ) : (
            <Stack gap="md">
              <ScoreSummary draft={draft} rubrics={rubrics} />
              {(['demonstration', 'reflection'] as const).map((kind) => (
                <Stack key={kind} component="section" aria-label={rubrics[kind].title} gap="sm">
                  <Title order={3}>{rubrics[kind].title}</Title>
                  {items.map(({ rubric, c }, index) =>
                    rubric !== kind ? null : (
                      <CriterionCard
                        key={c.id}
                        index={index}
                        criterion={c}
                        mark={markOf(draft, rubric, c.id)}
                        active={index === active}
                        editable={editable}
                        onActivate={() => setActive(index)}
                        onChoose={(levelId) =>
                          dispatch({ type: 'chooseLevel', rubric, criterionId: c.id, levelId })
                        }
                        onComment={(text) =>
                          dispatch({
                            type: 'setComment',
                            rubric,
                            criterionId: c.id,
                            text,
                            coalesceKey: 'typing',
                            at: Date.now(),
                          })
                        }
                        onInsert={(text) =>
                          dispatch({ type: 'insertBankComment', rubric, criterionId: c.id, text })
                        }
                      />
                    ),
                  )}
                </Stack>
              ))}
              <DecisionPanel
                key={submission.id}
                draft={draft}
                rubrics={rubrics}
                editable={editable}
                dispatch={dispatch}
                onFinalise={() => void finalise()}
              />
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
