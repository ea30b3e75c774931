/**
 * What a learner's feedback document says, worked out from the records and
 * kept apart from the .docx layout (feedbackDocument.ts) so the wording can be
 * tested without unzipping anything. Pure: no I/O.
 *
 * Every piece of user text (names, titles, comments) goes through
 * `cleanText`: the `docx` package escapes XML, but it lets U+FFFE, U+FFFF and
 * lone surrogates through, and those make the document unreadable.
 */
import type { Id } from '../../../shared/domain/ids';
import type { CriterionMark } from '../../../shared/domain/entities';
import type { FeedbackInput } from '../../../shared/ipc/contract';
import type { Rubric } from '../../../shared/domain/rubric';
import {
  describePassRule,
  evaluatePassRule,
  formatPoints,
} from '../../../shared/domain/definitions/passRule';
import { ServiceError } from '../ServiceError';

// The input is the IPC contract's: the renderer builds it, main validates it and lays it out.
export type { FeedbackInput, FeedbackLearner } from '../../../shared/ipc/contract';

export interface FeedbackRow {
  readonly criterion: string;
  readonly level: string;
  /** The level's descriptor, or empty when not marked. */
  readonly descriptor: string;
  readonly points: string;
  /** One entry per line of the marker's comment. */
  readonly comment: readonly string[];
}

export interface FeedbackSection {
  readonly heading: string;
  readonly rows: readonly FeedbackRow[];
  readonly total: string;
  readonly rule: string;
  readonly result: string;
  readonly shortfalls: readonly string[];
}

export interface FeedbackContent {
  /** The file's title and its Heading 1. */
  readonly title: string;
  readonly learnerLine: string;
  readonly institution: string;
  readonly decision: string;
  readonly sections: readonly FeedbackSection[];
  readonly overall: readonly string[];
  readonly signedOff: string;
  /** For the file's author field. */
  readonly markerName: string;
}

/**
 * XML 1.0 forbids C0 controls other than tab, line feed and carriage return,
 * lone surrogates, and U+FFFE/U+FFFF. Everything else is kept as written.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const invalidXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu;

/** User text made safe for XML 1.0: invalid characters removed, nothing else touched. */
export function cleanText(text: string): string {
  return text.replace(invalidXml, '');
}

/** A comment as paragraphs: cleaned, one entry per line, no blank run at either end. */
export function cleanLines(text: string): readonly string[] {
  const lines = cleanText(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split(/[\n\u2028\u2029]/u)
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

function choicesOf(marks: readonly CriterionMark[]): ReadonlyMap<Id, Id | null> {
  return new Map(marks.map((mark) => [mark.criterionId, mark.levelId]));
}

function sectionOf(
  label: string,
  rubric: Rubric,
  marks: readonly CriterionMark[],
): FeedbackSection {
  const choices = choicesOf(marks);
  const evaluation = evaluatePassRule(rubric, choices);
  const rows = rubric.criteria.map((criterion): FeedbackRow => {
    const mark = marks.find((m) => m.criterionId === criterion.id);
    const level = criterion.levels.find((l) => l.id === mark?.levelId) ?? null;
    const best = criterion.levels.reduce((max, l) => Math.max(max, l.points), 0);
    const earned = level === null ? 0 : level.points;
    const comment = cleanLines(mark?.comment ?? '');
    return {
      criterion: cleanText(criterion.title),
      level: level === null ? 'Not marked' : cleanText(level.title),
      descriptor: level === null ? '' : cleanText(level.descriptor),
      points: `${formatPoints(criterion.weight * earned)} of ${formatPoints(criterion.weight * best)}`,
      comment: comment.length === 0 ? ['No comment.'] : comment,
    };
  });
  return {
    heading: `${label}: ${cleanText(rubric.title)}`,
    rows,
    total: `Total: ${formatPoints(evaluation.total)} of ${formatPoints(evaluation.maxTotal)} points.`,
    rule: `To meet the standard: ${cleanText(describePassRule(rubric))}.`,
    result: evaluation.meets
      ? 'You met this part of the standard.'
      : 'This part does not meet the standard yet.',
    shortfalls: evaluation.meets ? [] : evaluation.shortfalls.map((s) => cleanText(s.message)),
  };
}

function criterionTitles(
  achievement: FeedbackInput['achievement'],
  ids: readonly Id[],
): readonly string[] {
  const criteria = [
    ...achievement.demonstrationRubric.criteria,
    ...achievement.reflectionRubric.criteria,
  ];
  return ids.map((id) => cleanText(criteria.find((c) => c.id === id)?.title ?? 'a criterion'));
}

/** The decision in the learner's words. */
export function decisionText(
  achievement: FeedbackInput['achievement'],
  assessment: FeedbackInput['assessment'],
): string {
  switch (assessment.decision) {
    case 'meets':
      return 'Meets the standard';
    case 'not_yet': {
      const titles = criterionTitles(achievement, assessment.resubmitCriterionIds);
      return titles.length === 0 ? 'Not yet' : `Not yet — resubmit: ${titles.join(', ')}`;
    }
    case null:
      return 'Not decided yet';
  }
}

function learnerLineOf(input: FeedbackInput): string {
  if (input.learner !== null) {
    const { name, studentNumber } = input.learner;
    return `Learner: ${cleanText(name)} (student number ${cleanText(studentNumber)})`;
  }
  const code = cleanText(input.anonymousCode ?? '').trim();
  if (code === '') {
    throw new ServiceError('invalid-request', 'Blind-marked feedback needs an anonymous code.');
  }
  return `Learner: ${code}`;
}

/** Everything the document says, in reading order. */
export function feedbackContentOf(input: FeedbackInput): FeedbackContent {
  const { achievement, assessment } = input;
  const named = `${cleanText(achievement.name)} (${cleanText(achievement.humanCode)})`;
  const overall = cleanLines(assessment.feedback);
  return {
    title: `Feedback: ${named}`,
    learnerLine: learnerLineOf(input),
    institution: cleanText(input.institutionName),
    decision: `Decision: ${decisionText(achievement, assessment)}`,
    sections: [
      sectionOf('Demonstration', achievement.demonstrationRubric, assessment.demonstration),
      sectionOf('Reflection', achievement.reflectionRubric, assessment.reflection),
    ],
    overall: overall.length === 0 ? ['No overall feedback was written.'] : overall,
    signedOff: `Marked by ${cleanText(input.markerName)} on ${cleanText(input.issuedOn)}.`,
    markerName: cleanText(input.markerName),
  };
}
