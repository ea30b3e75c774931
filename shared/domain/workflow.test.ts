import { describe, expect, it } from 'vitest';
import type { Role } from './entities';
import {
  actionLabels,
  availableActions,
  guardDescriptions,
  isSubmissionStatus,
  isWorkflowAction,
  statusLabels,
  submissionStatuses,
  transition,
  transitionsFrom,
  workflowActions,
  workflowGuards,
  workflowTable,
  type Actor,
  type SubmissionStatus,
  type WorkflowAction,
  type WorkflowFacts,
  type WorkflowGuard,
} from './workflow';

// ---------------------------------------------------------------------------
// The expected workflow, written out independently of workflow.ts: if the
// table changes, these tests fail until this file is changed to match.
// ---------------------------------------------------------------------------

const expectedTargets: {
  readonly [A in WorkflowAction]: Partial<Record<SubmissionStatus, SubmissionStatus>>;
} = {
  allocate: { received: 'allocated' },
  reallocate: { allocated: 'allocated' },
  unallocate: { allocated: 'received' },
  start_marking: { allocated: 'in_marking' },
  finalise_marking: { in_marking: 'marked' },
  reopen_marking: { marked: 'in_marking' },
  request_second_marking: { marked: 'second_marking' },
  complete_second_marking: { second_marking: 'marked' },
  approve: { marked: 'approved' },
  return: { marked: 'returned', second_marking: 'returned' },
  resume_marking: { returned: 'in_marking' },
  issue: { approved: 'issued' },
  revoke: { issued: 'revoked' },
};

const expectedRoles: Record<WorkflowAction, readonly Role[]> = {
  allocate: ['lead'],
  reallocate: ['lead'],
  unallocate: ['lead'],
  start_marking: ['assessor'],
  finalise_marking: ['assessor'],
  reopen_marking: ['assessor'],
  request_second_marking: ['lead'],
  complete_second_marking: ['assessor'],
  approve: ['lead'],
  return: ['lead'],
  resume_marking: ['assessor'],
  issue: ['lead', 'registrar'],
  revoke: ['lead', 'registrar'],
};

/** How a refusal on role names who may act. */
const expectedWho: Record<WorkflowAction, string> = {
  allocate: 'Only a lead may allocate',
  reallocate: 'Only a lead may reallocate',
  unallocate: 'Only a lead may unallocate',
  start_marking: 'Only the allocated assessor may start marking',
  finalise_marking: 'Only the allocated assessor may finalise marking',
  reopen_marking: 'Only the allocated assessor may reopen marking',
  request_second_marking: 'Only a lead may request second marking',
  complete_second_marking: 'Only the second assessor may complete second marking',
  approve: 'Only a lead other than the marker may approve',
  return: 'Only a lead may return',
  resume_marking: 'Only the allocated assessor may resume marking',
  issue: 'Only a lead or the registrar may issue',
  revoke: 'Only a lead or the registrar may revoke',
};

const expectedGuards: Record<WorkflowAction, readonly WorkflowGuard[]> = {
  allocate: ['assessor_chosen'],
  reallocate: ['assessor_chosen', 'assessor_changes'],
  unallocate: [],
  start_marking: [],
  finalise_marking: ['decision_recorded'],
  reopen_marking: ['not_second_marked'],
  request_second_marking: ['second_assessor_chosen', 'second_assessor_independent'],
  complete_second_marking: ['decision_recorded'],
  approve: ['decision_recorded'],
  return: ['reason_given'],
  resume_marking: [],
  issue: ['decision_meets', 'pass_rules_or_override'],
  revoke: ['reason_given'],
};

// ---------------------------------------------------------------------------
// People and facts under which every action's guards hold.
// ---------------------------------------------------------------------------

const FIRST = 'assessor-1';
const SECOND = 'assessor-2';
const NEXT = 'assessor-3';

const lead = { id: 'lead-1', roles: ['lead'] } satisfies Actor;
const registrar = { id: 'registrar-1', roles: ['registrar'] } satisfies Actor;
const firstAssessor = { id: FIRST, roles: ['assessor'] } satisfies Actor;
const secondAssessor = { id: SECOND, roles: ['assessor'] } satisfies Actor;
const nextAssessor = { id: NEXT, roles: ['assessor'] } satisfies Actor;
const everyone: readonly Actor[] = [
  lead,
  registrar,
  firstAssessor,
  secondAssessor,
  nextAssessor,
  { id: FIRST, roles: ['assessor', 'lead'] },
  { id: 'lead-2', roles: ['lead', 'registrar'] },
  { id: 'nobody', roles: [] },
];

const okFacts: WorkflowFacts = {
  assessorId: FIRST,
  secondAssessorId: SECOND,
  markerIds: { first: FIRST, second: null },
  decision: 'meets',
  demonstrationMeets: true,
  reflectionMeets: true,
  overrideAccepted: false,
  reason: 'The evidence file is unreadable.',
  nextAssessorId: NEXT,
};

/** The person who may make each transition, given okFacts. */
const permitted: Record<WorkflowAction, Actor> = {
  allocate: lead,
  reallocate: lead,
  unallocate: lead,
  start_marking: firstAssessor,
  finalise_marking: firstAssessor,
  reopen_marking: firstAssessor,
  request_second_marking: lead,
  complete_second_marking: secondAssessor,
  approve: lead,
  return: lead,
  resume_marking: firstAssessor,
  issue: registrar,
  revoke: registrar,
};

/** Facts that break one guard and keep every other guard of the same transition holding. */
const breakers: Record<WorkflowGuard, readonly WorkflowFacts[]> = {
  assessor_chosen: [
    { ...okFacts, nextAssessorId: undefined },
    { ...okFacts, nextAssessorId: '  ' },
  ],
  assessor_changes: [{ ...okFacts, nextAssessorId: FIRST }],
  decision_recorded: [{ ...okFacts, decision: null }],
  not_second_marked: [{ ...okFacts, markerIds: { first: FIRST, second: SECOND } }],
  second_assessor_chosen: [
    { ...okFacts, secondAssessorId: null },
    { ...okFacts, secondAssessorId: '' },
  ],
  second_assessor_independent: [
    { ...okFacts, secondAssessorId: FIRST },
    { ...okFacts, assessorId: NEXT, secondAssessorId: FIRST },
  ],
  reason_given: [
    { ...okFacts, reason: undefined },
    { ...okFacts, reason: '' },
    { ...okFacts, reason: ' \n\t' },
  ],
  decision_meets: [
    { ...okFacts, decision: 'not_yet' },
    { ...okFacts, decision: null },
  ],
  pass_rules_or_override: [
    { ...okFacts, demonstrationMeets: false },
    { ...okFacts, reflectionMeets: false },
    { ...okFacts, demonstrationMeets: false, reflectionMeets: false },
  ],
};

/** A spread of facts for the cross-checks: all holding, and each guard broken. */
const factSamples: readonly WorkflowFacts[] = [
  okFacts,
  ...workflowGuards.flatMap((guard) => breakers[guard]),
  {
    ...okFacts,
    assessorId: null,
    secondAssessorId: null,
    markerIds: { first: null, second: null },
  },
];

const statusActionPairs = submissionStatuses.flatMap((status) =>
  workflowActions.map((action) => [status, action] as const),
);

// ---------------------------------------------------------------------------

describe('the transition table', () => {
  it('has one entry per action, each under its own name', () => {
    expect(Object.keys(workflowTable)).toEqual([...workflowActions]);
    for (const action of workflowActions) expect(workflowTable[action].action).toBe(action);
  });

  it.each(workflowActions)('%s matches the expected from → to, roles and guards', (action) => {
    const rule = workflowTable[action];
    const targets = Object.fromEntries(rule.from.map((from) => [from, rule.to]));
    expect(targets).toEqual(expectedTargets[action]);
    expect(rule.roles).toEqual(expectedRoles[action]);
    expect(rule.guards).toEqual(expectedGuards[action]);
  });

  it.each(submissionStatuses)(
    'transitionsFrom(%s) lists exactly the expected actions',
    (status) => {
      const expected = workflowActions.filter((a) => expectedTargets[a][status] !== undefined);
      expect(transitionsFrom(status).map((rule) => rule.action)).toEqual(expected);
    },
  );

  it('makes revoked terminal, and every other status has a way on', () => {
    for (const status of submissionStatuses) {
      expect(transitionsFrom(status).length === 0).toBe(status === 'revoked');
    }
  });

  it('labels every status, action and guard', () => {
    for (const s of submissionStatuses) expect(statusLabels[s].length).toBeGreaterThan(0);
    for (const a of workflowActions) expect(actionLabels[a].length).toBeGreaterThan(0);
    for (const g of workflowGuards) expect(guardDescriptions[g].length).toBeGreaterThan(0);
  });

  it('recognises statuses and actions', () => {
    expect(submissionStatuses.every(isSubmissionStatus)).toBe(true);
    expect(workflowActions.every(isWorkflowAction)).toBe(true);
    expect(isSubmissionStatus('draft')).toBe(false);
    expect(isWorkflowAction('approve_all')).toBe(false);
  });
});

describe('every status × action', () => {
  it.each(statusActionPairs)('%s × %s', (status, action) => {
    const result = transition(status, action, permitted[action], okFacts);
    const expected = expectedTargets[action][status];
    if (expected !== undefined) {
      expect(result).toEqual({ ok: true, to: expected });
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('state');
    expect(result.reason).toContain(`Cannot ${actionLabels[action]}`);
    expect(result.reason).toContain(`the submission is ${statusLabels[status]}`);
    const possible = workflowActions.filter((a) => expectedTargets[a][status] !== undefined);
    if (possible.length === 0) expect(result.reason).toContain('final');
    for (const a of possible) expect(result.reason).toContain(actionLabels[a]);
  });

  it('says which actions are possible, in words', () => {
    expect(transition('received', 'approve', lead, okFacts)).toEqual({
      ok: false,
      kind: 'state',
      reason:
        'Cannot approve: the submission is received, where the possible actions are: allocate.',
    });
    expect(transition('marked', 'issue', lead, okFacts)).toMatchObject({
      reason:
        'Cannot issue: the submission is marked, where the possible actions are: ' +
        'reopen marking, request second marking, approve or return.',
    });
    expect(transition('revoked', 'revoke', lead, okFacts)).toMatchObject({
      reason: 'Cannot revoke: the submission is revoked, which is final.',
    });
  });
});

describe('who may act', () => {
  const allowedPairs = workflowActions.flatMap((action) =>
    Object.keys(expectedTargets[action])
      .filter(isSubmissionStatus)
      .map((from) => [from, action] as const),
  );
  const roles: readonly Role[] = ['assessor', 'lead', 'registrar'];

  it.each(allowedPairs)('%s × %s: each permitted role succeeds', (from, action) => {
    for (const role of expectedRoles[action]) {
      const actor = { id: permitted[action].id, roles: [role] } satisfies Actor;
      expect(transition(from, action, actor, okFacts).ok).toBe(true);
    }
  });

  it.each(allowedPairs)('%s × %s: every other role is refused by name', (from, action) => {
    const refused = roles.filter((role) => !expectedRoles[action].includes(role));
    const actors: Actor[] = [
      ...refused.map((role) => ({ id: permitted[action].id, roles: [role] })),
      { id: permitted[action].id, roles: [] },
    ];
    for (const actor of actors) {
      const result = transition(from, action, actor, okFacts);
      expect(result).toMatchObject({ ok: false, kind: 'role' });
      if (result.ok) continue;
      expect(result.reason).toContain(expectedWho[action]);
      const role = actor.roles[0];
      expect(result.reason).toContain(role === undefined ? 'you have no role' : `you are`);
      if (role !== undefined) expect(result.reason).toContain(role);
    }
  });

  it.each(['start_marking', 'finalise_marking', 'reopen_marking', 'resume_marking'] as const)(
    '%s is refused to an assessor who is not allocated',
    (action) => {
      const from = expectedFrom(action);
      for (const actor of [secondAssessor, nextAssessor]) {
        expect(transition(from, action, actor, okFacts)).toEqual({
          ok: false,
          kind: 'role',
          reason: `${expectedWho[action]}: this submission is allocated to another assessor.`,
        });
      }
      expect(transition(from, action, firstAssessor, { ...okFacts, assessorId: null })).toEqual({
        ok: false,
        kind: 'role',
        reason: `${expectedWho[action]}, and no assessor is allocated to this submission.`,
      });
    },
  );

  it('lets only the second assessor complete second marking', () => {
    expect(transition('second_marking', 'complete_second_marking', firstAssessor, okFacts)).toEqual(
      {
        ok: false,
        kind: 'role',
        reason:
          'Only the second assessor may complete second marking: another assessor is second-marking this submission.',
      },
    );
    const none = { ...okFacts, secondAssessorId: null };
    expect(transition('second_marking', 'complete_second_marking', secondAssessor, none)).toEqual({
      ok: false,
      kind: 'role',
      reason:
        'Only the second assessor may complete second marking, and no second assessor is assigned.',
    });
  });

  it('names every role the actor holds when refusing', () => {
    const both = { id: 'x', roles: ['assessor', 'registrar'] } satisfies Actor;
    expect(transition('received', 'allocate', both, okFacts)).toMatchObject({
      reason: 'Only a lead may allocate; you are an assessor and the registrar.',
    });
  });
});

describe('nobody approves their own marking', () => {
  const leadAndAssessor = (id: string): Actor => ({ id, roles: ['lead', 'assessor'] });

  it('refuses the first marker', () => {
    expect(transition('marked', 'approve', leadAndAssessor(FIRST), okFacts)).toEqual({
      ok: false,
      kind: 'role',
      reason: 'A lead other than the marker must approve: you marked this submission.',
    });
  });

  it('refuses the allocated assessor even when the marker is not recorded', () => {
    const facts = { ...okFacts, markerIds: { first: null, second: null } };
    expect(transition('marked', 'approve', leadAndAssessor(FIRST), facts)).toMatchObject({
      ok: false,
      kind: 'role',
    });
  });

  it('refuses a recorded first marker who is no longer allocated', () => {
    const facts = { ...okFacts, assessorId: NEXT };
    expect(transition('marked', 'approve', leadAndAssessor(FIRST), facts)).toMatchObject({
      reason: 'A lead other than the marker must approve: you marked this submission.',
    });
  });

  it('refuses the second marker', () => {
    const facts = { ...okFacts, markerIds: { first: FIRST, second: SECOND } };
    expect(transition('marked', 'approve', leadAndAssessor(SECOND), facts)).toEqual({
      ok: false,
      kind: 'role',
      reason: 'A lead other than the marker must approve: you second-marked this submission.',
    });
  });

  it('accepts a lead who marked neither round', () => {
    const facts = { ...okFacts, markerIds: { first: FIRST, second: SECOND } };
    expect(transition('marked', 'approve', lead, facts)).toEqual({ ok: true, to: 'approved' });
    expect(transition('marked', 'approve', leadAndAssessor(NEXT), facts)).toEqual({
      ok: true,
      to: 'approved',
    });
  });
});

describe('guards', () => {
  const guarded = workflowActions.flatMap((action) =>
    expectedGuards[action].flatMap((guard) =>
      breakers[guard].map((facts, i) => [action, guard, i, facts] as const),
    ),
  );

  it.each(guarded)('%s refuses when %s fails (case %i)', (action, guard, _i, facts) => {
    const from = expectedFrom(action);
    const result = transition(from, action, permitted[action], facts);
    expect(result).toMatchObject({ ok: false, kind: 'guard', guard });
    if (result.ok) return;
    expect(result.reason).toMatch(new RegExp(`^Cannot ${actionLabels[action]}: .+`));
  });

  it('says what is missing', () => {
    const approve = (facts: WorkflowFacts) => transition('approved', 'issue', lead, facts);
    expect(approve({ ...okFacts, decision: 'not_yet' })).toMatchObject({
      reason:
        'Cannot issue: the approved decision is not yet, which is final; the learner resubmits as a new attempt.',
    });
    expect(approve({ ...okFacts, reflectionMeets: false })).toMatchObject({
      reason:
        'Cannot issue: the reflection does not meet its pass rule, and no documented override was accepted.',
    });
    expect(
      approve({ ...okFacts, demonstrationMeets: false, reflectionMeets: false }),
    ).toMatchObject({
      reason:
        'Cannot issue: the demonstration and the reflection do not meet their pass rules, and no documented override was accepted.',
    });
    expect(transition('issued', 'revoke', registrar, { ...okFacts, reason: ' ' })).toMatchObject({
      reason: 'Cannot revoke: give a reason.',
    });
  });

  it('issues on an accepted override when the pass rules do not hold', () => {
    const facts = {
      ...okFacts,
      demonstrationMeets: false,
      reflectionMeets: false,
      overrideAccepted: true,
    };
    expect(transition('approved', 'issue', lead, facts)).toEqual({ ok: true, to: 'issued' });
  });

  it('never issues an approved not yet, override or not', () => {
    const facts = { ...okFacts, decision: 'not_yet', overrideAccepted: true } as const;
    for (const actor of everyone) {
      expect(transition('approved', 'issue', actor, facts).ok).toBe(false);
      expect(availableActions('approved', actor, facts)).toEqual([]);
    }
  });
});

describe('availableActions', () => {
  it('matches transition for every status, actor and set of facts', () => {
    for (const status of submissionStatuses) {
      for (const actor of everyone) {
        for (const facts of factSamples) {
          const expected = workflowActions.filter((a) => transition(status, a, actor, facts).ok);
          expect(availableActions(status, actor, facts)).toEqual(expected);
        }
      }
    }
  });

  it('offers each person what they may do', () => {
    expect(availableActions('allocated', lead, okFacts)).toEqual(['reallocate', 'unallocate']);
    expect(availableActions('allocated', firstAssessor, okFacts)).toEqual(['start_marking']);
    expect(availableActions('marked', firstAssessor, okFacts)).toEqual(['reopen_marking']);
    expect(availableActions('marked', lead, okFacts)).toEqual([
      'request_second_marking',
      'approve',
      'return',
    ]);
    expect(availableActions('approved', registrar, okFacts)).toEqual(['issue']);
  });
});

describe('refusals', () => {
  it('always carry a non-empty reason, and success always lands on the table target', () => {
    for (const [status, action] of statusActionPairs) {
      for (const actor of everyone) {
        for (const facts of factSamples) {
          const result = transition(status, action, actor, facts);
          if (result.ok) expect(result.to).toBe(expectedTargets[action][status]);
          else expect(result.reason.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('refuse values from outside the unions instead of throwing', () => {
    // @ts-expect-error — an untyped caller (bad data from disk or IPC)
    expect(transition('received', 'approve_all', lead, okFacts)).toMatchObject({ ok: false });
    // @ts-expect-error — an untyped caller (bad data from disk or IPC)
    expect(transition('draft', 'allocate', lead, okFacts)).toMatchObject({ ok: false });
  });
});

describe('a whole life', () => {
  it('walks received → … → revoked with second marking and a return', () => {
    const steps: readonly [WorkflowAction, Actor, WorkflowFacts, SubmissionStatus][] = [
      ['allocate', lead, { ...okFacts, assessorId: null, nextAssessorId: NEXT }, 'allocated'],
      ['reallocate', lead, { ...okFacts, assessorId: NEXT, nextAssessorId: FIRST }, 'allocated'],
      ['start_marking', firstAssessor, okFacts, 'in_marking'],
      ['finalise_marking', firstAssessor, okFacts, 'marked'],
      ['request_second_marking', lead, okFacts, 'second_marking'],
      ['return', lead, okFacts, 'returned'],
      ['resume_marking', firstAssessor, okFacts, 'in_marking'],
      ['finalise_marking', firstAssessor, okFacts, 'marked'],
      ['request_second_marking', lead, okFacts, 'second_marking'],
      ['complete_second_marking', secondAssessor, okFacts, 'marked'],
      ['approve', lead, { ...okFacts, markerIds: { first: FIRST, second: SECOND } }, 'approved'],
      ['issue', registrar, okFacts, 'issued'],
      ['revoke', lead, okFacts, 'revoked'],
    ];
    let status: SubmissionStatus = 'received';
    for (const [action, actor, facts, to] of steps) {
      expect(transition(status, action, actor, facts)).toEqual({ ok: true, to });
      status = to;
    }
    expect(status).toBe('revoked');
  });
});

/** The one status each single-source action leaves from (return is tested from both). */
function expectedFrom(action: WorkflowAction): SubmissionStatus {
  const from = Object.keys(expectedTargets[action]).find(isSubmissionStatus);
  if (from === undefined) throw new Error(`no expected source status for ${action}`);
  return from;
}
