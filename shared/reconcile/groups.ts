// One cause, one finding. A wrong figure fails many relations at once: a section total 504 triệu
// off fails its year, its carry-over, next year's available, the period sum and the rates. Flags
// whose money differences agree (within rounding) and that share a claim, or sit on the same row
// and capital of the same origin, are one finding; so are flags on the same figure; rate flags
// join the finding of the money they were computed from. The suspect
// is the stated figure most likely at fault: of the figures the flags sit on, the one most of
// the group's flags involve; on a tie, the earliest in the year and in the flow of money.
import { MEASURES } from '../claim';
import { type ClaimRef, type Flag, type Severity, SEVERITIES } from './flag';
import { RULES, type RuleId } from './rules';

export interface FlagGroup {
  /** the id of the flag on the suspect (stable while that flag stands) */
  id: string;
  /** the money difference the flags share, in đồng (of the suspect's flag); for a lone rate, points */
  difference: number;
  /** the stated figure most likely at fault */
  suspect: ClaimRef;
  /** the flag that sits on the suspect, first, then the others */
  flags: string[];
  severity: Severity;
  /** every flag of the group is explained */
  explained: boolean;
}

const TRIEU = 1_000_000;

export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  const sets = new DisjointSets(flags.length);
  const money = flags.map((f, i) => ({ f, i })).filter(({ f }) => !isFollower(f));
  for (const members of buckets(money, (f) => f.claims.map(refKey))) linkAgreeing(members, sets);
  for (const members of buckets(money, (f) => [rowKey(f.claims[0]!)])) linkAgreeing(members, sets);
  // flags on one figure blame that figure together (a rate off against its own money and against another origin's)
  for (const members of buckets(flags.map((f, i) => ({ f, i })), (f) => [refKey(f.claims[0]!)])) {
    for (const m of members.slice(1)) sets.union(members[0]!.i, m.i);
  }
  attachFollowers(flags, sets);
  const byRoot = new Map<number, Flag[]>();
  flags.forEach((f, i) => push(byRoot, sets.find(i), f));
  return [...byRoot.values()].map(toGroup);
}

/** Flags by each key they have (a claim they involve, the row they sit on). */
function buckets(items: { f: Flag; i: number }[], keys: (f: Flag) => string[]): { f: Flag; i: number }[][] {
  const map = new Map<string, { f: Flag; i: number }[]>();
  for (const item of items) for (const k of new Set(keys(item.f))) push(map, k, item);
  return [...map.values()].filter((list) => list.length > 1);
}

/** Sorted by the size of their difference, neighbours that agree within rounding are linked. */
function linkAgreeing(members: { f: Flag; i: number }[], sets: DisjointSets): void {
  const sorted = [...members].sort((a, b) => Math.abs(a.f.difference) - Math.abs(b.f.difference));
  for (let k = 1; k < sorted.length; k++) {
    if (agree(sorted[k - 1]!.f.difference, sorted[k]!.f.difference)) sets.union(sorted[k - 1]!.i, sorted[k]!.i);
  }
}

/** 504 and 503 triệu agree, so do 52 and 51 (each side rounded to whole triệu); 1 and 2 triệu
 * do not: below ten triệu they must agree within 1 %. */
function agree(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  const big = Math.max(x, y);
  return Math.abs(x - y) <= (big >= 10 * TRIEU ? TRIEU : big / 100);
}

/** A rate, or a bound (disbursed above available, a negative amount), is off by its own measure,
 * not by the cause's difference: it follows the money flag on the same row, capital, origin and
 * years (the one further off), else a money flag that sits on a figure it was computed from, else
 * one that lists the very figure it sits on (a negative allocation that a total was made of).
 * Not merely one that lists a figure the rate was computed from: a rate typed wrong (81,82 for
 * 81,12) under a project whose total is off is a slip of its own, not to be hidden there. */
export function isFollower(f: Flag): boolean {
  return f.claims[0]!.measure === 'rate' || RULES[f.rule as RuleId]?.kind === 'bound';
}

function attachFollowers(flags: readonly Flag[], sets: DisjointSets): void {
  const bySite = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const keep = (map: Map<string, number>, key: string, i: number) => {
    const held = map.get(key);
    if (held === undefined || Math.abs(flags[i]!.difference) > Math.abs(flags[held]!.difference)) map.set(key, i);
  };
  const byListed = new Map<string, number>();
  flags.forEach((f, i) => {
    if (isFollower(f)) return;
    keep(bySite, refKey(f.claims[0]!), i);
    for (const c of ownClaims(f).slice(1)) keep(byListed, refKey(c), i);
    keep(byPlace, placeKey(f.claims[0]!), i);
  });
  flags.forEach((f, i) => {
    if (!isFollower(f)) return;
    const viaOperands = f.claims.map((c) => bySite.get(refKey(c))).filter((j): j is number => j !== undefined);
    const twin = byPlace.get(placeKey(f.claims[0]!))
      ?? viaOperands.sort((a, b) => Math.abs(flags[b]!.difference) - Math.abs(flags[a]!.difference))[0]
      ?? byListed.get(refKey(f.claims[0]!));
    if (twin !== undefined) sets.union(twin, i);
  });
}

/** The figure a flag sits on and the figures of the same origin it was computed from. */
function ownClaims(f: Flag): ClaimRef[] {
  const site = f.claims[0]!;
  return f.claims.filter((c, i) => i === 0 || c.origin === site.origin);
}

function toGroup(members: Flag[]): FlagGroup {
  const suspect = suspectOf(members);
  const key = refKey(suspect);
  const own = members.find((f) => refKey(f.claims[0]!) === key) ?? members[0]!;
  const open = members.filter((f) => f.explained === null);
  const severity = SEVERITIES.find((s) => (open.length ? open : members).some((f) => f.severity === s))!;
  return {
    id: own.id,
    difference: own.difference,
    suspect,
    flags: [own.id, ...members.filter((f) => f !== own).map((f) => f.id)],
    severity,
    explained: open.length === 0,
  };
}

/**
 * A figure is blamed by the flags that sit on it, and by the flags of its own origin computed
 * from it (a total its line does not add up to, next year's carry-in it does not chain to).
 * The other origin's figures a cross-origin flag lists are the reference, not blamed, unless
 * two or more origins contradict the same figure (it is the odd one out), or its own origin
 * already blames it (it disagrees inside its document and outside). The most blamed
 * figure is the suspect; on a tie, the one a flag sits on, the earliest in the years and in
 * the flow of money. A rate follows from money: it is the suspect only when no money figure is.
 */
function suspectOf(group: Flag[]): ClaimRef {
  // rates and bounds follow from money: where money flags are, they alone weigh the blame, but
  // for the figure a bound sits on (a negative allocation is wrong whatever else is)
  const money = group.filter((f) => !isFollower(f));
  const members = money.length ? money : group;
  const bounds = money.length ? group.filter((f) => isFollower(f) && f.claims[0]!.measure !== 'rate') : [];
  const blame = new Map<string, Blame>();
  const blamed = (c: ClaimRef): Blame => {
    let b = blame.get(refKey(c));
    if (!b) blame.set(refKey(c), (b = { ref: c, count: 0, site: false }));
    return b;
  };
  const contradictedBy = new Map<string, string[]>();
  for (const f of bounds) {
    blamed(f.claims[0]!).count++;
    blamed(f.claims[0]!).site = true;
  }
  for (const f of members) {
    const site = f.claims[0]!;
    blamed(site).site = true;
    for (const c of new Map(ownClaims(f).map((x) => [refKey(x), x])).values()) blamed(c).count++;
    for (const c of f.claims.slice(1)) if (c.origin !== site.origin) push(contradictedBy, refKey(c), site.origin);
  }
  const counted = new Set<string>();
  for (const f of members) {
    for (const c of f.claims.slice(1)) {
      const origins = new Set(contradictedBy.get(refKey(c)) ?? []).size;
      if (origins === 0 || counted.has(refKey(c)) || (origins < 2 && !blame.has(refKey(c)))) continue;
      counted.add(refKey(c));
      blamed(c).count += origins;
    }
  }
  // a single year before a period that starts with it (the period sums the year)
  const rank = (b: Blame) => [
    money.length && b.ref.measure === 'rate' ? 1 : 0, -b.count, b.site ? 0 : 1,
    b.ref.year ?? b.ref.years![0], b.ref.years ? 1 : 0, MEASURES.indexOf(b.ref.measure as never),
  ];
  return [...blame.values()].reduce((best, b) => (lexicographic(rank(b), rank(best)) < 0 ? b : best)).ref;
}

interface Blame {
  ref: ClaimRef;
  count: number;
  /** a flag sits on it */
  site: boolean;
}

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const refKey = (c: ClaimRef) => JSON.stringify(c);
const rowKey = (c: ClaimRef) => JSON.stringify([c.origin, c.node, c.unit, c.capital, c.source]);
const placeKey = (c: ClaimRef) => JSON.stringify([c.origin, c.node, c.unit, c.capital, c.source, c.year ?? c.years]);

class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_v, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
