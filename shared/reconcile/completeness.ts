// What an origin's silence means (see Origin.complete and Completeness): a setting of the origin.
import { CAPITALS, type Claim, type MoneyMeasure, type Origin, type OriginScope, SOURCES } from '../claim';
import type { Completeness } from '../figures/evaluator';

export function completenessOf(origin: Pick<Origin, 'complete' | 'scope'>): Completeness {
  return { missingIsZero: origin.complete, scope: origin.scope ?? null };
}

/** The table a document that lists every line lists, read from what it states: the capital
 * types it names (both when it names none: a table of Cộng), the measures it gives (a decision
 * of allocations says nothing of carry-in), and its sources when every figure names one. Import
 * sets it from the figures it read; a file of claims or "Đủ các dòng" without a scope, the same. */
export function statedScope(claims: Iterable<Pick<Claim, 'key'>>): OriginScope {
  const capitals = new Set<string>();
  const measures = new Set<MoneyMeasure>();
  const sources = new Set<string>();
  let unsourced = false;
  for (const { key } of claims) {
    if (key.capital !== null) capitals.add(key.capital);
    if (key.measure !== 'rate') measures.add(key.measure);
    if (key.source === null) unsourced = true;
    else sources.add(key.source);
  }
  const named = CAPITALS.filter((c) => capitals.has(c));
  const listed = unsourced ? [] : SOURCES.filter((s) => sources.has(s));
  return { capitals: named.length ? named : [...CAPITALS], measures: [...measures], ...(listed.length && { sources: listed }) };
}

/** A document marked complete with no scope of its own is complete for what it states; her books
 * are complete for everything. */
export function scopeWhenComplete(origin: Pick<Origin, 'kind' | 'complete' | 'scope'>, claims: () => Iterable<Pick<Claim, 'key'>>): OriginScope | null {
  if (origin.scope || !origin.complete || origin.kind === 'books') return origin.scope ?? null;
  const scope = statedScope(claims());
  return scope.measures.length ? scope : null;
}
