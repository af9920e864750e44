// This year's carry-in equals last year's carry-out, node by node, unit by unit.
import { M } from '../../figures/cell';
import type { Check } from './check';
import { compareMoney, yearSite } from './money';

export const yearChain: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at || site.cell.measure !== 'carry_in') return [];
  const previous = at.key - M.carry_in + M.carry_out;
  const ev = ctx.evaluator(site.origin.id, at.year - 1);
  return compareMoney('year-chain', site, ev.moneyAt(previous), () => ev.contributorsAt(previous, 20));
};
