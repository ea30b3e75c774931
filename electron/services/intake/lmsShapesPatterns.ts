/**
 * How each LMS names the files in its "download all submissions" zip, as
 * matchers over a path's '/'-separated segments. Pure.
 *
 * What the sources say (read for this file, cited without links):
 * - Moodle, mod/assign `download_submissions()`: prefix = full name with '_'
 *   replaced by ' ' (blind marking: the string "Participant"; team
 *   submissions: "<group>-" first), then `clean_filename(prefix . '_' .
 *   uniqueid)` where uniqueid is the assignment's participant id. With
 *   "download as folders" (the default since 3.1) each file goes to
 *   `<prefix>_<subtype>_<type>_/<filepath><filename>`, so
 *   `Jane Doe_1234567_assignsubmission_file_/sub/dir/a.pdf`; online text is
 *   `…_assignsubmission_onlinetext_/onlinetext.html` (lang string
 *   `onlinetextfilename`) beside the images it embeds. Without folders the
 *   same prefix is glued to the file name: `…_assignsubmission_file_a.pdf`.
 * - Canvas, `ContentZipper#add_submission`: `[sortable_name, 'LATE' if late,
 *   user_id].join('_')`, then `gsub(/[^[[:word:]]]/, '').downcase` — so
 *   "Smith, Jane" becomes `smithjane` and LATE becomes `late` — then
 *   `_<attachment id>_<display name>` per uploaded file (the second id is the
 *   file's, not the submission's); online text is `<name>_<user id>_text.html`
 *   and a URL submission `<name>_<user id>_link.html`. Names that look like
 *   `_<digits>_` are squashed first so ids can be parsed back.
 * - Brightspace (D2L) "Download all": older zips hold flat files
 *   `<id>-<id> - First Last - Sep 24, 2024 926 PM - file.ext` plus a
 *   top-level `index.html`; newer ones put each submission in a folder
 *   `<id>-<id> - First Last - Sep 24, 2024 926 PM/file.ext`. Some
 *   institutions add an org id field (`… - T00123456 - First Last - …`).
 *   The id pair is not reliably per learner (the same pair was seen on two
 *   learners), so it is not kept as the learner's LMS id.
 */

export interface LearnerHint {
  readonly studentNumber: string | null;
  readonly name: string | null;
  readonly lmsId: string | null;
}

export type SubmissionItemKind = 'file' | 'online-text' | 'lms-index';

export interface ShapeMatch {
  readonly learner: LearnerHint;
  readonly fileName: string;
  readonly kind: SubmissionItemKind;
  /** The path below the learner's part, for role hints (a sub-folder named "reflection" counts). */
  readonly innerPath: string;
}

export type ShapeMatcher = (segments: readonly string[]) => ShapeMatch | null;

const studentNumberPattern = /^(?:\d{6,10}|[A-Za-z]{1,3}\d{5,9})$/;
const numberThenName = /^(\d{6,10}|[A-Za-z]{1,3}\d{5,9})\s*(?:[-_–]|\s)\s*(.*\p{L}.*)$/u;
const nameThenNumber = /^(.*\p{L}.*?)\s*(?:[-_–(]|\s)\s*(\d{6,10}|[A-Za-z]{1,3}\d{5,9})\)?$/u;

/** "A01234567", "Jane Doe", "123456789 - Jane Doe", "Jane Doe (123456789)". */
export function splitNumberAndName(text: string): Pick<LearnerHint, 'studentNumber' | 'name'> {
  const trimmed = text.trim();
  if (trimmed === '') return { studentNumber: null, name: null };
  if (studentNumberPattern.test(trimmed)) return { studentNumber: trimmed, name: null };
  const first = numberThenName.exec(trimmed);
  if (first?.[1] && first[2]) return { studentNumber: first[1], name: first[2].trim() };
  const last = nameThenNumber.exec(trimmed);
  if (last?.[1] && last[2]) return { studentNumber: last[2], name: last[1].trim() };
  return { studentNumber: null, name: trimmed };
}

function lastOf(segments: readonly string[]): string {
  return segments[segments.length - 1] ?? '';
}

// Greedy `(.+)` splits on the LAST `_<digits>_assignsubmission_`.
const moodleFolder = /^(.+)_(\d+)_assignsubmission_([a-z0-9]+)_$/u;
const moodleFlat = /^(.+)_(\d+)_assignsubmission_([a-z0-9]+)_(.+)$/u;

function moodleLearner(rawName: string, participantId: string): LearnerHint {
  const blind = /^participant$/iu.test(rawName.trim());
  const split = blind ? { studentNumber: null, name: null } : splitNumberAndName(rawName);
  return { ...split, lmsId: participantId };
}

export const matchMoodle: ShapeMatcher = (segments) => {
  const [head, ...rest] = segments;
  if (head === undefined) return null;
  const folder = rest.length > 0 ? moodleFolder.exec(head) : null;
  if (folder?.[1] && folder[2] && folder[3]) {
    const fileName = lastOf(rest);
    const onlineText =
      folder[3] === 'onlinetext' && rest.length === 1 && /\.html?$/iu.test(fileName);
    return {
      learner: moodleLearner(folder[1], folder[2]),
      fileName,
      kind: onlineText ? 'online-text' : 'file',
      innerPath: rest.join('/'),
    };
  }
  const flat = rest.length === 0 ? moodleFlat.exec(head) : null;
  if (flat?.[1] && flat[2] && flat[3] && flat[4]) {
    const onlineText = flat[3] === 'onlinetext' && /\.html?$/iu.test(flat[4]);
    return {
      learner: moodleLearner(flat[1], flat[2]),
      fileName: flat[4],
      kind: onlineText ? 'online-text' : 'file',
      innerPath: flat[4],
    };
  }
  return null;
};

// `<id>-<id> - <name> - <Mon D, YYYY HMM AM>[ - <file>]`; the month may be localised.
const brightspaceHead =
  /^(\d+)-(\d+) - (.+?) - (\p{L}+\.? \d{1,2}, \d{4} \d{3,4}(?: ?[AaPp]\.?[Mm]\.?)?)(?: - (.+))?$/u;

export const matchBrightspace: ShapeMatcher = (segments) => {
  const [head, ...rest] = segments;
  if (head === undefined) return null;
  if (rest.length === 0 && head.toLowerCase() === 'index.html') {
    const learner = { studentNumber: null, name: null, lmsId: null };
    return { learner, fileName: head, kind: 'lms-index', innerPath: head };
  }
  const match = brightspaceHead.exec(head);
  if (!match?.[3]) return null;
  const learner = { ...splitNumberAndName(match[3]), lmsId: null };
  const flatFile = match[5];
  if (rest.length === 0 && flatFile !== undefined) {
    return { learner, fileName: flatFile, kind: 'file', innerPath: flatFile };
  }
  if (rest.length > 0 && flatFile === undefined) {
    return { learner, fileName: lastOf(rest), kind: 'file', innerPath: rest.join('/') };
  }
  return null;
};

// Canvas keeps only [[:word:]] characters in the name, so it has no spaces or punctuation.
const canvasName = String.raw`(\p{L}[\p{L}\p{M}\p{N}_]*?)`;
const canvasFile = new RegExp(String.raw`^${canvasName}_(?:(late)_)?(\d+)_(\d+)_(.+)$`, 'iu');
const canvasOnline = new RegExp(
  String.raw`^${canvasName}_(?:(late)_)?(\d+)_(text|link)\.html$`,
  'iu',
);

export const matchCanvas: ShapeMatcher = (segments) => {
  const [head, ...rest] = segments;
  if (head === undefined || rest.length > 0) return null;
  const online = canvasOnline.exec(head);
  if (online?.[1] && online[3] && online[4]) {
    const learner = { studentNumber: null, name: online[1], lmsId: online[3] };
    const isText = online[4].toLowerCase() === 'text';
    return { learner, fileName: head, kind: isText ? 'online-text' : 'file', innerPath: head };
  }
  const file = canvasFile.exec(head);
  if (file?.[1] && file[3] && file[5]) {
    const learner = { studentNumber: null, name: file[1], lmsId: file[3] };
    return { learner, fileName: file[5], kind: 'file', innerPath: file[5] };
  }
  return null;
};

/** `<student number or name>/<files…>`: one sub-folder per learner. */
export const matchFolder: ShapeMatcher = (segments) => {
  const [head, ...rest] = segments;
  if (head === undefined || rest.length === 0) return null;
  const learner = { ...splitNumberAndName(head), lmsId: null };
  return { learner, fileName: lastOf(rest), kind: 'file', innerPath: rest.join('/') };
};

export function looksLikeStudentNumber(text: string): boolean {
  return studentNumberPattern.test(text.trim());
}
