import { describe, expect, it } from 'vitest';
import type { AchievementVersion } from '../entities';
import type { Rubric, RubricCriterion } from '../rubric';
import { describeChange, diffVersions } from './diffVersions';
import { kemberRubric } from './rubricPresets';
import { seedProgram } from './seedProgram';

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const a = seedProgram({ newId: counter(), now: '2025-03-09T14:30:00.000Z' }).version;
const demo = a.demonstrationRubric;
function four<T>(items: readonly T[]): [T, T, T, T] {
  const [w, x, y, z] = items;
  if (w === undefined || x === undefined || y === undefined || z === undefined) {
    throw new Error('the seed no longer has four of these');
  }
  return [w, x, y, z];
}

const [c0, c1, c2, c3] = four(demo.criteria);
const [alignment] = a.alignments;
const [endorsement] = a.endorsements;

function withDemo(change: Partial<Rubric>): AchievementVersion {
  return { ...a, demonstrationRubric: { ...demo, ...change } };
}

function withC0(change: (c: RubricCriterion) => RubricCriterion): AchievementVersion {
  return withDemo({ criteria: [change(c0), c1, c2, c3] });
}

describe('diffVersions', () => {
  it('finds nothing between a version and itself, nor in bookkeeping fields', () => {
    expect(diffVersions(a, a)).toEqual([]);
    expect(
      diffVersions(a, { ...a, id: 'x', version: 9, state: 'published', updatedAt: 'later' }),
    ).toEqual([]);
  });

  it('reports scalar fields, tags and the image', () => {
    const b = {
      ...a,
      name: 'Statistical Software',
      hours: 40,
      tags: [...a.tags.slice(1), 'SPSS'],
      image: { sha256: 'f'.repeat(64), mediaType: 'image/png', width: 1, height: 1 },
    } satisfies AchievementVersion;
    expect(diffVersions(a, b)).toEqual([
      {
        path: 'name',
        label: 'Name',
        kind: 'changed',
        before: 'Statistical Analysis Software',
        after: 'Statistical Software',
      },
      { path: 'hours', label: 'Hours', kind: 'changed', before: 45, after: 40 },
      { path: 'image', label: 'Badge image', kind: 'added', after: 'f'.repeat(64) },
      { path: 'tags', label: 'Tag', kind: 'removed', before: 'data analysis' },
      { path: 'tags', label: 'Tag', kind: 'added', after: 'SPSS' },
    ]);
    expect(diffVersions(b, { ...b, image: null })).toMatchObject([
      { path: 'image', kind: 'removed' },
    ]);
  });

  it('matches alignments and endorsements by id', () => {
    if (alignment === undefined || endorsement === undefined) throw new Error('seed changed');
    const b: AchievementVersion = {
      ...a,
      alignments: [{ ...alignment, targetName: 'Data fluency' }, ...a.alignments.slice(2)],
      endorsements: [
        { ...endorsement, statement: 'Endorsed.' },
        { ...endorsement, id: 'e2', organisation: 'Second Ltd.' },
      ],
    };
    const changes = diffVersions(a, b);
    expect(changes).toContainEqual({
      path: `alignments.${alignment.id}.targetName`,
      label: "Alignment 'Data literacy': name",
      kind: 'changed',
      before: 'Data literacy',
      after: 'Data fluency',
    });
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: 'removed',
        label: 'Alignment',
        before: 'Career-ready graduates',
      }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({
        path: `endorsements.${endorsement.id}.statement`,
        kind: 'changed',
      }),
    );
    expect(changes).toContainEqual({
      path: 'endorsements.e2',
      label: 'Endorsement',
      kind: 'added',
      after: 'Second Ltd.',
    });
  });

  it('reports criterion fields, additions, removals and reordering', () => {
    const edited = withC0((c) => ({ ...c, title: 'Data cleaning', required: false, weight: 1.5 }));
    expect(diffVersions(a, edited).map((c) => [c.path, c.before, c.after])).toEqual([
      [`demonstrationRubric.criteria.${c0.id}.title`, 'Data preparation', 'Data cleaning'],
      [`demonstrationRubric.criteria.${c0.id}.required`, true, false],
      [`demonstrationRubric.criteria.${c0.id}.weight`, 1, 1.5],
    ]);
    const reshaped = withDemo({ criteria: [c1, c0, c3, { ...c2, id: 'new' }] });
    expect(diffVersions(a, reshaped).map((c) => [c.kind, c.label, c.before ?? c.after])).toEqual([
      ['removed', 'Demonstration rubric › criterion', 'Running and interpreting output'],
      ['added', 'Demonstration rubric › criterion', 'Running and interpreting output'],
      [
        'changed',
        'Demonstration rubric › criterion: order',
        'Data preparation, Choosing the analysis, Communicating results',
      ],
    ]);
  });

  it('reports level fields, a new level and reordered levels', () => {
    const [l0, l1, l2, l3] = four(c0.levels);
    const edited = withC0((c) => ({
      ...c,
      levels: [
        l1,
        l0,
        { ...l2, points: 3.5, descriptor: 'Clean.', commentBank: ['Well documented.'] },
        l3,
        { ...l3, id: 'l5', title: 'Outstanding' },
      ],
    }));
    const label = "Demonstration rubric › criterion 'Data preparation' › level";
    expect(diffVersions(a, edited).map((c) => [c.label, c.kind, c.after])).toEqual([
      [`${label} 'Proficient': descriptor`, 'changed', 'Clean.'],
      [`${label} 'Proficient': points`, 'changed', 3.5],
      [`${label} 'Proficient': comment bank`, 'changed', 'Well documented.'],
      [label, 'added', 'Outstanding'],
      [`${label}: order`, 'changed', 'Developing, Not yet, Proficient, Exemplary'],
    ]);
  });

  it('reports the pass rule by level name and total, and a replaced reflection rubric', () => {
    const stricter = withDemo({ passRule: { minLevelIndex: 2, minTotal: 16 } });
    expect(diffVersions(a, stricter)).toEqual([
      {
        path: 'demonstrationRubric.passRule.minLevelIndex',
        label: 'Demonstration rubric: pass rule level',
        kind: 'changed',
        before: 'Developing',
        after: 'Proficient',
      },
      {
        path: 'demonstrationRubric.passRule.minTotal',
        label: 'Demonstration rubric: pass rule minimum total',
        kind: 'changed',
        before: 15,
        after: 16,
      },
    ]);
    const kember = { ...kemberRubric(counter('k')), id: a.reflectionRubric.id };
    const changes = diffVersions(a, { ...a, reflectionRubric: kember });
    expect(changes.filter((c) => c.kind === 'removed')).toHaveLength(3);
    expect(changes.filter((c) => c.kind === 'added')).toHaveLength(4);
    expect(changes).toContainEqual(
      expect.objectContaining({ path: 'reflectionRubric.model', before: 'DEAL', after: 'Kember' }),
    );
  });
});

describe('describeChange', () => {
  it('writes one readable line per kind', () => {
    expect(
      describeChange({ path: 'name', label: 'Name', kind: 'changed', before: 'A', after: 'B' }),
    ).toBe("Name changed from 'A' to 'B'");
    expect(
      describeChange({
        path: 'x',
        label: "Demonstration rubric › criterion 'Data' › level",
        kind: 'added',
        after: 'Top',
      }),
    ).toBe("Added demonstration rubric › criterion 'Data' › level 'Top'");
    expect(describeChange({ path: 'x', label: 'Tag', kind: 'removed', before: 'stats' })).toBe(
      "Removed tag 'stats'",
    );
    expect(
      describeChange({ path: 'h', label: 'Hours', kind: 'changed', before: null, after: 40 }),
    ).toBe('Hours changed from (none) to 40');
    expect(
      describeChange({ path: 'r', label: 'Required', kind: 'changed', before: true, after: false }),
    ).toBe('Required changed from yes to no');
    expect(
      describeChange({
        path: 's',
        label: 'Statement',
        kind: 'changed',
        before: 'x'.repeat(100),
        after: '',
      }),
    ).toBe(`Statement changed from '${'x'.repeat(79)}…' to (none)`);
  });
});
