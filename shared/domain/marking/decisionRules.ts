/**
 * May the assessor decide? (issue 5 §4.) *Meets* needs both pass rules to hold,
 * or an override with a written reason, which flags the assessment for the
 * lead. *Not yet* needs the criteria to resubmit and feedback. Either needs
 * marking to be complete: every required criterion of both rubrics has a level.
 *
 * Decisions:
 * - Pass-rule shortfalls are reported only once marking is complete (before
 *   that, "not marked yet" says it all, and a total is meaningless).
 * - An override cannot stand in for marking: it needs complete marking too.
 * - An override reason counts characters (graphemes) after trimming and
 *   collapsing runs of whitespace: 20 spaces or "a … b" padded out do not count.
 * - With both pass rules holding, an override is not needed and is dropped
 *   from the fields to store (`resolved.override` is null).
 * - *Not yet* is allowed even when the pass rules hold (the assessor's
 *   judgement), and is not flagged.
 * - `needsLeadReview` describes the proposal: *meets* against the pass rules
 *   of a completely marked assessment (whether or not the reason is enough yet).
 */
import type { Assessment, Decision } from '../entities';
import type { Id } from '../ids';
import { evaluatePassRule, type PassRuleEvaluation } from '../definitions/passRule';
import type { Rubric } from '../rubric';
import { graphemeCount } from './graphemes';
import type { MarkingDraft, MarkingRubrics, RubricKind } from './markingDraft';

export const minOverrideReasonLength = 20;

export type DecisionProblemCode =
  | 'no_decision'
  | 'not_marked'
  | 'pass_rule'
  | 'override_reason_missing'
  | 'override_reason_short'
  | 'no_resubmit_criteria'
  | 'unknown_resubmit_criterion'
  | 'no_feedback';

export interface DecisionProblem {
  readonly code: DecisionProblemCode;
  readonly message: string;
  readonly rubric: RubricKind | null;
  readonly criterionId: Id | null;
}

export interface MarkingStatus {
  /** Every required criterion of both rubrics has a level. */
  readonly complete: boolean;
  readonly unmarkedRequired: readonly {
    readonly rubric: RubricKind;
    readonly criterionId: Id;
    readonly title: string;
  }[];
  readonly demonstration: PassRuleEvaluation;
  readonly reflection: PassRuleEvaluation;
  readonly passRulesHold: boolean;
}

export interface DecisionProposal {
  readonly decision: Decision | null;
  readonly resubmitCriterionIds: readonly Id[];
  readonly overrideReason: string | null;
}

export interface DecisionCheck {
  readonly allowed: boolean;
  readonly problems: readonly DecisionProblem[];
  readonly needsLeadReview: boolean;
  /** Why the lead must look: the override reason and each shortfall. */
  readonly leadReviewReasons: readonly string[];
  /** What to store on the assessment when allowed. */
  readonly resolved: Pick<Assessment, 'decision' | 'resubmitCriterionIds' | 'override'> | null;
}

const rubricLabel = { demonstration: 'Demonstration', reflection: 'Reflection' } as const;

function choicesOf(draft: MarkingDraft, rubric: RubricKind): ReadonlyMap<Id, Id | null> {
  return new Map(draft[rubric].map((m) => [m.criterionId, m.levelId]));
}

export function markingStatus(draft: MarkingDraft, rubrics: MarkingRubrics): MarkingStatus {
  const demonstration = evaluatePassRule(rubrics.demonstration, choicesOf(draft, 'demonstration'));
  const reflection = evaluatePassRule(rubrics.reflection, choicesOf(draft, 'reflection'));
  const unmarked = (
    rubric: RubricKind,
    evaluation: PassRuleEvaluation,
  ): MarkingStatus['unmarkedRequired'] =>
    rubrics[rubric].criteria
      .filter((c) => c.required && evaluation.unmarkedCriterionIds.includes(c.id))
      .map((c) => ({ rubric, criterionId: c.id, title: c.title }));
  const unmarkedRequired = [
    ...unmarked('demonstration', demonstration),
    ...unmarked('reflection', reflection),
  ];
  return {
    complete: unmarkedRequired.length === 0,
    unmarkedRequired,
    demonstration,
    reflection,
    passRulesHold: demonstration.meets && reflection.meets,
  };
}

/** The reason as it counts: trimmed, whitespace runs collapsed. */
function countedReason(reason: string | null): string {
  return (reason ?? '').trim().replace(/\s+/gu, ' ');
}

/** Why an override reason is not enough, or null when it is. */
export function overrideReasonProblem(reason: string | null): string | null {
  const counted = graphemeCount(countedReason(reason));
  if (counted === 0) return 'Write why you decide meets against the pass rules.';
  if (counted < minOverrideReasonLength) {
    return `The override reason is too short (${counted} characters): write at least ${minOverrideReasonLength}.`;
  }
  return null;
}

function shortfalls(status: MarkingStatus): readonly DecisionProblem[] {
  const kinds: readonly RubricKind[] = ['demonstration', 'reflection'];
  return kinds.flatMap((rubric) =>
    status[rubric].shortfalls.map((s): DecisionProblem => ({
      code: 'pass_rule',
      message: `${rubricLabel[rubric]}: ${s.message}`,
      rubric,
      criterionId: s.criterionId,
    })),
  );
}

function problem(code: DecisionProblemCode, message: string): DecisionProblem {
  return { code, message, rubric: null, criterionId: null };
}

function criterionExists(rubrics: MarkingRubrics, id: Id): boolean {
  const has = (r: Rubric): boolean => r.criteria.some((c) => c.id === id);
  return has(rubrics.demonstration) || has(rubrics.reflection);
}

function notYetProblems(
  proposal: DecisionProposal,
  draft: MarkingDraft,
  rubrics: MarkingRubrics,
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const ids = proposal.resubmitCriterionIds;
  if (ids.length === 0) {
    problems.push(
      problem('no_resubmit_criteria', 'Choose at least one criterion for the learner to resubmit.'),
    );
  }
  for (const id of ids.filter((i) => !criterionExists(rubrics, i))) {
    problems.push({
      code: 'unknown_resubmit_criterion',
      message: `A criterion to resubmit (${id}) is not in either rubric.`,
      rubric: null,
      criterionId: id,
    });
  }
  if (draft.feedback.trim() === '') {
    problems.push(
      problem('no_feedback', 'Write feedback telling the learner what to do for the resubmission.'),
    );
  }
  return problems;
}

export function proposalFromDraft(draft: MarkingDraft): DecisionProposal {
  return {
    decision: draft.decision,
    resubmitCriterionIds: draft.resubmitCriterionIds,
    overrideReason: draft.override?.reason ?? null,
  };
}

/** Judges a decision (by default, the one recorded in the draft). */
export function canDecide(
  draft: MarkingDraft,
  rubrics: MarkingRubrics,
  proposal: DecisionProposal = proposalFromDraft(draft),
): DecisionCheck {
  const status = markingStatus(draft, rubrics);
  const problems: DecisionProblem[] = status.unmarkedRequired.map((u) => ({
    code: 'not_marked',
    message: `${rubricLabel[u.rubric]}: '${u.title}' is not marked yet.`,
    rubric: u.rubric,
    criterionId: u.criterionId,
  }));
  const overriding = proposal.decision === 'meets' && status.complete && !status.passRulesHold;
  const reason = countedReason(proposal.overrideReason);
  if (proposal.decision === null) {
    problems.push(problem('no_decision', 'Decide meets or not yet.'));
  } else if (proposal.decision === 'not_yet') {
    problems.push(...notYetProblems(proposal, draft, rubrics));
  } else if (overriding) {
    const reasonProblem = overrideReasonProblem(proposal.overrideReason);
    if (reasonProblem !== null) {
      problems.push(...shortfalls(status));
      const code = reason === '' ? 'override_reason_missing' : 'override_reason_short';
      problems.push(problem(code, reasonProblem));
    }
  }
  const allowed = problems.length === 0;
  const leadReviewReasons = overriding
    ? [
        `Decided meets against the pass rules: ${reason === '' ? '(no reason given)' : reason}`,
        ...shortfalls(status).map((s) => s.message),
      ]
    : [];
  return {
    allowed,
    problems,
    needsLeadReview: overriding,
    leadReviewReasons,
    resolved:
      !allowed || proposal.decision === null
        ? null
        : {
            decision: proposal.decision,
            resubmitCriterionIds:
              proposal.decision === 'not_yet' ? [...new Set(proposal.resubmitCriterionIds)] : [],
            override: overriding ? { reason: (proposal.overrideReason ?? '').trim() } : null,
          },
  };
}

/** The reasons the decision cannot be finalised yet, for the assessor; empty when it can. */
export function decisionProblems(
  draft: MarkingDraft,
  rubrics: MarkingRubrics,
  proposal?: DecisionProposal,
): readonly string[] {
  return canDecide(draft, rubrics, proposal).problems.map((p) => p.message);
}
