import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Group as PanelGroup, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { statusLabels } from '../../../../shared/domain';
import type { Id, ReflectionSource } from '../../../../shared/domain';
import { evidenceLabel, markOf } from '../../../../shared/domain/marking';
import { textKindOf } from '../evidence/extractText';
import { ExportFeedbackButton } from '../feedback/ExportFeedbackButton';
import { CriterionCard } from './CriterionCard';
import { DecisionPanel } from './DecisionPanel';
import { EvidencePanel } from './EvidencePanel';
import { KeyHelp } from './KeyHelp';
import type { MarkingCommand } from './keys';
import { isUnmarked } from './model';
import { ReflectionFileChoice } from './reflection/ReflectionFileChoice';
import { ReflectionPanel } from './reflection/ReflectionPanel';
import { EvidenceComparisonDialog } from './resubmission/EvidenceComparisonDialog';
import { PreviousAttemptSummary } from './resubmission/PreviousAttemptSummary';
import { PreviousMarkNote } from './resubmission/PreviousMarkNote';
import { attemptSummaryOf, previousMarkOf } from './resubmission/model';
import { ScoreSummary } from './ScoreSummary';
import { bankOf, nextAcrossLearners, positionAcrossLearners } from './session';
import { useCommentBank } from './useCommentBank';
import { useGoToNextUnmarked, useMarkingQueue } from './useMarkingQueue';
import { useMarkingKeys } from './useMarkingKeys';
import { useMarkingSession } from './useMarkingSession';
import { useReflectionSource } from './useReflectionSource';
import classes from './MarkingView.module.css';

const panelIds = ['evidence', 'rubric'];

/** One submission: evidence beside the demonstration and reflection rubrics and the decision. */
export function MarkingView() {
  const { submissionId = '' } = useParams();
  // A fresh screen per submission: the active criterion, open file and dialogs start over.
  return <MarkingScreen key={submissionId} submissionId={submissionId} />;
}

function MarkingScreen({ submissionId }: { readonly submissionId: Id }) {
  const [params, setParams] = useSearchParams();
  const acrossCriterionId = params.get('criterion');
  const session = useMarkingSession(submissionId);
  const queue = useMarkingQueue();
  const goToNext = useGoToNextUnmarked();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const [opened, setOpened] = useState<{ readonly in: Id; readonly sha: string } | null>(null);
  const [comparing, setComparing] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const layout = useDefaultLayout({ id: 'attest-marking-panes', panelIds });
  const { context, rubrics, draft, editable, dispatch } = session;
  const items = useMemo(
    () =>
      rubrics === null
        ? []
        : [
            ...rubrics.demonstration.criteria.map((c) => ({
              rubric: 'demonstration' as const,
              c,
            })),
            ...rubrics.reflection.criteria.map((c) => ({ rubric: 'reflection' as const, c })),
          ],
    [rubrics],
  );
  const across = items.find((item) => item.c.id === acrossCriterionId) ?? null;
  const shown = across === null ? items : [across];
  const criterionIds = useMemo(() => items.map((item) => item.c.id), [items]);
  const selfId = context?.self?.id ?? null;
  const bank = useCommentBank(criterionIds, selfId);
  const bankFor = (criterion: (typeof items)[number]['c']) =>
    bankOf(criterion, bank.saved.get(criterion.id) ?? [], selfId);
  const activeItem = shown[Math.min(active, shown.length - 1)];
  const previous = context?.previous ?? null;
  const reflectionSource = useReflectionSource(
    useCallback(
      (source: ReflectionSource) => dispatch({ type: 'setReflectionSource', source }),
      [dispatch],
    ),
  );

  const focusIn = (index: number, selector: string) => {
    root.current?.querySelector<HTMLElement>(`[data-criterion="${index}"] ${selector}`)?.focus();
  };
  const finalise = async () => {
    session.flush();
    if (!(await session.finalise())) return;
    if (queue === undefined || !goToNext(queue.rows, submissionId)) void navigate('/marking');
  };
  const nextAcross = (): boolean => {
    if (across === null || queue === undefined) return false;
    session.flush();
    const next = nextAcrossLearners(queue.rows, submissionId, isUnmarked);
    if (next === null) {
      notifications.show({
        title: 'Last learner',
        message: `Every learner still being marked has ${across.c.title} in front of them now.`,
      });
      return true;
    }
    void navigate(`/marking/${next}?criterion=${encodeURIComponent(across.c.id)}`);
    return true;
  };
  const toggleAcross = () => {
    if (across !== null) setParams({});
    else if (activeItem !== undefined) setParams({ criterion: activeItem.c.id });
    setActive(0);
  };
  const run = (command: MarkingCommand): boolean => {
    const item = activeItem;
    switch (command.type) {
      case 'nextUnmarked':
        if (session.conflict !== null) {
          notifications.show({
            color: 'orange',
            title: 'Choose which marks to keep first',
            message: 'Another window changed these marks; leaving now would lose one of them.',
          });
          return true;
        }
        if (across !== null) return nextAcross();
        session.flush();
        return queue !== undefined && goToNext(queue.rows, submissionId);
      case 'undo':
        dispatch({ type: 'history/undo' });
        return true;
      case 'redo':
        dispatch({ type: 'history/redo' });
        return true;
      case 'criterion': {
        const next = Math.min(shown.length - 1, Math.max(0, active + command.step));
        setActive(next);
        focusIn(next, '[role=radio][tabindex="0"]');
        return shown.length > 0;
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
      case 'insertBank': {
        const comment = item === undefined ? undefined : bankFor(item.c)[command.index];
        if (item === undefined || comment === undefined) return false;
        dispatch({
          type: 'insertBankComment',
          rubric: item.rubric,
          criterionId: item.c.id,
          text: comment.text,
        });
        return true;
      }
      case 'saveToBank':
        if (item === undefined || draft === null || !editable) return false;
        bank.save(item.c.id, markOf(draft, item.rubric, item.c.id).comment);
        return true;
      case 'reopen':
        if (item === undefined || draft === null) return false;
        if (!markOf(draft, item.rubric, item.c.id).carriedOver) return false;
        dispatch({ type: 'reopenCriterion', rubric: item.rubric, criterionId: item.c.id });
        return true;
      case 'compareEvidence':
        if (previous === null) return false;
        setComparing(true);
        return true;
      case 'acrossLearners':
        toggleAcross();
        return true;
      case 'decideMeets':
        if (across !== null) return false;
        dispatch({ type: 'decide', decision: 'meets' });
        return true;
      case 'decideNotYet':
        if (across !== null) return false;
        dispatch({ type: 'decide', decision: 'not_yet' });
        return true;
      case 'finalise':
        if (across !== null) return false;
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
  // A typed reflection is tagged as typed; a reflection file by the text taken from it.
  const reflectionText = submission.reflectionText ?? draft?.reflectionSource?.text ?? null;
  const reflectionFiles =
    submission.reflectionText === null
      ? submission.evidence.flatMap((e, i) =>
          e.role === 'reflection' && textKindOf(e.mediaType, e.fileName) !== null
            ? [{ sha256: e.sha256, label: evidenceLabel(context.blind, e, i) }]
            : [],
        )
      : [];
  const openSha = opened?.in === submission.id ? opened.sha : null;
  const openFile = (sha: string) => setOpened({ in: submission.id, sha });
  const position =
    across === null || queue === undefined
      ? null
      : positionAcrossLearners(queue.rows, submissionId, isUnmarked);
  return (
    <Stack gap="sm" ref={root}>
      <Group justify="space-between" wrap="wrap">
        <div>
          <Title order={2}>{context.learnerName}</Title>
          <Text c="dimmed">
            {version === null ? 'Unknown achievement' : `${version.name} v${version.version}`} ·
            attempt {submission.attempt}
            {context.blind && ' · blind marking'}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" aria-label={`Status: ${statusLabels[submission.status]}`}>
            {statusLabels[submission.status]}
          </Badge>
          <Button variant="default" component={Link} to="/marking" onClick={session.flush}>
            Queue
          </Button>
          {previous !== null && (
            <Button variant="default" onClick={() => setComparing(true)} aria-keyshortcuts="e">
              Compare evidence (e)
            </Button>
          )}
          <Button variant="default" onClick={toggleAcross} aria-keyshortcuts="g">
            {across === null ? 'Grade criterion across learners (g)' : 'Whole rubric (g)'}
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
      {session.conflict !== null && (
        <Alert color="orange" title="These marks were changed in another window" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Another window saved marks for this submission after this one opened them. Nothing has
              been overwritten: choose which marks to keep. Editing resumes once you choose.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => session.resolveConflict('theirs')}>
                Use the other window’s marks
              </Button>
              <Button size="xs" variant="default" onClick={() => session.resolveConflict('mine')}>
                Keep the marks in this window
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {context.self !== null &&
        session.startProblem === null &&
        submission.status !== 'in_marking' &&
        submission.status !== 'received' &&
        submission.status !== 'allocated' && (
          <Alert color="gray" title={`This submission is ${statusLabels[submission.status]}`}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">Its marks are shown read-only.</Text>
              {/* The document names the learner: not offered while marking is blind. */}
              {!context.blind && <ExportFeedbackButton submissionId={submission.id} />}
            </Stack>
          </Alert>
        )}
      {context.self !== null &&
        submission.status === 'in_marking' &&
        submission.assessorId !== context.self.id && (
          <Alert color="gray" title="Allocated to another assessor">
            Its marks are shown read-only: only the allocated assessor marks it.
          </Alert>
        )}
      {across !== null && (
        <Alert color="blue" title={`Grading “${across.c.title}” across learners`}>
          {position === null
            ? 'One criterion, learner after learner.'
            : `Learner ${String(position.index + 1)} of ${String(position.count)} still being marked. `}
          Press n for the next learner, g to see the whole rubric again.
        </Alert>
      )}
      <KeyHelp />
      <PanelGroup
        orientation="horizontal"
        className={classes.panes}
        // The library sets height: 100% inline; the panes get the window's height instead.
        style={{ height: 'calc(100dvh - 15rem)', minHeight: '28rem' }}
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel id="evidence" defaultSize="42" minSize="20" className={classes.pane}>
          <EvidencePanel
            key={submission.id}
            submission={submission}
            openSha={openSha}
            onOpen={openFile}
            blind={context.blind}
          />
        </Panel>
        <Separator className={classes.separator} aria-label="Resize evidence and rubric" />
        <Panel id="rubric" defaultSize="58" minSize="30" className={classes.pane}>
          {rubrics === null || draft === null ? (
            <Text c="dimmed">{context.self === null ? '' : 'Loading the rubric…'}</Text>
          ) : (
            <Stack gap="md" className={classes.rubric}>
              <ScoreSummary draft={draft} rubrics={rubrics} />
              {previous !== null && across === null && (
                <PreviousAttemptSummary
                  attempt={previous.submission.attempt}
                  {...attemptSummaryOf(previous.assessment, rubrics)}
                />
              )}
              {(['demonstration', 'reflection'] as const).map((kind) => {
                const cards = shown.filter((item) => item.rubric === kind);
                if (cards.length === 0) return null;
                return (
                  <Stack key={kind} component="section" aria-label={rubrics[kind].title} gap="sm">
                    <Title order={3}>{rubrics[kind].title}</Title>
                    {kind === 'reflection' && across === null && reflectionFiles.length > 0 && (
                      <ReflectionFileChoice
                        files={reflectionFiles}
                        current={draft.reflectionSource?.sha256 ?? null}
                        reading={reflectionSource.reading}
                        error={reflectionSource.error}
                        editable={editable}
                        onChoose={(sha) => {
                          const item = submission.evidence.find((e) => e.sha256 === sha);
                          if (item !== undefined) reflectionSource.read(item);
                        }}
                      />
                    )}
                    {kind === 'reflection' && across === null && (
                      <ReflectionPanel
                        text={reflectionText}
                        model={rubrics.reflection.model}
                        tags={draft.reflectionTags}
                        editable={editable}
                        headingOrder={4}
                        onAddTag={(tag) => dispatch({ type: 'addTag', tag })}
                        onRemoveTag={(id) => dispatch({ type: 'removeTag', id })}
                      />
                    )}
                    {cards.map(({ rubric, c }) => {
                      const index = shown.findIndex((item) => item.c.id === c.id);
                      const mark = markOf(draft, rubric, c.id);
                      return (
                        <CriterionCard
                          key={c.id}
                          index={index}
                          criterion={c}
                          mark={mark}
                          active={index === active}
                          editable={editable}
                          bank={bankFor(c)}
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
                          onSaveToBank={() => bank.save(c.id, mark.comment)}
                          note={
                            previous === null ? undefined : (
                              <PreviousMarkNote
                                previous={previousMarkOf(
                                  previous.assessment,
                                  rubrics[rubric],
                                  c.id,
                                )}
                                returned={
                                  previous.assessment?.resubmitCriterionIds.includes(c.id) ?? false
                                }
                                carriedOver={mark.carriedOver}
                                editable={editable}
                                attempt={previous.submission.attempt}
                                onReopen={() =>
                                  dispatch({ type: 'reopenCriterion', rubric, criterionId: c.id })
                                }
                              />
                            )
                          }
                        />
                      );
                    })}
                  </Stack>
                );
              })}
              {across === null && (
                <DecisionPanel
                  key={submission.id}
                  draft={draft}
                  rubrics={rubrics}
                  editable={editable}
                  dispatch={dispatch}
                  onFinalise={() => void finalise()}
                />
              )}
            </Stack>
          )}
        </Panel>
      </PanelGroup>
      {previous !== null && (
        <EvidenceComparisonDialog
          opened={comparing}
          onClose={() => setComparing(false)}
          previous={previous.submission.evidence}
          current={submission.evidence}
          blind={context.blind}
          onOpen={(sha) => {
            openFile(sha);
            setComparing(false);
          }}
        />
      )}
    </Stack>
  );
}
