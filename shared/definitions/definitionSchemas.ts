/**
 * zod schemas that mirror the definition entities exactly (DESIGN.md §2).
 * `exactObject<T>()` only compiles when the shape has every key of `T` and no
 * other, each producing a value assignable to `T[K]`; `satisfies
 * z.ZodType<T>` checks the whole output again. A change to `entities.ts` or
 * `rubric.ts` therefore fails type-checking here until the schema follows.
 *
 * Drafts are valid records too, so text may be empty and URL fields may be
 * '' (not filled in yet); the publish check, not the file format, decides
 * whether a version is complete.
 */
import { z } from 'zod';
import type {
  Achievement,
  AchievementVersion,
  Alignment,
  BadgeImage,
  Endorsement,
  InstitutionFramework,
  Program,
} from '../domain/entities';
import type { PassRule, Rubric, RubricCriterion, RubricLevel } from '../domain/rubric';
import { alignmentTargetTypes } from '../domain/entities';

type ShapeOf<T> = { readonly [K in keyof T]-?: z.ZodType<T[K]> };
type DeepReadonly<X> = X extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : X extends object
    ? { readonly [K in keyof X]: DeepReadonly<X[K]> }
    : X;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Each field's output equals the entity's field type (up to readonly); other keys: never. */
type Exact<T, S> = {
  [K in keyof S]: K extends keyof T
    ? Same<DeepReadonly<z.output<S[K]>>, DeepReadonly<T[K]>> extends true
      ? S[K]
      : never
    : never;
};

function exactObject<T>() {
  return <S extends ShapeOf<T>>(shape: S & Exact<T, S>) => z.strictObject(shape);
}

/** Bounds of the file format (generous: they stop abuse, not real definitions). */
export const DEFINITION_LIMITS = {
  fileChars: 20_000_000,
  name: 300,
  code: 64,
  text: 20_000,
  url: 2048,
  tags: 30,
  tag: 80,
  criteria: 50,
  levels: 10,
  commentBank: 100,
  alignments: 100,
  endorsements: 50,
  frameworkItems: 500,
  frameworks: 100,
  achievements: 500,
  versions: 200,
} as const;

const L = DEFINITION_LIMITS;

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'an id of 1–128 letters, digits, . _ : or -');

/** One line: no control characters. */
export const line = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'one line of text, without control characters');
/** Prose: line breaks and tabs allowed, other control characters not. */
export const prose = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^(?:[\t\n\r]|[^\p{Cc}])*$/u, 'text without control characters');

const instant = z.iso.datetime({ error: 'an ISO 8601 instant such as 2025-01-15T10:00:00.000Z' });
const calendarDate = z.iso.date({ error: 'a calendar date such as 2025-01-15' });
const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(L.url);
/** '' while a draft is being written, otherwise an http(s) URL. */
const optionalUrl = z.union([z.literal(''), httpUrl], { error: 'an http(s) URL (or empty)' });
const optionalEmail = z.union([z.literal(''), z.email().max(320)], {
  error: 'an email address (or empty)',
});
const amount = (max: number) => z.number().min(0).max(max);
const count = (min: number, max: number) => z.number().int().min(min).max(max);

export const programSchema = exactObject<Program>()({
  id: idSchema,
  name: line(L.name),
  code: line(L.code),
  description: prose(L.text),
  createdAt: instant,
  updatedAt: instant,
  retiredAt: instant.nullable(),
}) satisfies z.ZodType<Program>;

const frameworkItemSchema = exactObject<InstitutionFramework['items'][number]>()({
  code: line(L.code),
  name: line(L.name),
  description: prose(L.text),
});

export const institutionFrameworkSchema = exactObject<InstitutionFramework>()({
  id: idSchema,
  kind: z.enum(['values', 'strategic-plan', 'digital-learning-strategy', 'other']),
  name: line(L.name),
  url: optionalUrl,
  items: z.array(frameworkItemSchema).max(L.frameworkItems),
}) satisfies z.ZodType<InstitutionFramework>;

export const achievementSchema = exactObject<Achievement>()({
  id: idSchema,
  programId: idSchema,
  createdAt: instant,
  retiredAt: instant.nullable(),
  // Files written before blind marking existed have no such key.
  blindMarking: z.boolean().default(false),
}) satisfies z.ZodType<Achievement>;

export const rubricLevelSchema = exactObject<RubricLevel>()({
  id: idSchema,
  title: line(L.name),
  descriptor: prose(L.text),
  points: amount(10_000),
  commentBank: z.array(prose(L.text)).max(L.commentBank),
}) satisfies z.ZodType<RubricLevel>;

export const rubricCriterionSchema = exactObject<RubricCriterion>()({
  id: idSchema,
  title: line(L.name),
  description: prose(L.text),
  required: z.boolean(),
  weight: z.number().gt(0).max(100),
  levels: z.array(rubricLevelSchema).max(L.levels),
}) satisfies z.ZodType<RubricCriterion>;

export const passRuleSchema = exactObject<PassRule>()({
  minLevelIndex: count(0, L.levels).nullable(),
  minTotal: amount(1_000_000).nullable(),
}) satisfies z.ZodType<PassRule>;

/** A rubric in the given slot of a version: its `kind` must match the slot. */
export function rubricSchema(kind: Rubric['kind']) {
  return exactObject<Rubric>()({
    id: idSchema,
    title: line(L.name),
    kind: z
      .enum(['demonstration', 'reflection'])
      .refine((value) => value === kind, `must be '${kind}': this is the ${kind} rubric`),
    model: z.enum(['DEAL', 'Gibbs', 'Kember', 'custom']).nullable(),
    criteria: z.array(rubricCriterionSchema).max(L.criteria),
    passRule: passRuleSchema,
  }) satisfies z.ZodType<Rubric>;
}

export const alignmentSchema = exactObject<Alignment>()({
  id: idSchema,
  institutionFrameworkId: idSchema.nullable(),
  targetName: line(L.name),
  targetCode: line(L.code).nullable(),
  targetFramework: line(L.name).nullable(),
  targetUrl: optionalUrl,
  targetDescription: prose(L.text).nullable(),
  targetType: z.enum(alignmentTargetTypes).nullable(),
}) satisfies z.ZodType<Alignment>;

export const endorsementSchema = exactObject<Endorsement>()({
  id: idSchema,
  organisation: line(L.name),
  url: optionalUrl,
  contactName: line(L.name),
  contactEmail: optionalEmail,
  statement: prose(L.text),
  endorsedOn: calendarDate,
}) satisfies z.ZodType<Endorsement>;

export const badgeImageSchema = exactObject<BadgeImage>()({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 lower-case hex digits'),
  mediaType: z.enum(['image/png', 'image/svg+xml']),
  width: count(1, 10_000),
  height: count(1, 10_000),
}) satisfies z.ZodType<BadgeImage>;

export const achievementVersionSchema = exactObject<AchievementVersion>()({
  id: idSchema,
  achievementId: idSchema,
  programId: idSchema,
  version: count(1, 100_000),
  state: z.enum(['draft', 'published']),
  name: line(L.name),
  humanCode: line(L.code),
  description: prose(L.text),
  criteriaNarrative: prose(L.text),
  image: badgeImageSchema.nullable(),
  tags: z.array(line(L.tag)).max(L.tags),
  creditsAvailable: amount(1000).nullable(),
  hours: amount(100_000).nullable(),
  validityMonths: count(1, 1200).nullable(),
  achievementType: z.literal('MicroCredential'),
  alignments: z.array(alignmentSchema).max(L.alignments),
  endorsements: z.array(endorsementSchema).max(L.endorsements),
  demonstrationRubric: rubricSchema('demonstration'),
  reflectionRubric: rubricSchema('reflection'),
  createdAt: instant,
  updatedAt: instant,
  publishedAt: instant.nullable(),
}) satisfies z.ZodType<AchievementVersion>;

export const DEFINITION_FORMAT = 'attest-definitions';
export const DEFINITION_FORMAT_VERSION = 1;

/** One achievement with the versions the file carries (usually all of them). */
export interface DefinitionFileAchievement {
  readonly achievement: Achievement;
  readonly versions: readonly AchievementVersion[];
}

/** The portable definitions file: one program, some or all of its achievements. */
export interface DefinitionFile {
  readonly format: typeof DEFINITION_FORMAT;
  readonly formatVersion: typeof DEFINITION_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly program: Program;
  /** The frameworks the versions' alignments point into. */
  readonly institutionFrameworks: readonly InstitutionFramework[];
  readonly achievements: readonly DefinitionFileAchievement[];
  /** The badge images the versions use, so the file is complete on another machine. */
  readonly images: readonly DefinitionImage[];
}

/** A badge image carried in the file; the importing machine re-checks it and its hash. */
export interface DefinitionImage {
  readonly sha256: string;
  readonly mediaType: BadgeImage['mediaType'];
  readonly dataBase64: string;
}

const definitionImageSchema = exactObject<DefinitionImage>()({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 lower-case hex digits'),
  mediaType: z.enum(['image/png', 'image/svg+xml']),
  // 2 MiB of image is at most ~2.8 million base64 characters.
  dataBase64: z
    .string()
    .max(3_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 data'),
}) satisfies z.ZodType<DefinitionImage>;

const fileAchievementSchema = exactObject<DefinitionFileAchievement>()({
  achievement: achievementSchema,
  versions: z.array(achievementVersionSchema).min(1).max(L.versions),
}) satisfies z.ZodType<DefinitionFileAchievement>;

export const definitionFileSchema = exactObject<DefinitionFile>()({
  format: z.literal(DEFINITION_FORMAT),
  formatVersion: z.literal(DEFINITION_FORMAT_VERSION),
  exportedAt: instant,
  program: programSchema,
  institutionFrameworks: z.array(institutionFrameworkSchema).max(L.frameworks),
  achievements: z.array(fileAchievementSchema).max(L.achievements),
  images: z.array(definitionImageSchema).max(L.achievements * 2),
}) satisfies z.ZodType<DefinitionFile>;
