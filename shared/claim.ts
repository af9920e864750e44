// A claim is one written number with where it came from: (origin, period, node, unit, capital,
// source, measure) → value. The books, each province decision, each Treasury printout and each
// earlier report are origins; nothing computed is ever stored as a claim.
import type { Dong } from './money';
import type { Rate } from './rate';

export const MEASURES = [
  'carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'cancelled', 'carry_out', 'rate',
] as const;
export type Measure = (typeof MEASURES)[number];
export type MoneyMeasure = Exclude<Measure, 'rate'>;

/** Only an adjustment is negative by nature; any other negative amount is a slip unless she
 * confirms it (and the engine still flags it). */
export function mayBeNegative(measure: Measure): boolean {
  return measure === 'adjusted';
}

export const CAPITALS = ['DT', 'SN'] as const;
export type Capital = (typeof CAPITALS)[number];

export const SOURCES = ['NSTW', 'NSDP', 'HUY_DONG', 'LONG_GHEP'] as const;
export type Source = (typeof SOURCES)[number];

export const ORIGIN_KINDS = ['books', 'province', 'treasury', 'report'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/** The accountant's own books: the origin every edit in the grid writes to. */
export const BOOKS_ORIGIN = 'books';

/** Her own ledger: its id and kind go together, and no other origin may take either. */
export function isReservedOriginMisuse(o: { id: string; kind: OriginKind }): boolean {
  return (o.id === BOOKS_ORIGIN) !== (o.kind === 'books');
}

export interface Origin {
  id: string;
  kind: OriginKind;
  label: string;
  /**
   * How its silence is read. Complete: it lists every line of its tables, so a line it leaves
   * out is 0 (her books; a report table, a province annex). Not complete: it states only what
   * it states (a letter quoting a few figures), so a total is known only when all its parts are.
   */
  complete: boolean;
  /** The table a complete origin lists: its capital types and measures. Outside it the origin
   * says nothing (a province's plan of recurrent money lists no carry-in and no investment). */
  scope?: OriginScope | null;
}

export interface OriginScope {
  capitals: Capital[];
  measures: MoneyMeasure[];
  /** The sources its table lists (a decision giving central-budget money lists NSTW only):
   * absent, every source. A total over all sources follows from its parts only when it lists
   * them all. */
  sources?: Source[];
}

/** Her books are complete; a document is read as stating only what it states until she says
 * it lists every line (import sets it for the tables it reads). */
export function defaultCompleteness(kind: OriginKind): boolean {
  return kind === 'books';
}

/** A single year is { from: y, to: y }; a claim about a period's sum spans several. */
export interface Period {
  from: number;
  to: number;
}

export function yearPeriod(year: number): Period {
  return { from: year, to: year };
}

/** null in unit, capital or source means "all of them together". */
export interface ClaimKey<M extends Measure = Measure> {
  origin: string;
  program: string;
  period: Period;
  node: string;
  unit: string | null;
  capital: Capital | null;
  source: Source | null;
  measure: M;
}

interface ClaimBase {
  asOf: string | null;
  note: string | null;
}

export interface MoneyClaim extends ClaimBase {
  key: ClaimKey<MoneyMeasure>;
  value: Dong;
}

export interface RateClaim extends ClaimBase {
  key: ClaimKey<'rate'>;
  value: Rate;
}

export type Claim = MoneyClaim | RateClaim;

export function isRateClaim(c: Claim): c is RateClaim {
  return c.key.measure === 'rate';
}

declare const keyIdBrand: unique symbol;
/** A claim key as one string, for maps and sets. */
export type ClaimKeyId = string & { readonly [keyIdBrand]: true };

export function claimKeyId(k: ClaimKey): ClaimKeyId {
  return [
    k.origin, k.program, k.period.from, k.period.to, k.node,
    k.unit ?? '', k.capital ?? '', k.source ?? '', k.measure,
  ].join('\u001f') as ClaimKeyId;
}

/** The same key, field by field (what equal `claimKeyId`s say, without building them). */
export function sameClaimKey(a: ClaimKey, b: ClaimKey): boolean {
  return a.origin === b.origin && a.program === b.program && a.period.from === b.period.from && a.period.to === b.period.to
    && a.node === b.node && (a.unit ?? '') === (b.unit ?? '') && a.capital === b.capital && a.source === b.source && a.measure === b.measure;
}

export function periodLabel(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

/** The dates an origin states each key for, where it states several (latest first). */
export function datesByKey(claims: readonly Claim[]): Map<ClaimKeyId, string[]> {
  const dates = new Map<ClaimKeyId, string[]>();
  for (const c of claims) {
    if (c.asOf === null) continue;
    const id = claimKeyId(c.key);
    dates.set(id, [...(dates.get(id) ?? []), c.asOf]);
  }
  for (const [id, list] of dates) {
    if (list.length < 2) dates.delete(id);
    else list.sort().reverse();
  }
  return dates;
}

/** Disbursement is cumulative to a date: of several as-of claims with one key, the latest speaks. */
export function latestAsOf(claims: Claim[]): Claim[] {
  if (!claims.some((c) => c.asOf !== null)) return claims;
  const latest = new Map<ClaimKeyId, Claim>();
  for (const c of claims) {
    const id = claimKeyId(c.key);
    const seen = latest.get(id);
    if (!seen || (c.asOf ?? '') > (seen.asOf ?? '')) latest.set(id, c);
  }
  return [...latest.values()];
}
