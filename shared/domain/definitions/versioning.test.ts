import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AchievementVersion } from '../entities';
import { seedProgram } from './seedProgram';
import {
  assertEditable,
  diffVersions,
  isFrozen,
  newDraftFrom,
  publish,
  VersionError,
  type VersionErrorCode,
} from './versioning';

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

const now = '2025-03-09T14:30:00.000Z';
const later = '2025-06-01T09:00:00.000Z';
const seed = seedProgram({ newId: counter(), now });
const draft: AchievementVersion = {
  ...seed.version,
  image: { sha256: 'c'.repeat(64), mediaType: 'image/png', width: 600, height: 600 },
};
const context = { institutionFrameworkIds: new Set(seed.institutionFrameworks.map((f) => f.id)) };

function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null) return into;
  into.add(value);
  const children: unknown[] = Object.values(value);
  for (const child of children) objectsIn(child, into);
  return into;
}

function sharedObjects(a: unknown, b: unknown): object[] {
  const inB = objectsIn(b);
  return [...objectsIn(a)].filter((o) => inB.has(o));
}

function refusal(action: () => unknown): VersionErrorCode {
  try {
    action();
  } catch (error) {
    if (error instanceof VersionError) return error.code;
    throw error;
  }
  throw new Error('expected a VersionError');
}

describe('publish', () => {
  const published = publish(draft, later, context);

  it('returns a published copy and leaves the draft as it was', () => {
    expect(published).toEqual({
      ...draft,
      state: 'published',
      publishedAt: later,
      updatedAt: later,
    });
    expect(draft.state).toBe('draft');
    expect(isFrozen(draft)).toBe(false);
    expect(isFrozen(published)).toBe(true);
    expect(sharedObjects(published, draft)).toEqual([]);
  });

  it('freezes the copy all the way down', () => {
    for (const object of objectsIn(published)) expect(Object.isFrozen(object)).toBe(true);
    const level = published.demonstrationRubric.criteria[0]?.levels[0];
    expect(level && Reflect.set(level, 'points', 99)).toBe(false);
    expect(level?.points).toBe(1);
  });

  it('refuses edits, a second publish, and a version that fails the publish check', () => {
    expect(() => {
      assertEditable(draft);
    }).not.toThrow();
    expect(
      refusal(() => {
        assertEditable(published);
      }),
    ).toBe('frozen');
    expect(() => {
      assertEditable(published);
    }).toThrow("Version 1 of 'Statistical Analysis Software' is published and cannot be changed");
    expect(refusal(() => publish(published, later, context))).toBe('already_published');
    expect(refusal(() => publish({ ...draft, image: null }, later, context))).toBe(
      'publish_check_failed',
    );
  });

  it('says which rules failed', () => {
    try {
      publish({ ...draft, image: null, endorsements: [] }, later, context);
    } catch (error) {
      expect(error).toBeInstanceOf(VersionError);
      if (!(error instanceof VersionError)) return;
      expect(error.failures.map((f) => f.rule)).toEqual(['endorsement', 'badge_image']);
      expect(error.message).toBe(
        "Version 1 of 'Statistical Analysis Software' cannot be published until these pass: Endorsed by an industry partner; Has a badge image.",
      );
    }
    expect.assertions(3);
  });

  it('treats a version with a publish date as frozen even if its state says draft', () => {
    expect(isFrozen({ ...draft, publishedAt: later })).toBe(true);
  });
});

describe('newDraftFrom', () => {
  const published = publish(draft, later, context);
  const next = newDraftFrom(published, { newId: counter('next'), now: '2025-07-01T00:00:00.000Z' });

  it('makes version + 1 of the same achievement, as an editable draft with a new id', () => {
    expect(next).toMatchObject({
      id: 'next-1',
      achievementId: published.achievementId,
      programId: published.programId,
      version: 2,
      state: 'draft',
      publishedAt: null,
      createdAt: '2025-07-01T00:00:00.000Z',
      updatedAt: '2025-07-01T00:00:00.000Z',
    });
    expect(() => {
      assertEditable(next);
    }).not.toThrow();
    expect(diffVersions(published, next)).toEqual([]);
  });

  it('shares no object with the published version, and is not frozen', () => {
    expect(sharedObjects(next, published)).toEqual([]);
    expect(Object.isFrozen(next.demonstrationRubric.criteria)).toBe(false);
  });

  it('refuses to start a draft from a draft', () => {
    expect(refusal(() => newDraftFrom(draft, { newId: counter(), now }))).toBe('not_published');
  });

  it('publish → new draft → publish keeps every version independent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), (rounds) => {
        const versions: AchievementVersion[] = [publish(draft, later, context)];
        for (let i = 0; i < rounds; i += 1) {
          const last = versions.at(-1);
          if (last === undefined) return;
          const edited = {
            ...newDraftFrom(last, { newId: counter(`v${i}`), now }),
            name: `Name ${i}`,
          };
          versions.push(publish(edited, later, context));
        }
        expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
        expect(new Set(versions.map((v) => v.id)).size).toBe(versions.length);
        versions.slice(1).forEach((v, i) => {
          expect(sharedObjects(v, versions[i])).toEqual([]);
          expect(diffVersions(versions[i] ?? v, v).map((c) => c.path)).toEqual(['name']);
        });
      }),
      { numRuns: 20 },
    );
  });
});
