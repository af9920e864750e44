// `sovon units BOOK [--json]` and `sovon units set BOOK --name "…" [--from DATE] [--to DATE]
// [--successor "…"]… [--no-successor]`: the implementing units, their validity and successors,
// through the same calls as the window.
import { UNITS_MSG } from '../../../shared/i18n/units';
import { parseUnitDate } from '../../../shared/units';
import { UserError } from '../user-error';
import { need, withBook } from './book-args';
import type { CliIo, CliOptions } from './cli-io';

export async function unitsCommand([first, second]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (first === 'set') {
    const input = {
      name: need(o.name, '--name'),
      ...(o.from !== undefined && { from: dateArg('--from', o.from) }),
      ...(o.to !== undefined && { to: dateArg('--to', o.to) }),
      ...(o.successor && { successors: o.successor }),
      ...(o['no-successor'] && { successors: [] }),
    };
    if (o.successor && o['no-successor']) throw new UserError(UNITS_MSG.usage);
    return withBook(second, async (service) => {
      const { unit } = await service.call('setUnit', input);
      io.out(o.json ? JSON.stringify({ unit }, null, 2) : `${UNITS_MSG.set(unit.name)}\n${UNITS_MSG.line(unit)}`);
      return 0;
    });
  }
  if (first === undefined) throw new UserError(UNITS_MSG.usage);
  return withBook(first, async (service) => {
    const { units } = await service.call('listUnits', {});
    io.out(o.json ? JSON.stringify({ units }, null, 2) : units.length ? units.map(UNITS_MSG.line).join('\n') : UNITS_MSG.none);
    return 0;
  }, 'read');
}

/** A date as she writes it; an empty one clears it (`--to ""`: the unit runs on). */
function dateArg(option: string, text: string): string | null {
  if (text.trim() === '') return null;
  const iso = parseUnitDate(text);
  if (iso === null) throw new UserError(UNITS_MSG.badDate(option, text));
  return iso;
}
