import { describe, expect, it } from 'vitest';
import type { BadgeImage } from '../entities';
import { canPublish, publishCheck } from './publishCheck';
import { seedProgram } from './seedProgram';
import { validateRubric } from './validateRubric';
import { publish } from './versioning';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const now = '2025-03-09T14:30:00.000Z';
const image: BadgeImage = {
  sha256: 'a'.repeat(64),
  mediaType: 'image/png',
  width: 512,
  height: 512,
};

function idsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return into;
  if ('id' in value && typeof value.id === 'string') into.push(value.id);
  const children: unknown[] = Object.values(value);
  for (const child of children) idsIn(child, into);
  return into;
}

describe('seedProgram', () => {
  const seed = seedProgram({ newId: counter(), now });
  const context = { institutionFrameworkIds: new Set(seed.institutionFrameworks.map((f) => f.id)) };

  it('fails the publish check on the badge image only', () => {
    const failed = publishCheck(seed.version, context).filter((r) => !r.passed);
    expect(failed.map((r) => r.rule)).toEqual(['badge_image']);
  });

  it('publishes once the image is added', () => {
    const withImage = { ...seed.version, image };
    expect(canPublish(publishCheck(withImage, context))).toBe(true);
    expect(publish(withImage, now, context)).toMatchObject({
      state: 'published',
      publishedAt: now,
    });
  });

  it('describes Statistical Analysis Software with valid rubrics', () => {
    const { version } = seed;
    expect(version).toMatchObject({
      name: 'Statistical Analysis Software',
      humanCode: 'MC-SAS-101',
      state: 'draft',
      version: 1,
      achievementType: 'MicroCredential',
      image: null,
    });
    expect(version.demonstrationRubric.criteria.map((c) => c.title)).toEqual([
      'Data preparation',
      'Choosing the analysis',
      'Running and interpreting output',
      'Communicating results',
    ]);
    expect(version.demonstrationRubric.criteria.every((c) => c.levels.length === 4)).toBe(true);
    expect(version.reflectionRubric.model).toBe('DEAL');
    expect(validateRubric(version.demonstrationRubric, { expectedKind: 'demonstration' })).toEqual(
      [],
    );
    expect(validateRubric(version.reflectionRubric, { expectedKind: 'reflection' })).toEqual([]);
    expect(version.criteriaNarrative).toContain(
      "every required criterion at 'Developing' or above, and a total of at least 15 of 20",
    );
  });

  it('links program, achievement and version, and aligns to two institution frameworks and one skills framework', () => {
    expect(seed.achievement.programId).toBe(seed.program.id);
    expect(seed.version).toMatchObject({
      achievementId: seed.achievement.id,
      programId: seed.program.id,
    });
    expect(seed.institutionFrameworks.map((f) => f.kind)).toEqual([
      'values',
      'strategic-plan',
      'digital-learning-strategy',
    ]);
    const institutional = seed.version.alignments.filter((a) => a.institutionFrameworkId !== null);
    expect(new Set(institutional.map((a) => a.institutionFrameworkId)).size).toBe(2);
    for (const a of institutional)
      expect(context.institutionFrameworkIds.has(a.institutionFrameworkId ?? '')).toBe(true);
    expect(seed.version.alignments.filter((a) => a.institutionFrameworkId === null)).toHaveLength(
      1,
    );
  });

  it('marks the endorsement as a fictional example, dated the day it was loaded', () => {
    expect(seed.version.endorsements).toHaveLength(1);
    expect(seed.version.endorsements[0]).toMatchObject({
      organisation: 'Example Analytics Ltd.',
      endorsedOn: '2025-03-09',
      statement: expect.stringContaining('fictional partner') as string,
    });
  });

  it('uses a fresh id for every record and is deterministic given its inputs', () => {
    const ids = idsIn(seed);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seedProgram({ newId: counter(), now })).toEqual(seed);
  });
});
