import { describe, expect, it } from 'vitest';
import { publishCheck } from '../../../../shared/domain/definitions';
import type { Clock } from './model';
import {
  achievementStatus,
  describeStatus,
  duplicateAchievement,
  duplicateProgram,
  newAchievement,
  newProgram,
  validateProgramDraft,
} from './model';

function counterClock(): Clock {
  let n = 0;
  return { newId: () => `id-${(n += 1).toString()}`, now: () => '2026-11-28T12:00:00.000Z' };
}

describe('programs model', () => {
  it('validates a program draft', () => {
    expect(validateProgramDraft({ name: 'Data', code: 'MC-DATA', description: '' })).toEqual({});
    expect(
      Object.keys(validateProgramDraft({ name: ' ', code: 'has space', description: '' })).sort(),
    ).toEqual(['code', 'name']);
  });

  it('creates a trimmed program', () => {
    expect(
      newProgram({ name: ' Data ', code: ' MC ', description: ' d ' }, counterClock()),
    ).toMatchObject({
      name: 'Data',
      code: 'MC',
      description: 'd',
      retiredAt: null,
    });
  });

  it('starts a new achievement as a draft v1 with both rubrics, unique ids and the framework rules still to meet', () => {
    const { achievement, version } = newAchievement(
      'p1',
      { name: 'Stats', humanCode: 'MC-1' },
      counterClock(),
    );
    expect(version).toMatchObject({
      achievementId: achievement.id,
      programId: 'p1',
      version: 1,
      state: 'draft',
    });
    expect(version.demonstrationRubric.kind).toBe('demonstration');
    expect(version.reflectionRubric).toMatchObject({ kind: 'reflection', model: 'DEAL' });
    const ids = [
      ...version.demonstrationRubric.criteria.flatMap((c) => [c.id, ...c.levels.map((l) => l.id)]),
      ...version.reflectionRubric.criteria.flatMap((c) => [c.id, ...c.levels.map((l) => l.id)]),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const failing = publishCheck(version, { institutionFrameworkIds: new Set() }).filter(
      (r) => !r.passed,
    );
    expect(failing.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        'endorsement',
        'institution_alignment',
        'badge_image',
        'criteria_narrative',
      ]),
    );
  });

  it('duplicates into an independent draft with new ids', () => {
    const clock = counterClock();
    const { version } = newAchievement('p1', { name: 'Stats', humanCode: 'MC-1' }, clock);
    const published = {
      ...version,
      state: 'published' as const,
      publishedAt: '2026-01-01T00:00:00Z',
      version: 3,
    };
    const copy = duplicateAchievement(published, 'p2', clock);
    expect(copy.version).toMatchObject({
      version: 1,
      state: 'draft',
      programId: 'p2',
      name: 'Stats (copy)',
      humanCode: 'MC-1-COPY',
      publishedAt: null,
    });
    expect(copy.version.id).not.toBe(version.id);
    expect(copy.version.achievementId).toBe(copy.achievement.id);
    expect(copy.version.demonstrationRubric).not.toBe(published.demonstrationRubric);
  });

  it('summarises versions for lists', () => {
    const { version } = newAchievement('p1', { name: 'S', humanCode: 'C' }, counterClock());
    const v1 = { ...version, state: 'published' as const };
    const v2 = { ...version, version: 2 };
    expect(achievementStatus([])).toBeNull();
    expect(describeStatus(achievementStatus([version]) ?? { kind: 'draft', version: 0 })).toBe(
      'Draft v1',
    );
    expect(achievementStatus([v1])).toEqual({ kind: 'published', version: 1 });
    expect(achievementStatus([v1, v2])).toEqual({
      kind: 'published-with-draft',
      version: 1,
      draft: 2,
    });
    expect(describeStatus({ kind: 'published-with-draft', version: 1, draft: 2 })).toBe(
      'Published v1 · draft v2',
    );
  });

  it('duplicates a whole program: new ids, each latest version as an unmarked draft v1', () => {
    const clock = counterClock();
    const program = newProgram({ name: 'Data', code: 'MC-DATA', description: 'd' }, clock);
    const a = newAchievement(program.id, { name: 'Stats', humanCode: 'MC-1' }, clock).version;
    const b = {
      ...newAchievement(program.id, { name: 'Viz', humanCode: 'MC-2' }, clock).version,
      state: 'published' as const,
      version: 2,
    };
    const copy = duplicateProgram(program, [a, b], clock);
    expect(copy.program).toMatchObject({
      name: 'Data (copy)',
      code: 'MC-DATA-COPY',
      description: 'd',
    });
    expect(copy.program.id).not.toBe(program.id);
    expect(
      copy.versions.map((v) => [v.name, v.humanCode, v.version, v.state, v.programId]),
    ).toEqual([
      ['Stats', 'MC-1', 1, 'draft', copy.program.id],
      ['Viz', 'MC-2', 1, 'draft', copy.program.id],
    ]);
    expect(copy.versions.map((v) => v.achievementId)).toEqual(copy.achievements.map((x) => x.id));
  });
});
