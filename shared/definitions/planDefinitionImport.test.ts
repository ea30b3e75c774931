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
import type { DefinitionFile } from './definitionSchemas';
import { planDefinitionImport } from './planDefinitionImport';
import type { DefinitionImportPlan, ExistingDefinitions, PlanStep } from './planDefinitionImport';

const V2_ID = 'c0000000-0000-4000-8000-000000000002';
const EARLIER = '2025-02-01T00:00:00.000Z';
const LATER = '2025-03-01T00:00:00.000Z';

const draftV2 = (overrides: Partial<AchievementVersion> = {}): AchievementVersion =>
  sampleVersion({
    id: V2_ID,
    version: 2,
    state: 'draft',
    publishedAt: null,
    updatedAt: EARLIER,
    ...overrides,
  });

/** A file as it arrives: built, written as text, parsed back. */
function fileWith(
  versions: readonly AchievementVersion[] = [sampleVersion(), draftV2()],
): DefinitionFile {
  const built = buildDefinitionFile({
    program: SAMPLE_PROGRAM,
    institutionFrameworks: SAMPLE_FRAMEWORKS,
    achievements: [{ achievement: SAMPLE_ACHIEVEMENT, versions }],
    images: SAMPLE_IMAGES,
    exportedAt: LATER,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const parsed = parseDefinitionFile(built.value.text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const EMPTY: ExistingDefinitions = {
  programs: [],
  institutionFrameworks: [],
  achievements: [],
  versions: [],
};

/** What the renderer's transaction does: put every record of `writes`, by id. */
function apply(existing: ExistingDefinitions, plan: DefinitionImportPlan): ExistingDefinitions {
  const put = <T extends { id: string }>(stored: readonly T[], written: readonly T[]): T[] => [
    ...stored.filter((record) => !written.some((w) => w.id === record.id)),
    ...written,
  ];
  return {
    programs: put(existing.programs, plan.writes.programs),
    institutionFrameworks: put(existing.institutionFrameworks, plan.writes.institutionFrameworks),
    achievements: put(existing.achievements, plan.writes.achievements),
    versions: put(existing.versions, plan.writes.versions),
  };
}

function actions(plan: DefinitionImportPlan): string[] {
  return plan.steps.map((step: PlanStep) => `${step.kind} ${step.path}: ${step.action}`);
}

function writeCount(plan: DefinitionImportPlan): number {
  return Object.values(plan.writes).reduce((sum, records) => sum + records.length, 0);
}

describe('planDefinitionImport', () => {
  it('creates everything on an empty machine', () => {
    const plan = planDefinitionImport(fileWith(), EMPTY);
    expect(plan.conflicts).toEqual([]);
    expect(actions(plan)).toEqual([
      'program program: create',
      'framework institutionFrameworks.0: create',
      'achievement achievements.0.achievement: create',
      'version achievements.0.versions.0: create',
      'version achievements.0.versions.1: create',
    ]);
    expect(plan.writes.versions.map((v) => v.id)).toEqual([sampleVersion().id, V2_ID]);
  });

  it('changes nothing when the same file is imported twice', () => {
    const file = fileWith();
    const once = apply(EMPTY, planDefinitionImport(file, EMPTY));
    const again = planDefinitionImport(file, once);
    expect(again.conflicts).toEqual([]);
    expect(writeCount(again)).toBe(0);
    expect(again.steps.every((step) => step.action === 'unchanged')).toBe(true);
    expect(apply(once, again)).toEqual(once);
  });

  it('sees records as unchanged whatever order their keys were stored in', () => {
    const reordered = Object.fromEntries(Object.entries(sampleVersion()).reverse());
    const stored = { ...EMPTY, versions: [{ ...sampleVersion(), ...reordered }] };
    const plan = planDefinitionImport(fileWith([sampleVersion()]), stored);
    expect(plan.steps.find((s) => s.kind === 'version')?.action).toBe('unchanged');
  });

  it('refuses a published version whose content differs from the one here', () => {
    const here = apply(EMPTY, planDefinitionImport(fileWith(), EMPTY));
    const tampered = fileWith([
      sampleVersion({ name: 'Statistical Analysis Software (edited)' }),
      draftV2(),
    ]);
    const plan = planDefinitionImport(tampered, here);
    expect(plan.conflicts).toEqual([
      {
        path: 'achievements.0.versions.0',
        message:
          'published version 1 of "Statistical Analysis Software (edited)" differs from the one here; published versions cannot change',
      },
    ]);
    expect(writeCount(plan)).toBe(0);
  });

  it('refuses a version made separately on each machine under the same number', () => {
    const here = {
      ...EMPTY,
      versions: [sampleVersion({ id: 'c0000000-0000-4000-8000-00000000000f' })],
    };
    const plan = planDefinitionImport(fileWith([sampleVersion()]), here);
    expect(plan.conflicts.map((c) => c.path)).toEqual(['achievements.0.versions.0']);
    expect(plan.conflicts[0]?.message).toMatch(/already exists here as a different record/);
    expect(writeCount(plan)).toBe(0);
  });

  it('takes a publication from the file and keeps one made here', () => {
    const publishedInFile = planDefinitionImport(
      fileWith([
        sampleVersion(),
        draftV2({ state: 'published', publishedAt: LATER, updatedAt: LATER }),
      ]),
      { ...EMPTY, versions: [sampleVersion(), draftV2()] },
    );
    expect(publishedInFile.steps.at(-1)).toMatchObject({ action: 'update', id: V2_ID });
    const publishedHere = planDefinitionImport(fileWith(), {
      ...EMPTY,
      versions: [
        sampleVersion(),
        draftV2({ state: 'published', publishedAt: LATER, updatedAt: LATER }),
      ],
    });
    expect(publishedHere.steps.at(-1)).toMatchObject({ action: 'keep-local', id: V2_ID });
    expect(publishedHere.writes.versions).toEqual([]);
  });

  it('lets the later edit of a draft win, and of the program', () => {
    const newerHere = {
      ...EMPTY,
      versions: [sampleVersion(), draftV2({ name: 'Mine', updatedAt: LATER })],
    };
    expect(planDefinitionImport(fileWith(), newerHere).steps.at(-1)?.action).toBe('keep-local');
    const olderHere = {
      ...EMPTY,
      versions: [sampleVersion(), draftV2({ name: 'Mine', updatedAt: '2025-01-20T00:00:00.000Z' })],
    };
    const plan = planDefinitionImport(fileWith(), olderHere);
    expect(plan.steps.at(-1)?.action).toBe('update');
    expect(planDefinitionImport(fileWith(), apply(olderHere, plan)).steps.at(-1)?.action).toBe(
      'unchanged',
    );

    const programHere = { ...SAMPLE_PROGRAM, name: 'Renamed here', updatedAt: LATER };
    expect(
      planDefinitionImport(fileWith(), { ...EMPTY, programs: [programHere] }).steps[0],
    ).toMatchObject({
      kind: 'program',
      action: 'keep-local',
    });
  });

  it("keeps this machine's frameworks and takes a retirement from the file", () => {
    const [values] = SAMPLE_FRAMEWORKS;
    if (values === undefined) throw new Error('fixture has frameworks');
    const here = {
      ...EMPTY,
      institutionFrameworks: [{ ...values, name: 'Our Values (2026)' }],
      achievements: [SAMPLE_ACHIEVEMENT],
    };
    const retired = fileWith();
    const file = {
      ...retired,
      achievements: retired.achievements.map((entry) => ({
        ...entry,
        achievement: { ...entry.achievement, retiredAt: LATER },
      })),
    };
    const plan = planDefinitionImport(file, here);
    expect(actions(plan).slice(1, 3)).toEqual([
      'framework institutionFrameworks.0: keep-local',
      'achievement achievements.0.achievement: update',
    ]);
    expect(plan.writes.institutionFrameworks).toEqual([]);
  });

  it('refuses an achievement that belongs to another program here', () => {
    const here = {
      ...EMPTY,
      achievements: [{ ...SAMPLE_ACHIEVEMENT, programId: 'other-program' }],
    };
    const plan = planDefinitionImport(fileWith(), here);
    expect(plan.conflicts).toEqual([
      {
        path: 'achievements.0.achievement',
        message: `achievement ${SAMPLE_ACHIEVEMENT.id} belongs to another program here`,
      },
    ]);
    expect(writeCount(plan)).toBe(0);
  });
});
