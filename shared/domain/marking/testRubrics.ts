/** Rubrics for the marking tests: the presets with predictable ids. */
import { dealRubric, demonstrationRubricTemplate } from '../definitions/rubricPresets';
import type { Rubric } from '../rubric';
import type { MarkingRubrics } from './markingDraft';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** 4 required criteria × 4 levels, Proficient (index 2) and a total of 12 to pass. */
export function testDemonstration(): Rubric {
  return demonstrationRubricTemplate(counter('d'));
}

/** DEAL: Describe / Examine / Articulate Learning. */
export function testReflection(): Rubric {
  return dealRubric(counter('r'));
}

export function testRubrics(): MarkingRubrics {
  return { demonstration: testDemonstration(), reflection: testReflection() };
}
