// Sums of figures that may be unknown, by what an origin's silence means.
import { type Dong, dongOrNull } from '../money';

export function sum2(a: Dong | null, b: Dong | null, missingIsZero: boolean): Dong | null {
  if (a === null || b === null) {
    if (!missingIsZero || (a === null && b === null)) return null;
    return a ?? b;
  }
  return dongOrNull(a + b);
}

/** The sum of the known parts; with `missingIsZero` false, null as soon as one is unknown. */
export function sum(values: readonly (Dong | null)[], missingIsZero: boolean): Dong | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null) {
      if (!missingIsZero) return null;
      continue;
    }
    total += v;
    any = true;
  }
  return any ? dongOrNull(total) : null;
}
