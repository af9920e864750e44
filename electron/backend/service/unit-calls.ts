// The implementing units with their validity and successors: "Huyện Phong Thổ" ends on
// 30/06/2025 and its projects pass to the communes that took them over. Each change is one action.
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import { UNITS_MSG } from '../../../shared/i18n/units';
import type { UnitSpan } from '../../../shared/units';
import { UserError } from '../user-error';
import type { GroupHandlers, ServiceContext } from './handlers';

export function unitCalls(service: ServiceContext): GroupHandlers<'units'> {
  return {
    listUnits: () => ({ units: service.book.tables.units() }),
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
