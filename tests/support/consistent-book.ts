// A random book whose every stated figure agrees with every other: the truth is built first
// (leaves, then sums), and claims are drawn from it. Built from fast-check's arbitraries, so a
// failing property shrinks to a small book (fewer figures, smaller sums). Used by the property
// tests; prng serves the corpora and the fault benches, which want a seed.
import fc from 'fast-check';
import type { Capital, Claim, Measure, MoneyMeasure, Origin } from '../../shared/claim';
import { dong, type Dong } from '../../shared/money';
import { computeRate } from '../../shared/rate';
import { TREE } from './claims';

const YEARS = [2022, 2023, 2024];
const LEAVES = ['DA1.1', 'DA1.2', 'DA2@UBND xã'];
const ROWS = ['P', 'DA1', 'DA1.1', 'DA1.2', 'DA2', 'DA2@UBND xã'];
const BASE: MoneyMeasure[] = ['carry_in', 'allocated', 'adjusted', 'disbursed', 'cancelled'];
const ALL: Measure[] = [...BASE, 'available', 'carry_out', 'rate'];
const CAPS: (Capital | null)[] = ['DT', 'SN', null];

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Truth = Map<string, Dong>;
const tkey = (row: string, year: number, cap: Capital | null, m: Measure) => `${row}|${year}|${cap ?? ''}|${m}`;

/** One leaf's money in one capital, in triệu: its carry-in, then each year's allocation and the
 * share of the money available that year it disbursed, in thousandths. */
interface Flow { carry: number; years: { allocated: number; disbursed: number }[] }

const flow: fc.Arbitrary<Flow> = fc.record({
  carry: fc.integer({ min: 0, max: 49 }),
  years: fc.array(fc.record({ allocated: fc.integer({ min: 0, max: 999 }), disbursed: fc.integer({ min: 0, max: 1000 }) }), { minLength: YEARS.length, maxLength: YEARS.length }),
});
/** a flow for each leaf and capital (LEAVES × DT, SN) */
const truth: fc.Arbitrary<Truth> = fc.array(flow, { minLength: LEAVES.length * 2, maxLength: LEAVES.length * 2 }).map(buildTruth);

function buildTruth(flows: Flow[]): Truth {
  const t: Truth = new Map();
  const trieu = (n: number) => dong(n * 1_000_000);
  LEAVES.forEach((leaf, l) => (['DT', 'SN'] as const).forEach((cap, c) => {
    const f = flows[l * 2 + c]!;
    let carry = trieu(f.carry);
    YEARS.forEach((y, i) => {
      const allocated = trieu(f.years[i]!.allocated);
      const available = dong(carry + allocated);
      const disbursed = trieu(Math.floor((available / 1_000_000) * f.years[i]!.disbursed / 1000));
      // a document that states carry-out but not cancellations reads them as none (see
      // flow.ts): the truth cancels nothing so that every origin may state any figure
      const cancelled = dong(0);
      const carryOut = dong(available - disbursed - cancelled);
      const values: Record<string, Dong> = { carry_in: carry, allocated, adjusted: dong(0), disbursed, cancelled, available, carry_out: carryOut };
      for (const [m, v] of Object.entries(values)) t.set(tkey(leaf, y, cap, m as Measure), v);
      carry = carryOut;
    });
  }));
  sumUp(t);
  return t;
}

/** Parents and Cộng are sums of the truth below them. */
function sumUp(t: Truth): void {
  for (const y of YEARS) {
    for (const m of ALL.filter((x) => x !== 'rate')) {
      for (const cap of ['DT', 'SN'] as const) {
        for (const row of [...ROWS].reverse()) {
          if (LEAVES.includes(row)) continue;
          const kids = TREE.byId.get(row)!.childIds.filter((id) => !TREE.byId.get(id)!.memo);
          t.set(tkey(row, y, cap, m), dong(kids.reduce((s, k) => s + (t.get(tkey(k, y, cap, m)) ?? 0), 0)));
        }
      }
      for (const row of ROWS) t.set(tkey(row, y, null, m), dong(t.get(tkey(row, y, 'DT', m))! + t.get(tkey(row, y, 'SN', m))!));
    }
  }
}

function claim(origin: string, row: string, years: [number, number], cap: Capital | null, measure: Measure, truth: Truth): Claim | null {
  const [node, unit] = row.includes('@') ? row.split('@') as [string, string] : [row, null];
  const key = { origin, program: 'P', period: { from: years[0], to: years[1] }, node, unit, capital: cap, source: null };
  const value = (m: MoneyMeasure): Dong => periodValue(truth, row, years, cap, m);
  if (measure === 'rate') {
    const rate = computeRate(value('disbursed'), value('available'));
    return rate ? { key: { ...key, measure: 'rate' }, value: rate, asOf: null, note: null } : null;
  }
  return { key: { ...key, measure }, value: value(measure), asOf: null, note: null };
}

function periodValue(t: Truth, row: string, [a, b]: [number, number], cap: Capital | null, m: MoneyMeasure): Dong {
  const at = (y: number, x: MoneyMeasure) => t.get(tkey(row, y, cap, x))!;
  if (a === b) return at(a, m);
  const sum = (x: MoneyMeasure) => YEARS.filter((y) => y >= a && y <= b).reduce((s, y) => s + at(y, x), 0);
  if (m === 'carry_in') return at(a, 'carry_in');
  if (m === 'carry_out') return at(b, 'carry_out');
  if (m === 'available') return dong(at(a, 'carry_in') + sum('allocated') + sum('adjusted'));
  return dong(sum(m));
}

/** A figure a document may state: which, where and for which years. */
export interface Figure { origin: string; row: string; period: [number, number]; capital: Capital | null; measure: Measure }

const single = fc.constantFrom(...YEARS).map((y): [number, number] => [y, y]);
const whole = fc.constant<[number, number]>([YEARS[0]!, YEARS[YEARS.length - 1]!]);

export const figure: fc.Arbitrary<Figure> = fc.record({
  origin: fc.constantFrom('books', 'province', 'report'),
  row: fc.constantFrom(...ROWS),
  period: fc.oneof({ arbitrary: single, weight: 85 }, { arbitrary: whole, weight: 15 }),
  capital: fc.constantFrom(...CAPS),
  measure: fc.constantFrom(...ALL),
});

export interface ConsistentBook {
  claims: Claim[];
  /** the figure as the book would state it, with its true value (null: a rate of no money) */
  stated(f: Figure): Claim | null;
}

const claimOf = (f: Figure, t: Truth) => claim(f.origin, f.row, f.period, f.capital, f.measure, t);

export const consistentBook: fc.Arbitrary<ConsistentBook> = fc.record({ truth, extra: fc.array(figure, { minLength: 5, maxLength: 29 }) })
  .map(({ truth: t, extra }) => {
    const claims = new Map<string, Claim>();
    const put = (c: Claim | null) => { if (c) claims.set(JSON.stringify(c.key), c); };
    // the books: every leaf figure, and the programme's totals so that every figure counts
    for (const leaf of LEAVES) for (const y of YEARS) for (const cap of ['DT', 'SN'] as const) for (const m of BASE) put(claim('books', leaf, [y, y], cap, m, t));
    for (const y of YEARS) for (const m of BASE) put(claim('books', 'P', [y, y], null, m, t));
    for (const f of extra) {
      const c = claimOf(f, t);
      put(c);
      // a document that states a rate on the year's available money states that money too (one
      // that gives only its plan takes the rate on the plan: see checks/rate.ts)
      if (c?.key.measure === 'rate' && c.key.origin !== 'books') put(claimOf({ ...f, measure: 'available' }, t));
    }
    return { claims: [...claims.values()], stated: (f: Figure) => claimOf(f, t) };
  });

/** Her books and two documents that each list every line of their tables (complete). */
export const DOCUMENT_ORIGINS: Origin[] = [
  { id: 'books', kind: 'books', label: 'Sổ kế toán', complete: true },
  { id: 'annex', kind: 'province', label: 'Phụ lục quyết định', complete: true },
  { id: 'report', kind: 'report', label: 'Báo cáo', complete: true },
];

/** What one origin states beyond its complete tables: a year of its own (an index into them)
 * or, where it has every year, the whole period. */
const extraFigure = fc.record({
  whole: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
  year: fc.nat(),
  row: fc.constantFrom(...ROWS),
  capital: fc.constantFrom(...CAPS),
  measure: fc.constantFrom(...ALL),
});
const ids = DOCUMENT_ORIGINS.map((o) => o.id);

/**
 * The same truth written by several complete origins: each year goes to one to three of them,
 * and an origin that has a year states every leaf figure of it and its total row (a complete
 * table), plus some other totals, rates and (where it has every year) period figures.
 */
export const consistentDocuments: fc.Arbitrary<Claim[]> = fc.record({
  truth,
  holders: fc.array(fc.subarray(ids, { minLength: 1 }), { minLength: YEARS.length, maxLength: YEARS.length }),
  extras: fc.array(fc.array(extraFigure, { maxLength: 12 }), { minLength: ids.length, maxLength: ids.length }),
}).map(({ truth: t, holders, extras }) => {
  const claims = new Map<string, Claim>();
  const put = (c: Claim | null) => { if (c) claims.set(JSON.stringify(c.key), c); };
  const yearsOf = new Map<string, number[]>(ids.map((id) => [id, []]));
  YEARS.forEach((y, i) => {
    for (const origin of holders[i]!) {
      yearsOf.get(origin)!.push(y);
      for (const leaf of LEAVES) for (const cap of ['DT', 'SN'] as const) for (const m of BASE) put(claim(origin, leaf, [y, y], cap, m, t));
      // its total row, so that every figure of the table counts towards something stated
      for (const m of BASE) put(claim(origin, 'P', [y, y], null, m, t));
    }
  });
  ids.forEach((origin, o) => {
    const years = yearsOf.get(origin)!;
    if (years.length === 0) return;
    for (const f of extras[o]!) {
      const y = years[f.year % years.length]!;
      const period: [number, number] = f.whole && years.length === YEARS.length ? [YEARS[0]!, YEARS[YEARS.length - 1]!] : [y, y];
      put(claim(origin, f.row, period, f.capital, f.measure, t));
    }
  });
  return [...claims.values()];
});
