// The implementing units with their validity and successors: "Huyện Phong Thổ" ends on
// 30/06/2025 and its projects pass to the communes that took them over. Each change is one action.
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import { UNITS_MSG } from '../../../shared/i18n/units';
import { type UnitSpan, lineages } from '../../../shared/units';
import { cellNo } from '../../../shared/figures/cell-no';
import { sum } from '../../../shared/figures/sum';
import type { Tree } from '../../../shared/sheet/tree';
import { UserError } from '../user-error';
import type { GroupHandlers, ServiceContext } from './handlers';

export function unitCalls(service: ServiceContext): GroupHandlers<'units'> {
  return {
    listUnits: () => ({ units: service.book.tables.units() }),
    unitFigures: ({ program, origin, from, to, measure }) => {
      const engine = service.checks.engine(program);
      const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const rows = unitRows(engine.tree);
      const groups = lineages(service.book.tables.units()).map((g) => {
        const cells = rows.filter((r) => g.members.includes(r.unit)).map((r) => cellNo(r.index, null, null, measure));
        return { ...g, dong: years.map((y) => sum(cells.map((c) => engine.evaluatorOf(origin, y).moneyAt(c)), true)) };
      });
      return { years, groups: groups.filter((g) => g.dong.some((d) => d !== null)) };
    },
    setUnit: (input) => {
      const book = service.book;
      const units = book.tables.units();
      const now = units.find((u) => u.name === input.name);
      if (!now) throw new UserError(UNITS_MSG.unknownUnit(input.name, units.map((u) => u.name)));
      const unit: UnitSpan = {
        name: now.name,
        from: input.from === undefined ? now.from : input.from,
        to: input.to === undefined ? now.to : input.to,
        successors: input.successors === undefined ? now.successors : [...new Set(input.successors)],
      };
      refuseUnsound(unit, units);
      book.edit({ name: 'setUnit', label: ACTION_LABEL.setUnit(unit.name) }, (e) => e.setUnit(unit));
      return { unit: book.tables.unitState(unit.name)! };
    },
  };
}

/** A succession that would chain money wrongly is refused with what to change. A successor
 * not yet in the book is allowed: she names the commune before adding its lines. */
function refuseUnsound(unit: UnitSpan, units: readonly UnitSpan[]): void {
  if (unit.from && unit.to && unit.to < unit.from) throw new UserError(UNITS_MSG.endsBeforeStart(unit.name, unit.from, unit.to));
  if (unit.successors.includes(unit.name)) throw new UserError(UNITS_MSG.ownSuccessor(unit.name));
  if (unit.successors.length && !unit.to) throw new UserError(UNITS_MSG.successorsNeedEnd(unit.name));
  for (const s of unit.successors) {
    const ended = units.find((u) => u.name === s)?.to;
    if (ended && unit.to && ended < unit.to) throw new UserError(UNITS_MSG.successorEndedFirst(unit.name, s, ended));
  }
}

/** The units' own rows (leaves under a node), outside the "Trong đó" rows that are never summed. */
function unitRows(tree: Tree): { unit: string; index: number }[] {
  const underMemo = (id: string | null): boolean => {
    for (let at = id; at !== null; at = tree.byId.get(at)?.parentId ?? null) if (tree.byId.get(at)?.memo) return true;
    return false;
  };
  return tree.rows.flatMap((r, index) => (r.key.unit !== null && !underMemo(r.parentId) ? [{ unit: r.key.unit, index }] : []));
}
