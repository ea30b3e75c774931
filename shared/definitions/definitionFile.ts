/**
 * The portable definitions file (issue 3 item 9): a program lead exports one
 * achievement or a whole program as JSON and imports it on another machine.
 *
 * `parseDefinitionFile` reports every problem with its dotted path, in three
 * stages, each needing the one before: the text is JSON → it is an Attest
 * definitions file of a format version this app reads → every record has the
 * right shape (all shape problems at once) → the records agree with each
 * other (all such problems at once). `buildDefinitionFile` is its inverse:
 * what it writes, `parseDefinitionFile` reads back unchanged.
 */
import type { z } from 'zod';
import type { AchievementVersion, InstitutionFramework } from '../domain/entities';
import { checkDefinitionFile } from './definitionChecks';
import { pathOf } from './definitionProblem';
import { jsonErrorOffset } from './jsonErrorOffset';
import type { DefinitionProblem, DefinitionResult } from './definitionProblem';
import {
  DEFINITION_FORMAT,
  DEFINITION_FORMAT_VERSION,
  DEFINITION_LIMITS,
  definitionFileSchema,
} from './definitionSchemas';
import type {
  DefinitionFile,
  DefinitionFileAchievement,
  DefinitionImage,
} from './definitionSchemas';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "line 3, column 7" for a UTF-16 offset into `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function syntaxProblem(text: string, error: unknown): DefinitionProblem {
  const offset = jsonErrorOffset(text);
  // V8's wording without its excerpt of the text or its 0-based position.
  const reason =
    error instanceof SyntaxError
      ? error.message.split(', "')[0]?.replace(/ in JSON at position \d+.*$/s, '')
      : undefined;
  const where =
    offset === null ? '' : ` at ${lineAndColumn(text, offset)} (character ${offset + 1})`;
  return {
    path: '',
    message: `not valid JSON${where}${reason === undefined ? '' : `: ${reason}`}`,
  };
}

/** The format and version fields, checked before anything else is read. */
function envelopeProblem(value: unknown): DefinitionProblem | null {
  if (!isRecord(value) || value.format !== DEFINITION_FORMAT) {
    return {
      path: isRecord(value) ? 'format' : '',
      message: `not an Attest definitions file (expected "format": "${DEFINITION_FORMAT}")`,
    };
  }
  const version = value.formatVersion;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > DEFINITION_FORMAT_VERSION
  ) {
    return {
      path: 'formatVersion',
      message: `made by a newer Attest (format version ${version}; this Attest reads version ${DEFINITION_FORMAT_VERSION}). Update Attest to import it.`,
    };
  }
  if (version !== DEFINITION_FORMAT_VERSION) {
    return {
      path: 'formatVersion',
      message:
        version === undefined ? 'is missing' : `unknown format version ${JSON.stringify(version)}`,
    };
  }
  return null;
}

function problemsOf(error: z.ZodError): DefinitionProblem[] {
  return error.issues.flatMap((issue): DefinitionProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: pathOf([...issue.path, key]),
        message: 'is not a field of this record',
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return [{ path: pathOf(issue.path), message: missing ? 'is missing' : issue.message }];
  });
}

/** Reads a definitions file; on failure, every problem found, with its path. */
export function parseDefinitionFile(text: string): DefinitionResult<DefinitionFile> {
  if (text.length > DEFINITION_LIMITS.fileChars) {
    return {
      ok: false,
      problems: [{ path: '', message: 'the file is too large to be a definitions file' }],
    };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
  const envelope = envelopeProblem(json);
  if (envelope !== null) return { ok: false, problems: [envelope] };
  const parsed = definitionFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const problems = checkDefinitionFile(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data };
}

export interface DefinitionExport {
  readonly program: DefinitionFile['program'];
  /** Settings' frameworks; only those the versions align to are written. */
  readonly institutionFrameworks: readonly InstitutionFramework[];
  readonly achievements: readonly DefinitionFileAchievement[];
  /** The bytes of the badge images the versions use (images not used are left out). */
  readonly images: readonly DefinitionImage[];
  readonly exportedAt: string;
}

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

function referencedFrameworkIds(versions: readonly AchievementVersion[]): Set<string> {
  return new Set(
    versions.flatMap((version) =>
      version.alignments.flatMap((alignment) =>
        alignment.institutionFrameworkId === null ? [] : [alignment.institutionFrameworkId],
      ),
    ),
  );
}

/**
 * The file for a program (all its achievements) or for a single achievement.
 * Deterministic: records sorted (achievements by creation, versions by number,
 * frameworks by name), keys in schema order, 2-space JSON with a final
 * newline. Refuses — with the same problems an import would report — to
 * write a file that would not import.
 */
export function buildDefinitionFile(
  input: DefinitionExport,
): DefinitionResult<{ readonly file: DefinitionFile; readonly text: string }> {
  const achievements = [...input.achievements]
    .sort(byKey((entry) => `${entry.achievement.createdAt}\u0000${entry.achievement.id}`))
    .map((entry) => ({
      achievement: entry.achievement,
      versions: [...entry.versions].sort((a, b) => a.version - b.version),
    }));
  const used = referencedFrameworkIds(achievements.flatMap((entry) => entry.versions));
  const candidate: DefinitionFile = {
    format: DEFINITION_FORMAT,
    formatVersion: DEFINITION_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    program: input.program,
    institutionFrameworks: input.institutionFrameworks
      .filter((framework) => used.has(framework.id))
      .sort(byKey((framework) => `${framework.name}\u0000${framework.id}`)),
    achievements,
    images: input.images
      .filter((image) =>
        achievements.some((entry) => entry.versions.some((v) => v.image?.sha256 === image.sha256)),
      )
      .sort(byKey((image) => image.sha256)),
  };
  const parsed = definitionFileSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const problems = checkDefinitionFile(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { file: parsed.data, text: `${JSON.stringify(parsed.data, null, 2)}\n` },
  };
}

export type { DefinitionFile, DefinitionFileAchievement } from './definitionSchemas';
export {
  DEFINITION_FORMAT,
  DEFINITION_FORMAT_VERSION,
  DEFINITION_LIMITS,
} from './definitionSchemas';
export type { DefinitionProblem, DefinitionResult } from './definitionProblem';
