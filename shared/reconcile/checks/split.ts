// A stated total equals ĐT + SN, and a total over sources equals NSTW + NSĐP + ...
import { CONTRIBUTORS_SHOWN } from '../context';
import { check, NONE } from './check';
import { disagreement, isYearSite, moneyFinding, yearOf } from './money';

export const capitalSplit = check([], (site, ctx) => {
  if (!isYearSite(site) || site.cell.capital !== null) return NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  const expected = disagreement(site, ev.deriveAt(site.key, 'capital'));
  return expected === null ? NONE : moneyFinding('capital-split', site, expected, ev.contributorsOf(site.key, 'capital', CONTRIBUTORS_SHOWN));
});

export const sourceSplit = check([], (site, ctx) => {
  if (!isYearSite(site) || site.cell.source !== null) return NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  if (!ev.hasSources(site.key)) return NONE;
  const expected = disagreement(site, ev.deriveAt(site.key, 'sources'));
  return expected === null ? NONE : moneyFinding('source-split', site, expected, ev.contributorsOf(site.key, 'sources', CONTRIBUTORS_SHOWN));
});
