import { junkReason } from '../zip/junkFiles';
import type {
  LearnerHint,
  ShapeMatch,
  ShapeMatcher,
  SubmissionItemKind,
} from './lmsShapesPatterns';
import {
  looksLikeStudentNumber,
  matchBrightspace,
  matchCanvas,
  matchFolder,
  matchMoodle,
} from './lmsShapesPatterns';

/**
 * Recognises how a set of submission paths is laid out (an LMS "download all
 * submissions" zip or a folder per learner) and says, for each file, who it
 * probably belongs to and what role it probably plays. Pure: no I/O. The
 * naming rules and their sources are in `lmsShapesPatterns.ts`.
 */

export type { LearnerHint, SubmissionItemKind } from './lmsShapesPatterns';

export type LmsShape = 'moodle' | 'brightspace' | 'canvas' | 'folder' | 'unknown';
export type EvidenceRoleHint = 'demonstration' | 'reflection' | 'attestation';

export interface SubmissionItem {
  /** The path exactly as given. */
  readonly path: string;
  /** All null when the path does not follow the shape: the lead assigns it by hand. */
  readonly learner: LearnerHint;
  /** The learner's own file name (LMS prefixes removed). */
  readonly fileName: string;
  readonly kind: SubmissionItemKind;
  readonly roleHint: EvidenceRoleHint;
}

export interface ClassifiedSubmissions {
  readonly shape: LmsShape;
  readonly items: readonly SubmissionItem[];
  readonly ignored: readonly { readonly path: string; readonly reason: string }[];
}

const noLearner: LearnerHint = { studentNumber: null, name: null, lmsId: null };

const reflectionHint = /reflect|journal|learning[-_ ]?log/i;
const attestationHint = /attest|supervisor|verification|sign[-_ ]?off/i;

export function roleHintFor(innerPath: string, kind: SubmissionItemKind): EvidenceRoleHint {
  if (kind === 'online-text') return 'reflection';
  if (reflectionHint.test(innerPath)) return 'reflection';
  if (attestationHint.test(innerPath)) return 'attestation';
  return 'demonstration';
}

interface Candidate {
  readonly path: string;
  readonly segments: readonly string[];
}

const lmsMatchers: readonly (readonly ['moodle' | 'brightspace' | 'canvas', ShapeMatcher])[] = [
  ['moodle', matchMoodle],
  ['brightspace', matchBrightspace],
  ['canvas', matchCanvas],
];

/** Files that match, not counting an LMS index page (a lone index.html proves nothing). */
function score(candidates: readonly Candidate[], matcher: ShapeMatcher): number {
  return candidates.filter((c) => {
    const match = matcher(c.segments);
    return match !== null && match.kind !== 'lms-index';
  }).length;
}

/** The same paths without a folder they all share (someone zipped the extracted download again). */
function withoutCommonRoot(candidates: readonly Candidate[]): Candidate[] | null {
  const first = candidates[0]?.segments[0];
  if (first === undefined) return null;
  const shared = candidates.every((c) => c.segments.length > 1 && c.segments[0] === first);
  return shared ? candidates.map((c) => ({ path: c.path, segments: c.segments.slice(1) })) : null;
}

function itemsFor(
  candidates: readonly Candidate[],
  matcher: ShapeMatcher | null,
): SubmissionItem[] {
  return candidates.map(({ path, segments }) => {
    const match: ShapeMatch | null = matcher ? matcher(segments) : null;
    if (!match) {
      const fileName = segments[segments.length - 1] ?? path;
      return {
        path,
        learner: noLearner,
        fileName,
        kind: 'file',
        roleHint: roleHintFor(fileName, 'file'),
      };
    }
    return {
      path,
      learner: match.learner,
      fileName: match.fileName,
      kind: match.kind,
      roleHint: roleHintFor(match.innerPath, match.kind),
    };
  });
}

function chooseFolderLayout(
  candidates: readonly Candidate[],
  stripped: readonly Candidate[] | null,
): readonly Candidate[] | null {
  const isFolderShaped = (list: readonly Candidate[]): boolean =>
    score(list, matchFolder) * 2 >= list.length;
  // "Cohort A/<learner>/…": strip the shared root unless it is itself a learner (one student number).
  const root = candidates[0]?.segments[0] ?? '';
  if (stripped && !looksLikeStudentNumber(root) && isFolderShaped(stripped)) {
    const learners = new Set(stripped.map((c) => (c.segments.length > 1 ? c.segments[0] : '')));
    learners.delete('');
    if (learners.size > 1) return stripped;
  }
  return isFolderShaped(candidates) ? candidates : null;
}

/**
 * Classifies submission paths. The LMS shape that explains most files wins,
 * provided it explains at least half of them; otherwise one sub-folder per
 * learner; otherwise 'unknown' with every file left for manual assignment.
 * Files that do not follow the chosen shape are kept, with no learner.
 */
export function classifySubmissionPaths(paths: readonly string[]): ClassifiedSubmissions {
  const ignored: { path: string; reason: string }[] = [];
  const candidates: Candidate[] = [];
  for (const path of paths) {
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    const junk = junkReason(path);
    if (junk !== null) ignored.push({ path, reason: junk });
    else if (path.endsWith('/') || segments.length === 0)
      ignored.push({ path, reason: 'a folder' });
    else candidates.push({ path, segments });
  }
  if (candidates.length === 0) return { shape: 'unknown', items: [], ignored };

  const stripped = withoutCommonRoot(candidates);
  let best: {
    shape: LmsShape;
    matcher: ShapeMatcher;
    list: readonly Candidate[];
    score: number;
  } | null = null;
  for (const list of stripped ? [candidates, stripped] : [candidates]) {
    for (const [shape, matcher] of lmsMatchers) {
      const s = score(list, matcher);
      if (s > 0 && (best === null || s > best.score)) best = { shape, matcher, list, score: s };
    }
  }
  if (best && best.score * 2 >= candidates.length) {
    return { shape: best.shape, items: itemsFor(best.list, best.matcher), ignored };
  }
  const folder = chooseFolderLayout(candidates, stripped);
  if (folder) return { shape: 'folder', items: itemsFor(folder, matchFolder), ignored };
  return { shape: 'unknown', items: itemsFor(candidates, null), ignored };
}
