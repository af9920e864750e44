// What an origin's silence means (see Origin.complete and Completeness): a setting of the origin.
import type { Origin } from '../claim';
import type { Completeness } from '../figures/evaluator';

export function completenessOf(origin: Pick<Origin, 'complete' | 'scope'>): Completeness {
  return { missingIsZero: origin.complete, scope: origin.scope ?? null };
}
