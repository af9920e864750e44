// The same key must agree across origins, at every level: a figure one origin states is
// compared with what every other origin states there, or else derives from its own figures
// (its lines, capital and source splits, flow identities, year chain, period sums). Her books,
// a province decision and its annex, a Treasury printout, two sections of one report: every
// pair, each pair once per key.
import type { Claim, Origin } from '../../claim';
import type { Dong } from '../../money';
import { sameRate, type Rate } from '../../rate';
import { CONTRIBUTORS_SHOWN, type Finding, type ReconcileContext, type Site } from '../context';
import { check, NONE } from './check';
import { money } from './money';
import { PERIOD_READS } from './period';
import { RATE_READS, compareRate, rateBaseOf, rateOperands } from './rate';

export const crossOrigin = check([...RATE_READS, ...PERIOD_READS], (site, ctx) => {
  const others = ctx.originsBesides(site.origin.id);
  if (others.length === 0) return NONE;
  const twins = ctx.sameKey(site);
  let findings: Finding[] | null = null;
  for (const other of others) {
    const twin = twins.length ? twins.find((c) => c.key.origin === other.id) : undefined;
    if (twin && datesDiffer(site.claim, twin, ctx)) continue;
    const found = !twin ? againstDerived(site, other, ctx) : holdsPairFlag(site.origin, other) ? againstStated(site, twin, other, ctx) : NONE;
    if (found.length) (findings ??= []).push(...found);
  }
  if (!findings) return NONE;
  // "ước thực hiện đến 31/12" and "thực hiện đến 30/6" differ by design: not the same key
  return findings.filter((f) => !f.involved.some((c) => datesDiffer(site.claim, c, ctx)));
});

function datesDiffer(a: Claim, b: Claim, ctx: ReconcileContext): boolean {
  if (a.asOf !== null && b.asOf !== null) return a.asOf !== b.asOf;
  // a Treasury statement is cumulative to its date: before 31/12 it is not the year's figure an
  // undated one is (the same date's figures are set against each other in dated.ts)
  const dated = a.asOf !== null ? a : b.asOf !== null ? b : null;
  return dated !== null && ctx.origin(dated.key.origin).kind === 'treasury' && !dated.asOf!.endsWith('-12-31');
}

/** Two origins stating the same key disagree once: on the document when the other is her
 * books (the books are the reference she corrects against), else on the later origin id. */
export function holdsPairFlag(mine: Origin, theirs: Origin): boolean {
  if (theirs.kind === 'books') return true;
  if (mine.kind === 'books') return false;
  return mine.id > theirs.id;
}

function againstDerived(site: Site, other: Origin, ctx: ReconcileContext): readonly Finding[] {
  const { from, to } = site.claim.key.period;
  if (from !== to) return againstPeriod(site, other, ctx);
  if (site.cell.measure === 'rate') return againstRateOf(site, other, ctx);
  if (site.key === null) return NONE;
  const ev = ctx.evaluator(other.id, from);
  const value = ev.moneyAt(site.key);
  if (value === null || value === (site.claim.value as Dong)) return NONE;
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: money(value), involved: ev.contributorsAt(site.key, CONTRIBUTORS_SHOWN), counterpart: other }];
}

/** A rate against the other origin's disbursed / base, at the precision it was written, on the
 * base of the document that states it (its available money, or its plan). */
function againstRateOf(site: Site, other: Origin, ctx: ReconcileContext): readonly Finding[] {
  const base = rateBaseOf(site, ctx);
  const o = rateOperands(site, other.id, base, ctx);
  return compareRate('cross-origin', site, o.disbursed, o.base, o.involved, other, base === 'allocated');
}

function againstPeriod(site: Site, other: Origin, ctx: ReconcileContext): readonly Finding[] {
  if (site.cell.measure === 'rate') return againstRateOf(site, other, ctx);
  const { from, to } = site.claim.key.period;
  const f = ctx.periodFigure(other.id, from, to, site.cell);
  if (f.value?.kind !== 'money' || f.value.dong === (site.claim.value as Dong)) return NONE;
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: f.value, involved: f.involved, counterpart: other }];
}

/** Both state the key. A rate is held against the other's money where it has it (a stated
 * 81,8 and a stated 81,82 may both be right at their own precision). */
function againstStated(site: Site, other: Claim, origin: Origin, ctx: ReconcileContext): readonly Finding[] {
  if (site.cell.measure === 'rate') {
    const base = rateBaseOf(site, ctx);
    const o = rateOperands(site, origin.id, base, ctx);
    if (o.disbursed !== null && o.base !== null) return compareRate('cross-origin', site, o.disbursed, o.base, o.involved, origin, base === 'allocated');
    const a = site.claim.value as Rate;
    const b = other.value as Rate;
    if (sameRate(a, b)) return NONE;
    return [{ rule: 'cross-origin', found: { kind: 'rate', rate: a }, expected: { kind: 'rate', rate: b }, involved: [other], counterpart: origin }];
  }
  if (site.claim.value === other.value) return NONE;
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: money(other.value as Dong), involved: [other], counterpart: origin }];
}
