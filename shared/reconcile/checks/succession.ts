// The year chain across a unit's end: a district that ended on 30/06/2025 passes its carry-out
// to the communes that took it over, so at the turn into 2026 the carry-out of every unit of the
// group together is the successors' carry-in together (one successor, or two that split it).
import { rowKeyId } from '../../catalog';
import type { Claim } from '../../claim';
import { type CellNo, withMeasure, withRow } from '../../figures/cell-no';
import type { FigureEvaluator } from '../../figures/evaluator';
import type { Dong } from '../../money';
import { sum } from '../../figures/sum';
import { CONTRIBUTORS_SHOWN, type Finding, type ReconcileContext } from '../context';
import { NONE } from './check';
import { type YearSite, money, yearOf } from './money';

/** A site's group at the turn into its year, as rows of the site's node: the successors' and
 * every member's (a member without a row under this node has no money here). */
export interface GroupRows {
  successors: number[];
  members: number[];
}

export function groupRowsOf(site: YearSite, ctx: ReconcileContext): GroupRows | null {
  const { unit, node } = site.claim.key;
  if (unit === null || ctx.succession.isEmpty) return null;
  const group = ctx.succession.groupAt(unit, yearOf(site));
  if (!group) return null;
  const rows = (names: readonly string[]) => names
    .map((u) => ctx.tree.indexOf.get(rowKeyId({ node, unit: u })))
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b);
  return { successors: rows(group.successors), members: rows(group.members) };
}

/** The successors' carry-in against the group's carry-out of the year before. The finding sits on
 * the first successor that states a carry-in, so a group disagrees once, not once per commune. */
export function successionChain(site: YearSite, ctx: ReconcileContext, rows: GroupRows): readonly Finding[] {
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  const previous = ctx.evaluator(site.origin.id, yearOf(site) - 1);
  const carryIn = withMeasure(site.key, 'carry_in');
  const carryOut = withMeasure(site.key, 'carry_out');
  const lead = rows.successors.find((r) => ev.statedAt(withRow(carryIn, r)) !== undefined);
  if (lead === undefined || withRow(carryIn, lead) !== site.key) return NONE;
  const expected = total(previous, carryOut, rows.members);
  const found = total(ev, carryIn, rows.successors);
  if (expected === null || found === null || expected === found) return NONE;
  return [{ rule: 'year-chain-successor', found: money(found), expected: money(expected), involved: [
    ...involvedAt(previous, carryOut, rows.members), ...involvedAt(ev, carryIn, rows.successors.filter((r) => r !== lead)),
  ] }];
}

/** Her books: a group that carried money out of last year and whose successors state no carry-in
 * at all is warned once, on the first successor with an allocation this year. */
export function successionMissing(site: YearSite, ctx: ReconcileContext, rows: GroupRows): readonly Finding[] {
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  if (rows.successors.some((r) => ev.moneyAt(withRow(withMeasure(site.key, 'carry_in'), r)) !== null)) return NONE;
  const first = rows.successors.find((r) => ev.statedAt(withRow(site.key, r)) !== undefined);
  if (first === undefined || withRow(site.key, first) !== site.key) return NONE;
  const previous = ctx.evaluator(site.origin.id, yearOf(site) - 1);
  const carryOut = withMeasure(site.key, 'carry_out');
  const carried = total(previous, carryOut, rows.members);
  if (carried === null || carried === 0) return NONE;
  return [{ rule: 'year-chain-missing', found: money(0 as Dong), expected: money(carried), involved: involvedAt(previous, carryOut, rows.members) }];
}

function total(ev: FigureEvaluator, cell: CellNo, rows: readonly number[]): Dong | null {
  return sum(rows.map((r) => ev.moneyAt(withRow(cell, r))), true);
}

function involvedAt(ev: FigureEvaluator, cell: CellNo, rows: readonly number[]): Claim[] {
  return rows.flatMap((r) => ev.contributorsAt(withRow(cell, r), CONTRIBUTORS_SHOWN));
}
