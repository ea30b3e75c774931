import { describe, expect, it } from 'vitest';
import type { AchievementVersion } from '../domain/entities';
import {
  SAMPLE_ACHIEVEMENT,
  SAMPLE_IMAGES,
  SAMPLE_FRAMEWORKS,
  SAMPLE_PROGRAM,
  sampleVersion,
} from '../credentials/testing/sampleDefinitions';
import { buildDefinitionFile, parseDefinitionFile } from './definitionFile';
import type { DefinitionExport } from './definitionFile';
import type { DefinitionProblem } from './definitionProblem';
import { editJson, REMOVE } from './testing/editJson';

const V2_ID = 'c0000000-0000-4000-8000-000000000002';
const LATER = '2025-03-01T09:30:00.000Z';

function draftV2(overrides: Partial<AchievementVersion> = {}): AchievementVersion {
  return sampleVersion({
    id: V2_ID,
    version: 2,
    state: 'draft',
    publishedAt: null,
    updatedAt: LATER,
    ...overrides,
  });
}

function exportInput(versions = [draftV2(), sampleVersion()]): DefinitionExport {
  return {
    program: SAMPLE_PROGRAM,
    institutionFrameworks: [
      ...SAMPLE_FRAMEWORKS,
      { id: 'unused', kind: 'other', name: 'Unused', url: '', items: [] },
    ],
    achievements: [{ achievement: SAMPLE_ACHIEVEMENT, versions }],
    images: SAMPLE_IMAGES,
    exportedAt: LATER,
  };
}

function exportedText(input = exportInput()): string {
  const built = buildDefinitionFile(input);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.value.text;
}

/** The exported file as plain JSON, broken on purpose by `edits` (path → value). */
function brokenFile(edits: Readonly<Record<string, unknown>>): string {
  const json: unknown = JSON.parse(exportedText());
  for (const [path, value] of Object.entries(edits)) editJson(json, path, value);
  return JSON.stringify(json, null, 2);
}

function problemsOf(text: string): readonly DefinitionProblem[] {
  const parsed = parseDefinitionFile(text);
  if (parsed.ok) throw new Error('expected problems');
  return parsed.problems;
}

describe('buildDefinitionFile', () => {
  it('round-trips: what it writes, parse reads back unchanged', () => {
    const built = buildDefinitionFile(exportInput());
    if (!built.ok) throw new Error('build failed');
    const parsed = parseDefinitionFile(built.value.text);
    expect(parsed).toEqual({ ok: true, value: built.value.file });
    expect(built.value.file.achievements[0]?.versions[1]).toEqual(draftV2());
  });

  it('writes the same text whatever order the records come in', () => {
    const shuffled = exportInput([sampleVersion(), draftV2()]);
    const text = exportedText();
    expect(exportedText(shuffled)).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'formatVersion',
      'exportedAt',
      'program',
      'institutionFrameworks',
      'achievements',
      'images',
    ]);
    expect(text).toContain('\n  "format": "attest-definitions",\n');
  });

  it('writes versions in order and only the frameworks they align to', () => {
    const parsed = parseDefinitionFile(exportedText());
    if (!parsed.ok) throw new Error('parse failed');
    const file = parsed.value;
    // The sample aligns to the values framework only.
    expect(file.institutionFrameworks.map((f) => f.id)).toEqual([SAMPLE_FRAMEWORKS[0]?.id]);
    expect(file.achievements[0]?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('refuses to write a file that would not import', () => {
    const built = buildDefinitionFile(exportInput([sampleVersion({ humanCode: 'x'.repeat(65) })]));
    if (built.ok) throw new Error('expected problems');
    expect(built.problems.map((p) => p.path)).toEqual(['achievements.0.versions.0.humanCode']);
    expect(built.problems[0]?.message).toMatch(/64/);
  });

  it('accepts an unfinished draft: empty texts and URLs, a criterion without levels yet', () => {
    const rubric = sampleVersion().demonstrationRubric;
    const [first] = rubric.criteria;
    if (first === undefined) throw new Error('fixture has criteria');
    const unfinished = draftV2({
      name: '',
      criteriaNarrative: '',
      alignments: [],
      endorsements: [
        {
          id: 'e',
          organisation: '',
          url: '',
          contactName: '',
          contactEmail: '',
          statement: '',
          endorsedOn: '2025-01-01',
        },
      ],
      demonstrationRubric: { ...rubric, criteria: [{ ...first, levels: [] }] },
    });
    expect(parseDefinitionFile(exportedText(exportInput([sampleVersion(), unfinished]))).ok).toBe(
      true,
    );
  });
});

describe('parseDefinitionFile: not a readable file', () => {
  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "format": "attest-definitions",\n  "formatVersion": 1\n  "program": {}\n}';
    const [problem, ...more] = problemsOf(text);
    expect(more).toEqual([]);
    expect(problem?.path).toBe('');
    expect(problem?.message).toMatch(
      /^not valid JSON at line 4, column 3 \(character 60\): Expected ','/,
    );
    expect(problemsOf('{"format": }')[0]?.message).toBe(
      "not valid JSON at line 1, column 12 (character 12): Unexpected token '}'",
    );
    expect(problemsOf('')[0]?.message).toMatch(/^not valid JSON at line 1, column 1/);
    expect(problemsOf(exportedText().slice(0, 500))[0]?.message).toMatch(
      /^not valid JSON at line \d+/,
    );
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(parseDefinitionFile(`\uFEFF${exportedText()}`).ok).toBe(true);
  });

  it('says when the JSON is not an Attest definitions file', () => {
    expect(problemsOf('[1, 2]')).toEqual([
      {
        path: '',
        message: 'not an Attest definitions file (expected "format": "attest-definitions")',
      },
    ]);
    expect(problemsOf('{"format": "attest-backup"}')[0]?.path).toBe('format');
  });

  it('says a newer Attest made a file of a later format version', () => {
    const newer = brokenFile({ formatVersion: 2, somethingNew: true });
    expect(problemsOf(newer)).toEqual([
      {
        path: 'formatVersion',
        message:
          'made by a newer Attest (format version 2; this Attest reads version 1). Update Attest to import it.',
      },
    ]);
    const odd = brokenFile({ formatVersion: '1' });
    expect(problemsOf(odd)).toEqual([
      { path: 'formatVersion', message: 'unknown format version "1"' },
    ]);
  });
});

describe('parseDefinitionFile: every problem, with its path', () => {
  it('reports all shape problems at once', () => {
    const v = 'achievements.0.versions';
    const text = brokenFile({
      'program.name': REMOVE,
      'program.colour': 'teal',
      'program.createdAt': 'yesterday',
      [`${v}.0.image.sha256`]: 'ABC',
      [`${v}.0.alignments.1.targetUrl`]: 'javascript:alert(1)',
      [`${v}.0.endorsements.0.endorsedOn`]: '2025-02-30',
      [`${v}.0.endorsements.0.contactEmail`]: 'not an email',
      [`${v}.0.reflectionRubric.kind`]: 'demonstration',
      [`${v}.0.demonstrationRubric.criteria.1.weight`]: 0,
      [`${v}.1.demonstrationRubric.criteria.2.levels.0.points`]: '3',
      [`${v}.1.tags.0`]: 'two\nlines',
      [`${v}.1.achievementType`]: 'Badge',
      'achievements.0.achievement.id': '../../etc',
    });
    expect(problemsOf(text).map((p) => p.path)).toEqual([
      'program.name',
      'program.createdAt',
      'program.colour',
      'achievements.0.achievement.id',
      `${v}.0.image.sha256`,
      `${v}.0.alignments.1.targetUrl`,
      `${v}.0.endorsements.0.contactEmail`,
      `${v}.0.endorsements.0.endorsedOn`,
      `${v}.0.demonstrationRubric.criteria.1.weight`,
      `${v}.0.reflectionRubric.kind`,
      `${v}.1.tags.0`,
      `${v}.1.achievementType`,
      `${v}.1.demonstrationRubric.criteria.2.levels.0.points`,
    ]);
    const messages = new Map(problemsOf(text).map((p) => [p.path, p.message]));
    expect(messages.get('program.name')).toBe('is missing');
    expect(messages.get('program.colour')).toBe('is not a field of this record');
    expect(messages.get(`${v}.0.reflectionRubric.kind`)).toBe(
      "must be 'reflection': this is the reflection rubric",
    );
  });

  it('reports all cross-record problems at once', () => {
    const v = 'achievements.0.versions';
    const text = brokenFile({
      [`${v}.1.id`]: sampleVersion().id,
      [`${v}.0.achievementId`]: 'another-achievement',
      [`${v}.0.demonstrationRubric.criteria.2.levels`]: [],
      [`${v}.0.demonstrationRubric.criteria.1.levels.3.points`]: 0,
      [`${v}.0.demonstrationRubric.criteria.3.id`]: 'import-criterion',
      [`${v}.0.alignments.0.institutionFrameworkId`]: 'missing-framework',
      [`${v}.1.state`]: 'published',
      [`${v}.1.version`]: 3,
      [`${v}.1.publishedAt`]: LATER,
      'achievements.0.achievement.programId': 'another-program',
    });
    expect(problemsOf(text)).toEqual([
      {
        path: `${v}.1.id`,
        message: `duplicate version id "${sampleVersion().id}" (also at ${v}.0)`,
      },
      {
        path: 'achievements.0.achievement.programId',
        message: `belongs to program "another-program", not "${SAMPLE_PROGRAM.id}"`,
      },
      { path: v, message: 'published versions must be numbered 1, 2, 3… without gaps: missing 2' },
      {
        path: `${v}.0.achievementId`,
        message: `belongs to achievement "another-achievement" but is listed under "${SAMPLE_ACHIEVEMENT.id}"`,
      },
      {
        path: `${v}.0.alignments.0.institutionFrameworkId`,
        message: 'framework "missing-framework" is not in the file',
      },
      {
        path: `${v}.0.demonstrationRubric.criteria.3.id`,
        message:
          'duplicate criterion id "import-criterion" (also at ' +
          `${v}.0.demonstrationRubric.criteria.0)`,
      },
      {
        path: `${v}.0.demonstrationRubric.criteria.1.levels`,
        message: 'levels must run from lowest to highest points',
      },
      {
        path: `${v}.0.demonstrationRubric.criteria.2.levels`,
        message: 'a published criterion needs at least 2 levels (it has 0)',
      },
    ]);
  });

  it('reports a draft placed before a published version and a published version without its date', () => {
    const v = 'achievements.0.versions';
    const text = brokenFile({
      [`${v}.0.state`]: 'draft',
      [`${v}.1.state`]: 'published',
      [`${v}.1.publishedAt`]: LATER,
    });
    expect(problemsOf(text)).toEqual([
      { path: v, message: 'published versions must be numbered 1, 2, 3… without gaps: missing 1' },
      { path: `${v}.0.version`, message: 'draft version 1 comes before published version 2' },
      { path: `${v}.0.publishedAt`, message: 'a draft has no publishedAt' },
    ]);
  });
});

describe('badge images in definitions files', () => {
  it('carries the images the versions use and leaves the others out', () => {
    const unused = {
      sha256: 'b'.repeat(64),
      mediaType: 'image/svg+xml' as const,
      dataBase64: 'PHN2Zz4=',
    };
    const built = buildDefinitionFile({ ...exportInput(), images: [...SAMPLE_IMAGES, unused] });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.value.file.images.map((image) => image.sha256)).toEqual(['a'.repeat(64)]);
  });

  it('refuses a file whose version names an image it does not carry', () => {
    const built = buildDefinitionFile({ ...exportInput(), images: [] });
    expect(built.ok).toBe(false);
    if (!built.ok) {
      expect(built.problems).toContainEqual({
        path: 'achievements.0.versions.0.image',
        message: 'names a badge image the file does not include',
      });
    }
  });
});
