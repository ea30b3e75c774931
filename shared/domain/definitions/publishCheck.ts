/**
 * The framework's publish rules (DESIGN.md intro, issue 3 §7): each rule with
 * pass/fail and what to fix. A version is publishable only when all pass.
 *
 * Decisions: every endorsement must be complete (organisation, statement, a
 * real calendar date; a url, when given, must be a web address) — a frozen
 * version carries them all into credentials. Alignments pointing at an
 * institution framework that no longer exists fail the alignment rule, and
 * every alignment needs a name and a web address (OB 3.0 requires both).
 */
import type { AchievementVersion, Alignment, Endorsement } from '../entities';
import type { Id } from '../ids';
import { validateRubric, type DefinitionProblem } from './validateRubric';

export const publishRuleIds = [
  'name',
  'human_code',
  'endorsement',
  'demonstration_rubric',
  'reflection_rubric',
  'institution_alignment',
  'alignments_complete',
  'badge_image',
  'criteria_narrative',
] as const;
export type PublishRuleId = (typeof publishRuleIds)[number];

export const publishRuleLabels: Readonly<Record<PublishRuleId, string>> = {
  name: 'Has a name',
  human_code: 'Has a code',
  endorsement: 'Endorsed by an industry partner',
  demonstration_rubric: 'Demonstration rubric is complete and can be met',
  reflection_rubric: 'Reflection rubric is complete and can be met',
  institution_alignment: 'Aligned with an institution framework',
  alignments_complete: 'Every alignment has a name and a web address',
  badge_image: 'Has a badge image',
  criteria_narrative: 'Has a criteria narrative',
};

export interface PublishContext {
  /** Ids of the institution frameworks that exist (Settings). */
  readonly institutionFrameworkIds: ReadonlySet<Id>;
}

export interface PublishRuleResult {
  readonly rule: PublishRuleId;
  readonly label: string;
  readonly passed: boolean;
  /** What to do, when the rule fails. */
  readonly fix?: string;
  /** For rubric rules: every problem, with its path. */
  readonly problems?: readonly DefinitionProblem[];
}

const filled = (text: string): boolean => text.trim() !== '';

/** `YYYY-MM-DD` naming a real day. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An absolute http(s) address. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i.test(text.trim());
}

/** What an endorsement still lacks, as phrases ("a statement"); empty when complete. */
export function endorsementGaps(endorsement: Endorsement): readonly string[] {
  const gaps: string[] = [];
  if (!filled(endorsement.organisation)) gaps.push('the organisation');
  if (!filled(endorsement.statement)) gaps.push('a statement');
  if (!isCalendarDate(endorsement.endorsedOn)) gaps.push('the date endorsed (YYYY-MM-DD)');
  if (filled(endorsement.url) && !isWebAddress(endorsement.url)) gaps.push('a valid web address');
  return gaps;
}

function endorsementRule(version: AchievementVersion): Pick<PublishRuleResult, 'passed' | 'fix'> {
  if (version.endorsements.length === 0) {
    return {
      passed: false,
      fix: 'Add an endorsement from an industry partner: organisation, statement and the date they endorsed it.',
    };
  }
  for (const endorsement of version.endorsements) {
    const gaps = endorsementGaps(endorsement);
    if (gaps.length === 0) continue;
    const who = filled(endorsement.organisation) ? `'${endorsement.organisation}'` : 'a partner';
    return { passed: false, fix: `Complete the endorsement from ${who}: add ${gaps.join(', ')}.` };
  }
  return { passed: true };
}

function alignmentName(alignment: Alignment): string {
  return filled(alignment.targetName) ? `'${alignment.targetName}'` : 'an unnamed alignment';
}

function institutionAlignmentRule(
  version: AchievementVersion,
  context: PublishContext,
): Pick<PublishRuleResult, 'passed' | 'fix'> {
  const toInstitution = version.alignments.filter((a) => a.institutionFrameworkId !== null);
  const stale = toInstitution.find(
    (a) =>
      a.institutionFrameworkId !== null &&
      !context.institutionFrameworkIds.has(a.institutionFrameworkId),
  );
  if (stale !== undefined) {
    return {
      passed: false,
      fix: `The alignment ${alignmentName(stale)} points to an institution framework that no longer exists: pick it again from the list, or remove it.`,
    };
  }
  if (toInstitution.length === 0) {
    return {
      passed: false,
      fix: 'Align the micro-credential with at least one of the institution’s frameworks (values, strategic plan or digital learning strategy).',
    };
  }
  return { passed: true };
}

function alignmentsCompleteRule(
  version: AchievementVersion,
): Pick<PublishRuleResult, 'passed' | 'fix'> {
  const incomplete = version.alignments.find(
    (a) => !filled(a.targetName) || !isWebAddress(a.targetUrl),
  );
  if (incomplete === undefined) return { passed: true };
  return {
    passed: false,
    fix: `Give the alignment ${alignmentName(incomplete)} a name and a web address (https://…).`,
  };
}

function rubricRule(
  problems: readonly DefinitionProblem[],
): Pick<PublishRuleResult, 'passed' | 'fix' | 'problems'> {
  const [first] = problems;
  if (first === undefined) return { passed: true, problems };
  const rest = problems.length - 1;
  const fix =
    rest === 0
      ? first.message
      : `${first.message.replace(/\.$/, '')}; and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`;
  return { passed: false, fix, problems };
}

function simple(passed: boolean, fix: string): Pick<PublishRuleResult, 'passed' | 'fix'> {
  return passed ? { passed } : { passed, fix };
}

/** Every publish rule, in the order the panel lists them. */
export function publishCheck(
  version: AchievementVersion,
  context: PublishContext,
): PublishRuleResult[] {
  const outcomes: Record<PublishRuleId, Pick<PublishRuleResult, 'passed' | 'fix' | 'problems'>> = {
    name: simple(filled(version.name), 'Give the micro-credential a name.'),
    human_code: simple(
      filled(version.humanCode),
      'Give the micro-credential a code, e.g. MC-SAS-101.',
    ),
    endorsement: endorsementRule(version),
    demonstration_rubric: rubricRule(
      validateRubric(version.demonstrationRubric, {
        basePath: 'demonstrationRubric',
        expectedKind: 'demonstration',
      }),
    ),
    reflection_rubric: rubricRule(
      validateRubric(version.reflectionRubric, {
        basePath: 'reflectionRubric',
        expectedKind: 'reflection',
      }),
    ),
    institution_alignment: institutionAlignmentRule(version, context),
    alignments_complete: alignmentsCompleteRule(version),
    badge_image: simple(version.image !== null, 'Add a badge image (PNG or SVG).'),
    criteria_narrative: simple(
      filled(version.criteriaNarrative),
      'Write the criteria narrative: what a learner must do to earn this micro-credential.',
    ),
  };
  return publishRuleIds.map((rule) => ({
    rule,
    label: publishRuleLabels[rule],
    ...outcomes[rule],
  }));
}

/** True only when every rule passed (and there were rules to pass). */
export function canPublish(results: readonly PublishRuleResult[]): boolean {
  return results.length > 0 && results.every((r) => r.passed);
}
