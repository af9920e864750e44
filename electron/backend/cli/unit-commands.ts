// `sovon units BOOK [--json]` and `sovon units set BOOK --name "…" [--from DATE] [--to DATE]
// [--successor "…"]… [--no-successor]`: the implementing units, their validity and successors,
// through the same calls as the window.
import { UNITS_MSG } from '../../../shared/i18n/units';
import { parseUnitDate } from '../../../shared/units';
import { UserError } from '../user-error';
import { defaultProgram, need, withBook, yearsArg } from './book-args';
import { BOOKS_ORIGIN, MEASURES, type MoneyMeasure } from '../../../shared/claim';
import { MEASURE_LABEL } from '../../../shared/i18n/vi';
import { dong, formatMoney } from '../../../shared/money';
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
  if (first === 'report') return unitReport(second, o, io);
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

/** `sovon units report BOOK --years 2024-2026 [--program P] [--measure disbursed] [--origin books]
 * [--json]`: a measure by unit and year, each unit with those it took over. */
function unitReport(file: string | undefined, o: CliOptions, io: CliIo): Promise<number> {
  const measure = (o.measure ?? 'disbursed') as MoneyMeasure;
  if (!(MEASURES as readonly string[]).includes(measure) || measure === ('rate' as string)) throw new UserError(UNITS_MSG.badMeasure(measure));
  const { from, to } = yearsArg(need(o.years, '--years'));
  return withBook(file, async (service) => {
    const program = o.program ?? defaultProgram(service);
    const report = await service.call('unitFigures', { program, origin: o.origin ?? BOOKS_ORIGIN, from, to, measure });
    if (o.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    const rows = report.groups.map((g) => [UNITS_MSG.lineage(g.heirs, g.members), ...g.dong.map((d) => (d === null ? '' : formatMoney(dong(d), 'trieu')))]);
    const header = [UNITS_MSG.reportHead(MEASURE_LABEL[measure]), ...report.years.map(String)];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    io.out(rows.length ? [line(header), ...rows.map(line)].join('\n') : UNITS_MSG.noUnitFigures);
    return 0;
  }, 'read');
}
