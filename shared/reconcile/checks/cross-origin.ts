// The same key stated by two origins must agree: every document (province decision, Treasury
// printout, report) against the accountant's books, stated or derived; a figure of the books
// against what a document's own parts add up to where the document states the parts only; two
// documents against each other where both state it.
import type { Claim, Origin } from '../../claim';
import type { Dong } from '../../money';
import { sameRate, type Rate } from '../../rate';
import type { Finding, ReconcileContext, Site } from '../context';
import type { Check } from './check';
import { money } from './money';
import { compareRate } from './rate';
import { M } from '../../figures/cell';

export const crossOrigin: Check = (site, ctx) => {
  if (site.origin.kind === 'books') return againstDocumentParts(site, ctx);
  const findings = ctx.references().flatMap((ref) => againstReference(site, ref, ctx));
  for (const other of ctx.sameKey(site)) {
    const origin = ctx.origin(other.key.origin);
    // each pair of documents once, on the later origin id
    if (origin.kind === 'books' || other.key.origin >= site.claim.key.origin) continue;
    findings.push(...stated(site, other, origin));
  }
  return findings;
};

function againstReference(site: Site, ref: Origin, ctx: ReconcileContext): Finding[] {
  const { from, to } = site.claim.key.period;
  if (from !== to) return againstReferencePeriod(site, ref, ctx);
  if (site.key === null) return [];
  const ev = ctx.evaluator(ref.id, from);
  if (site.cell.measure === 'rate') {
    const d = site.key - M.rate + M.disbursed;
    const a = site.key - M.rate + M.available;
    return compareRate('cross-origin', site, ev.moneyAt(d), ev.moneyAt(a), () => [...ev.contributorsAt(d, 20), ...ev.contributorsAt(a, 20)], ref);
  }
  const value = ev.moneyAt(site.key);
  if (value === null || value === (site.claim.value as Dong)) return [];
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: money(value), involved: ev.contributorsAt(site.key, 20), counterpart: ref }];
}

/** A province decision that gives DA1.1 and DA1.2 but not DA1 still says what DA1 is. Where the
 * document states the key itself, the document's own check already compared it. */
function againstDocumentParts(site: Site, ctx: ReconcileContext): Finding[] {
  const { from, to } = site.claim.key.period;
  if (from !== to || site.key === null || site.cell.measure === 'rate') return [];
  const findings: Finding[] = [];
  for (const doc of ctx.documents()) {
    const ev = ctx.evaluator(doc.id, from);
    if (ev.statedAt(site.key)) continue;
    const value = ev.moneyAt(site.key);
    if (value === null || value === (site.claim.value as Dong)) continue;
    findings.push({ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: money(value), involved: ev.contributorsAt(site.key, 20), counterpart: doc });
  }
  return findings;
}

function againstReferencePeriod(site: Site, ref: Origin, ctx: ReconcileContext): Finding[] {
  const { from, to } = site.claim.key.period;
  const figure = (measure: Site['cell']['measure']) => ctx.periodFigure(ref.id, from, to, { ...site.cell, measure });
  if (site.cell.measure === 'rate') {
    const d = figure('disbursed');
    const a = figure('available');
    const dv = d.value?.kind === 'money' ? d.value.dong : null;
    const av = a.value?.kind === 'money' ? a.value.dong : null;
    return compareRate('cross-origin', site, dv, av, () => [...d.involved, ...a.involved], ref);
  }
  const f = figure(site.cell.measure);
  if (f.value?.kind !== 'money' || f.value.dong === (site.claim.value as Dong)) return [];
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: f.value, involved: f.involved, counterpart: ref }];
}

function stated(site: Site, other: Claim, origin: Origin): Finding[] {
  if (site.cell.measure === 'rate') {
    const a = site.claim.value as Rate;
    const b = other.value as Rate;
    if (sameRate(a, b)) return [];
    return [{ rule: 'cross-origin', found: { kind: 'rate', rate: a }, expected: { kind: 'rate', rate: b }, involved: [other], counterpart: origin }];
  }
  if (site.claim.value === other.value) return [];
  return [{ rule: 'cross-origin', found: money(site.claim.value as Dong), expected: money(other.value as Dong), involved: [other], counterpart: origin }];
}
