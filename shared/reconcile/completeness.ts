// What an origin's silence means (see Completeness): her books are complete, documents are not.
import type { OriginKind } from '../claim';
import type { Completeness } from '../figures/evaluator';

export function completenessOf(kind: OriginKind): Completeness {
  return { missingIsZero: kind === 'books' };
}
