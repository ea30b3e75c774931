import { describe, expect, it } from 'vitest';
import type { AchievementVersion, Alignment, Endorsement } from '../entities';
import {
  canPublish,
  isCalendarDate,
  isWebAddress,
  publishCheck,
  publishRuleIds,
  type PublishRuleId,
} from './publishCheck';
import { seedProgram } from './seedProgram';

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

const seed = seedProgram({ newId: counter(), now: '2025-03-09T14:30:00.000Z' });
const ready: AchievementVersion = {
  ...seed.version,
  image: { sha256: 'b'.repeat(64), mediaType: 'image/svg+xml', width: 400, height: 400 },
};
const context = { institutionFrameworkIds: new Set(seed.institutionFrameworks.map((f) => f.id)) };
const [endorsement] = ready.endorsements;
const [alignment] = ready.alignments;

function failures(
  version: AchievementVersion,
  ctx = context,
): Partial<Record<PublishRuleId, string>> {
  return Object.fromEntries(
    publishCheck(version, ctx)
      .filter((r) => !r.passed)
      .map((r) => [r.rule, r.fix ?? '']),
  );
}

function withEndorsement(change: Partial<Endorsement>): AchievementVersion {
  return endorsement === undefined
    ? ready
    : { ...ready, endorsements: [{ ...endorsement, ...change }] };
}

function withAlignment(change: Partial<Alignment>): AchievementVersion {
  return alignment === undefined ? ready : { ...ready, alignments: [{ ...alignment, ...change }] };
}

describe('publishCheck', () => {
  it('passes a complete version, listing every rule in order with a label and no fix', () => {
    const results = publishCheck(ready, context);
    expect(results.map((r) => r.rule)).toEqual(publishRuleIds);
    for (const r of results) {
      expect(r.passed).toBe(true);
      expect(r.label.trim()).not.toBe('');
      expect(r.fix).toBeUndefined();
    }
    expect(canPublish(results)).toBe(true);
  });

  it('needs a name, a code, an image and a criteria narrative', () => {
    expect(
      failures({ ...ready, name: ' ', humanCode: '', image: null, criteriaNarrative: '\n' }),
    ).toEqual({
      name: 'Give the micro-credential a name.',
      human_code: 'Give the micro-credential a code, e.g. MC-SAS-101.',
      badge_image: 'Add a badge image (PNG or SVG).',
      criteria_narrative:
        'Write the criteria narrative: what a learner must do to earn this micro-credential.',
    });
  });

  it('needs at least one endorsement, and every endorsement complete', () => {
    expect(failures({ ...ready, endorsements: [] }).endorsement).toMatch(/^Add an endorsement/);
    expect(failures(withEndorsement({ statement: '', endorsedOn: '2025-02-30' }))).toEqual({
      endorsement:
        "Complete the endorsement from 'Example Analytics Ltd.': add a statement, the date endorsed (YYYY-MM-DD).",
    });
    expect(failures(withEndorsement({ organisation: '', url: 'example.com' })).endorsement).toBe(
      'Complete the endorsement from a partner: add the organisation, a valid web address.',
    );
  });

  it('checks both rubrics and returns their problems with paths', () => {
    const broken = { ...ready.demonstrationRubric, criteria: [] };
    const [demo] = publishCheck({ ...ready, demonstrationRubric: broken }, context).filter(
      (r) => !r.passed,
    );
    expect(demo).toMatchObject({
      rule: 'demonstration_rubric',
      fix: 'Add at least one criterion.',
      problems: [{ path: 'demonstrationRubric.criteria', message: 'Add at least one criterion.' }],
    });
    const swapped = { ...ready, reflectionRubric: { ...ready.demonstrationRubric, title: '' } };
    expect(failures(swapped).reflection_rubric).toBe(
      'Give the rubric a title; and 1 more problem.',
    );
  });

  it('needs an alignment to an institution framework that still exists', () => {
    const external = ready.alignments.filter((a) => a.institutionFrameworkId === null);
    expect(failures({ ...ready, alignments: external }).institution_alignment).toMatch(
      /^Align the micro-credential with at least one of the institution’s frameworks/,
    );
    const none = { institutionFrameworkIds: new Set<string>() };
    expect(failures(ready, none).institution_alignment).toMatch(
      /points to an institution framework that no longer exists/,
    );
  });

  it('needs every alignment to have a name and a web address', () => {
    expect(failures(withAlignment({ targetUrl: 'not a url' }))).toEqual({
      alignments_complete:
        "Give the alignment 'Data literacy' a name and a web address (https://…).",
    });
    expect(failures(withAlignment({ targetName: '' })).alignments_complete).toMatch(
      /an unnamed alignment/,
    );
  });

  it('never publishes on an empty result list', () => {
    expect(canPublish([])).toBe(false);
  });
});

describe('isCalendarDate and isWebAddress', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it.each([
    ['https://www.example.edu/values#v1', true],
    ['http://localhost:8080', true],
    ['ftp://example.com', false],
    ['https://', false],
    ['www.example.com', false],
  ])('%s is a web address: %s', (text, expected) => {
    expect(isWebAddress(text)).toBe(expected);
  });
});
