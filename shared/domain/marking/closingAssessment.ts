/**
 * The assessment that closed an attempt (resubmission carry-over, the
 * learner's feedback): a finalised second marking (the moderated outcome)
 * when there is one, else the finalised first marking; of several markers'
 * the latest finalised (ties: the latest updated, then the greatest id, so
 * the choice does not depend on storage order).
 */
import type { Assessment } from '../entities';
import type { IsoInstant } from '../ids';

export function latestFinalised(assessments: readonly Assessment[]): Assessment | null {
  const latestOf = (round: Assessment['round']) => {
    let best: Assessment | null = null;
    for (const a of assessments) {
      if (a.round !== round || a.finalisedAt === null) continue;
      if (best === null || laterThan(a, best)) best = a;
    }
    return best;
  };
  return latestOf('second') ?? latestOf('first');
}

function laterThan(a: Assessment, b: Assessment): boolean {
  const byFinalised = instant(a.finalisedAt) - instant(b.finalisedAt);
  if (byFinalised !== 0) return byFinalised > 0;
  const byUpdated = instant(a.updatedAt) - instant(b.updatedAt);
  if (byUpdated !== 0) return byUpdated > 0;
  return a.id > b.id;
}

function instant(at: IsoInstant | null): number {
  const ms = at === null ? Number.NaN : Date.parse(at);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
