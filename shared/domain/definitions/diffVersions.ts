/**
 * What changed between two versions of a micro-credential, as a list a lead
 * can read. Records with ids (alignments, endorsements, criteria, levels) are
 * matched by id, so a rename is a change, not a removal and an addition.
 * Bookkeeping fields (ids, version number, state, timestamps) are not compared.
 */
import { assertNever } from '../assertNever';
import type { AchievementVersion, Alignment, Endorsement } from '../entities';
import type { Id } from '../ids';
import type { Rubric, RubricCriterion, RubricLevel } from '../rubric';
import { levelNameAt } from './passRule';

export type DiffValue = string | number | boolean | null;

export interface VersionChange {
  /** Machine path, by id: `demonstrationRubric.criteria.<id>.levels.<id>.points`. */
  readonly path: string;
  /** Human label: `Demonstration rubric › 'Data preparation' › 'Proficient': points`. */
  readonly label: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: DiffValue;
  readonly after?: DiffValue;
}

interface Field<T> {
  readonly key: string;
  readonly label: string;
  readonly get: (record: T) => DiffValue;
}

type Out = VersionChange[];

function compare(out: Out, path: string, label: string, before: DiffValue, after: DiffValue): void {
  if (!Object.is(before, after)) out.push({ path, label, kind: 'changed', before, after });
}

function compareFields<T>(
  out: Out,
  fields: readonly Field<T>[],
  a: T,
  b: T,
  at: string,
  label: string,
): void {
  for (const field of fields) {
    compare(out, `${at}.${field.key}`, `${label}: ${field.label}`, field.get(a), field.get(b));
  }
}

interface Collection<T> {
  readonly at: string;
  /** e.g. "Demonstration rubric › criterion". */
  readonly noun: string;
  readonly name: (record: T) => string;
  readonly fields: readonly Field<T>[];
  /** Order matters (criteria, levels): report a reordering once. */
  readonly ordered: boolean;
  readonly nested?: (out: Out, a: T, b: T, at: string, label: string) => void;
}

function diffById<T extends { readonly id: Id }>(
  out: Out,
  c: Collection<T>,
  as: readonly T[],
  bs: readonly T[],
): void {
  const before = new Map(as.map((r) => [r.id, r]));
  const after = new Map(bs.map((r) => [r.id, r]));
  for (const a of as) {
    if (!after.has(a.id))
      out.push({ path: `${c.at}.${a.id}`, label: c.noun, kind: 'removed', before: c.name(a) });
  }
  for (const b of bs) {
    const a = before.get(b.id);
    const at = `${c.at}.${b.id}`;
    if (a === undefined) {
      out.push({ path: at, label: c.noun, kind: 'added', after: c.name(b) });
      continue;
    }
    const label = `${c.noun} '${c.name(a)}'`;
    compareFields(out, c.fields, a, b, at, label);
    c.nested?.(out, a, b, at, label);
  }
  if (!c.ordered) return;
  const keptBefore = as.filter((r) => after.has(r.id));
  const keptAfter = bs.filter((r) => before.has(r.id));
  if (keptBefore.some((r, i) => keptAfter[i]?.id !== r.id)) {
    out.push({
      path: `${c.at}.order`,
      label: `${c.noun}: order`,
      kind: 'changed',
      before: keptBefore.map(c.name).join(', '),
      after: keptAfter.map(c.name).join(', '),
    });
  }
}

const levelFields: readonly Field<RubricLevel>[] = [
  { key: 'title', label: 'title', get: (l) => l.title },
  { key: 'descriptor', label: 'descriptor', get: (l) => l.descriptor },
  { key: 'points', label: 'points', get: (l) => l.points },
  { key: 'commentBank', label: 'comment bank', get: (l) => l.commentBank.join(' | ') },
];

const criterionFields: readonly Field<RubricCriterion>[] = [
  { key: 'title', label: 'title', get: (c) => c.title },
  { key: 'description', label: 'description', get: (c) => c.description },
  { key: 'required', label: 'required', get: (c) => c.required },
  { key: 'weight', label: 'weight', get: (c) => c.weight },
];

function diffRubric(out: Out, a: Rubric, b: Rubric, at: string, noun: string): void {
  compare(out, `${at}.title`, `${noun}: title`, a.title, b.title);
  compare(out, `${at}.model`, `${noun}: reflection model`, a.model, b.model);
  const levelName = (r: Rubric, index: number | null): DiffValue =>
    index === null ? null : (levelNameAt(r, index) ?? `level ${index + 1}`);
  if (a.passRule.minLevelIndex !== b.passRule.minLevelIndex) {
    out.push({
      path: `${at}.passRule.minLevelIndex`,
      label: `${noun}: pass rule level`,
      kind: 'changed',
      before: levelName(a, a.passRule.minLevelIndex),
      after: levelName(b, b.passRule.minLevelIndex),
    });
  }
  compare(
    out,
    `${at}.passRule.minTotal`,
    `${noun}: pass rule minimum total`,
    a.passRule.minTotal,
    b.passRule.minTotal,
  );
  diffById(
    out,
    {
      at: `${at}.criteria`,
      noun: `${noun} › criterion`,
      name: (c) => c.title,
      fields: criterionFields,
      ordered: true,
      nested: (o, ca, cb, cAt, cLabel) => {
        diffById(
          o,
          {
            at: `${cAt}.levels`,
            noun: `${cLabel} › level`,
            name: (l) => l.title,
            fields: levelFields,
            ordered: true,
          },
          ca.levels,
          cb.levels,
        );
      },
    },
    a.criteria,
    b.criteria,
  );
}

const alignmentFields: readonly Field<Alignment>[] = [
  { key: 'targetName', label: 'name', get: (x) => x.targetName },
  { key: 'targetCode', label: 'code', get: (x) => x.targetCode },
  { key: 'targetFramework', label: 'framework', get: (x) => x.targetFramework },
  { key: 'targetUrl', label: 'web address', get: (x) => x.targetUrl },
  { key: 'targetDescription', label: 'description', get: (x) => x.targetDescription },
  { key: 'targetType', label: 'type', get: (x) => x.targetType },
  {
    key: 'institutionFrameworkId',
    label: 'institution framework',
    get: (x) => x.institutionFrameworkId,
  },
];

const endorsementFields: readonly Field<Endorsement>[] = [
  { key: 'organisation', label: 'organisation', get: (x) => x.organisation },
  { key: 'url', label: 'web address', get: (x) => x.url },
  { key: 'contactName', label: 'contact', get: (x) => x.contactName },
  { key: 'contactEmail', label: 'contact email', get: (x) => x.contactEmail },
  { key: 'statement', label: 'statement', get: (x) => x.statement },
  { key: 'endorsedOn', label: 'date endorsed', get: (x) => x.endorsedOn },
];

const versionFields: readonly Field<AchievementVersion>[] = [
  { key: 'name', label: 'Name', get: (v) => v.name },
  { key: 'humanCode', label: 'Code', get: (v) => v.humanCode },
  { key: 'description', label: 'Description', get: (v) => v.description },
  { key: 'criteriaNarrative', label: 'Criteria narrative', get: (v) => v.criteriaNarrative },
  { key: 'creditsAvailable', label: 'Credits', get: (v) => v.creditsAvailable },
  { key: 'hours', label: 'Hours', get: (v) => v.hours },
  { key: 'validityMonths', label: 'Validity (months)', get: (v) => v.validityMonths },
];

/** Changes from `a` (older) to `b` (newer), in a stable order: fields, tags, alignments, endorsements, rubrics. */
export function diffVersions(a: AchievementVersion, b: AchievementVersion): VersionChange[] {
  const out: Out = [];
  for (const field of versionFields)
    compare(out, field.key, field.label, field.get(a), field.get(b));
  const [imageBefore, imageAfter] = [a.image?.sha256 ?? null, b.image?.sha256 ?? null];
  if (imageBefore === null && imageAfter !== null) {
    out.push({ path: 'image', label: 'Badge image', kind: 'added', after: imageAfter });
  } else if (imageBefore !== null && imageAfter === null) {
    out.push({ path: 'image', label: 'Badge image', kind: 'removed', before: imageBefore });
  } else compare(out, 'image', 'Badge image', imageBefore, imageAfter);
  for (const tag of a.tags) {
    if (!b.tags.includes(tag))
      out.push({ path: 'tags', label: 'Tag', kind: 'removed', before: tag });
  }
  for (const tag of b.tags) {
    if (!a.tags.includes(tag)) out.push({ path: 'tags', label: 'Tag', kind: 'added', after: tag });
  }
  const alignments = {
    at: 'alignments',
    noun: 'Alignment',
    fields: alignmentFields,
    ordered: false,
  };
  diffById(
    out,
    { ...alignments, name: (x: Alignment) => x.targetName },
    a.alignments,
    b.alignments,
  );
  const endorsements = {
    at: 'endorsements',
    noun: 'Endorsement',
    fields: endorsementFields,
    ordered: false,
  };
  diffById(
    out,
    { ...endorsements, name: (x: Endorsement) => x.organisation },
    a.endorsements,
    b.endorsements,
  );
  diffRubric(
    out,
    a.demonstrationRubric,
    b.demonstrationRubric,
    'demonstrationRubric',
    'Demonstration rubric',
  );
  diffRubric(out, a.reflectionRubric, b.reflectionRubric, 'reflectionRubric', 'Reflection rubric');
  return out;
}

const lowerFirst = (text: string): string =>
  text.charAt(0).toLocaleLowerCase('en-CA') + text.slice(1);

function show(value: DiffValue | undefined): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  return value.length > 80 ? `'${value.slice(0, 79)}…'` : `'${value}'`;
}

/** One line per change: "Name changed from 'A' to 'B'", "Added Alignment 'Integrity'". */
export function describeChange(change: VersionChange): string {
  switch (change.kind) {
    case 'added':
      return `Added ${lowerFirst(change.label)} ${show(change.after)}`;
    case 'removed':
      return `Removed ${lowerFirst(change.label)} ${show(change.before)}`;
    case 'changed':
      return `${change.label} changed from ${show(change.before)} to ${show(change.after)}`;
    default:
      return assertNever(change.kind);
  }
}
