import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from './entities';
import {
  availableActions,
  submissionStatuses,
  transition,
  workflowActions,
  workflowTable,
  type Actor,
  type SubmissionStatus,
  type WorkflowFacts,
} from './workflow';

const ids = ['lead-1', 'assessor-1', 'assessor-2', 'assessor-3', 'registrar-1'] as const;
const roles: readonly Role[] = ['assessor', 'lead', 'registrar'];

const id = fc.constantFrom(...ids);
const actorArb: fc.Arbitrary<Actor> = fc.record({ id, roles: fc.subarray([...roles]) });
const factsArb: fc.Arbitrary<WorkflowFacts> = fc.record({
  assessorId: fc.option(id, { nil: null }),
  secondAssessorId: fc.option(id, { nil: null }),
  markerIds: fc.record({
    first: fc.option(id, { nil: null }),
    second: fc.option(id, { nil: null }),
  }),
  decision: fc.constantFrom('meets' as const, 'not_yet' as const, null),
  demonstrationMeets: fc.boolean(),
  reflectionMeets: fc.boolean(),
  overrideAccepted: fc.boolean(),
  reason: fc.constantFrom(undefined, '', ' ', 'Plagiarised evidence.'),
  nextAssessorId: fc.option(id, { nil: undefined }),
});
const stepArb = fc.record({
  // Half the steps pick among the actions that would succeed, so walks go deep.
  preferAvailable: fc.boolean(),
  pick: fc.nat(),
  action: fc.constantFrom(...workflowActions),
  actor: actorArb,
  facts: factsArb,
});

describe('random walks from received', () => {
  it('stay inside the status list, obey the table, and stop at revoked', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        let status: SubmissionStatus = 'received';
        for (const step of steps) {
          const offered = availableActions(status, step.actor, step.facts);
          const action = step.preferAvailable
            ? (offered[step.pick % Math.max(offered.length, 1)] ?? step.action)
            : step.action;
          const result = transition(status, action, step.actor, step.facts);
          expect(result.ok).toBe(offered.includes(action));
          if (status === 'revoked') expect(result).toMatchObject({ ok: false, kind: 'state' });
          if (!result.ok) {
            expect(result.reason.trim()).not.toBe('');
            continue;
          }
          expect(submissionStatuses).toContain(result.to);
          expect(result.to).toBe(workflowTable[action].to);
          status = result.to;
        }
        expect(submissionStatuses).toContain(status);
      }),
      { numRuns: 500 },
    );
  });

  it('reach revoked, and nothing leaves it', () => {
    // A cooperative world: each step, someone who may act does.
    const people: readonly Actor[] = [
      { id: 'lead-1', roles: ['lead'] },
      { id: 'assessor-1', roles: ['assessor'] },
      { id: 'assessor-2', roles: ['assessor'] },
      { id: 'registrar-1', roles: ['registrar'] },
    ];
    const facts: WorkflowFacts = {
      assessorId: 'assessor-1',
      secondAssessorId: 'assessor-2',
      markerIds: { first: 'assessor-1', second: null },
      decision: 'meets',
      demonstrationMeets: true,
      reflectionMeets: true,
      overrideAccepted: false,
      reason: 'Issued in error.',
      nextAssessorId: 'assessor-3',
    };
    let revoked = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 200, maxLength: 200 }), (picks) => {
        let status: SubmissionStatus = 'received';
        for (const pick of picks) {
          const choices = people.flatMap((actor) =>
            availableActions(status, actor, facts).map((action) => ({ actor, action })),
          );
          const choice = choices[pick % Math.max(choices.length, 1)];
          if (choice === undefined) break;
          const result = transition(status, choice.action, choice.actor, facts);
          if (!result.ok) throw new Error(result.reason);
          status = result.to;
        }
        // Someone here can always act except in revoked, where nobody can.
        if (status === 'revoked') {
          revoked += 1;
          for (const actor of people) expect(availableActions(status, actor, facts)).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
    expect(revoked).toBeGreaterThan(100);
  });
});

describe('revoked', () => {
  it('is terminal for every actor, action and set of facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...workflowActions),
        actorArb,
        factsArb,
        (action, actor, facts) => {
          const result = transition('revoked', action, actor, facts);
          expect(result).toMatchObject({ ok: false, kind: 'state' });
          expect(availableActions('revoked', actor, facts)).toEqual([]);
        },
      ),
    );
  });
});

describe('availableActions', () => {
  it('is exactly the actions transition accepts, for any input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...submissionStatuses),
        actorArb,
        factsArb,
        (status, actor, facts) => {
          const accepted = workflowActions.filter((a) => transition(status, a, actor, facts).ok);
          expect(availableActions(status, actor, facts)).toEqual(accepted);
        },
      ),
    );
  });
});
