// A stated total equals ĐT + SN, and a total over sources equals NSTW + NSĐP + ...
import { type Check, NONE } from './check';
import { compareMoney, yearSite } from './money';

export const capitalSplit: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at || site.cell.capital !== null) return NONE;
  const ev = ctx.evaluator(site.origin.id, at.year);
  return compareMoney('capital-split', site, ev.deriveAt(at.key, 'capital'), () => ev.contributorsOf(at.key, 'capital', 20));
};

export const sourceSplit: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at || site.cell.source !== null) return NONE;
  const ev = ctx.evaluator(site.origin.id, at.year);
  if (!ev.hasSources(at.key)) return NONE;
  return compareMoney('source-split', site, ev.deriveAt(at.key, 'sources'), () => ev.contributorsOf(at.key, 'sources', 20));
};
