// A random book whose every stated figure agrees with every other: the truth is built first
// (leaves, then sums), and claims are drawn from it. Used by the property tests.
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

function buildTruth(rand: () => number): Truth {
  const t: Truth = new Map();
  const trieu = (max: number) => dong(Math.floor(rand() * max) * 1_000_000);
  for (const leaf of LEAVES) {
    for (const cap of ['DT', 'SN'] as const) {
      let carry = trieu(50);
      for (const y of YEARS) {
        const allocated = trieu(1000);
        const available = dong(carry + allocated);
        const disbursed = dong(Math.floor(rand() * (available / 1_000_000 + 1)) * 1_000_000);
        // a document that states carry-out but not cancellations reads them as none (see
        // flow.ts): the truth cancels nothing so that every origin may state any figure
        const cancelled = dong(0);
        const carryOut = dong(available - disbursed - cancelled);
        const values: Record<string, Dong> = { carry_in: carry, allocated, adjusted: dong(0), disbursed, cancelled, available, carry_out: carryOut };
        for (const [m, v] of Object.entries(values)) t.set(tkey(leaf, y, cap, m as Measure), v);
        carry = carryOut;
      }
    }
  }
  // parents and Cộng are sums of the truth below them
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
  return t;
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

function rowOf(c: Claim): string {
  return c.key.unit === null ? c.key.node : `${c.key.node}@${c.key.unit}`;
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

export interface ConsistentBook {
  claims: Claim[];
  /** any claim the book could also state, with its true value */
  candidate(rand: () => number): Claim;
}

export function consistentBook(seed: number): ConsistentBook {
  const rand = prng(seed);
  const truth = buildTruth(rand);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const claims = new Map<string, Claim>();
  const put = (c: Claim | null) => { if (c) claims.set(JSON.stringify(c.key), c); };
  // the books: every leaf figure, and the programme's totals so that every figure counts
  for (const leaf of LEAVES) for (const y of YEARS) for (const cap of ['DT', 'SN'] as const) for (const m of BASE) put(claim('books', leaf, [y, y], cap, m, truth));
  for (const y of YEARS) for (const m of BASE) put(claim('books', 'P', [y, y], null, m, truth));
  const candidate = (r: () => number): Claim => {
    for (;;) {
      const period: [number, number] = r() < 0.15 ? [2022, 2024] : ((y) => [y, y] as [number, number])(YEARS[Math.floor(r() * 3)]!);
      const origin = ['books', 'province', 'report'][Math.floor(r() * 3)]!;
      const c = claim(origin, ROWS[Math.floor(r() * ROWS.length)]!, period, CAPS[Math.floor(r() * 3)]!, ALL[Math.floor(r() * ALL.length)]!, truth);
      if (c) return c;
    }
  };
  const extra = 5 + Math.floor(rand() * 25);
  for (let i = 0; i < extra; i++) {
    const c = candidate(rand);
    put(c);
    // a document that states a rate on the year's available money states that money too (one
    // that gives only its plan takes the rate on the plan: see checks/rate.ts)
    if (c.key.measure === 'rate' && c.key.origin !== 'books') put({ ...c, key: { ...c.key, measure: 'available' }, value: periodValue(truth, rowOf(c), [c.key.period.from, c.key.period.to], c.key.capital, 'available') });
  }
  void pick;
  return { claims: [...claims.values()], candidate };
}

/** Her books and two documents that each list every line of their tables (complete). */
export const DOCUMENT_ORIGINS: Origin[] = [
  { id: 'books', kind: 'books', label: 'Sổ kế toán', complete: true },
  { id: 'annex', kind: 'province', label: 'Phụ lục quyết định', complete: true },
  { id: 'report', kind: 'report', label: 'Báo cáo', complete: true },
];

/**
 * The same truth written by several complete origins: each year goes to one to three of them,
 * and an origin that has a year states every leaf figure of it and its total row (a complete
 * table), plus some other totals, rates and (where it has every year) period figures.
 */
export function consistentDocuments(seed: number): Claim[] {
  const rand = prng(seed);
  const truth = buildTruth(rand);
  const ids = DOCUMENT_ORIGINS.map((o) => o.id);
  const claims = new Map<string, Claim>();
  const put = (c: Claim | null) => { if (c) claims.set(JSON.stringify(c.key), c); };
  const yearsOf = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (const y of YEARS) {
    const holders = ids.filter(() => rand() < 0.6);
    if (holders.length === 0) holders.push(ids[Math.floor(rand() * ids.length)]!);
    for (const origin of holders) {
      yearsOf.get(origin)!.push(y);
      for (const leaf of LEAVES) for (const cap of ['DT', 'SN'] as const) for (const m of BASE) put(claim(origin, leaf, [y, y], cap, m, truth));
      // its total row, so that every figure of the table counts towards something stated
      for (const m of BASE) put(claim(origin, 'P', [y, y], null, m, truth));
    }
  }
  for (const origin of ids) {
    const years = yearsOf.get(origin)!;
    for (let i = 0; i < 12 && years.length; i++) {
      const whole = years.length === YEARS.length && rand() < 0.2;
      const y = years[Math.floor(rand() * years.length)]!;
      const period: [number, number] = whole ? [2022, 2024] : [y, y];
      put(claim(origin, ROWS[Math.floor(rand() * ROWS.length)]!, period, CAPS[Math.floor(rand() * 3)]!, ALL[Math.floor(rand() * ALL.length)]!, truth));
    }
  }
  return [...claims.values()];
}
