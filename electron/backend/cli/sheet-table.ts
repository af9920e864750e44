// `sovon sheet` without --json: the "Cộng" columns of the sheet as a plain text table, in triệu.
import { MEASURE_LABEL } from '../../../shared/i18n/vi';
import { CLI_SHEET } from '../../../shared/i18n/cli';
import { formatMoney, dong } from '../../../shared/money';
import { columnId } from '../../../shared/sheet/columns';
import type { Sheet, SheetCell } from '../../../shared/sheet/sheet';
import type { Measure } from '../../../shared/claim';

const SHOWN: Measure[] = ['carry_in', 'allocated', 'available', 'disbursed', 'rate', 'carry_out'];

export function formatSheetTable(sheet: Sheet): string {
  const header = [CLI_SHEET.code, CLI_SHEET.content, ...SHOWN.map((m) => MEASURE_LABEL[m])];
  const body = sheet.rows.map((row) => [
    row.code || '',
    `${'  '.repeat(row.depth)}${row.label}`.slice(0, 48),
    ...SHOWN.map((m) => cellText(row.cells[columnId(m, null)])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [CLI_SHEET.title(sheet.year, sheet.origin), line(header), ...body.map(line)].join('\n');
}

function cellText(cell: SheetCell | undefined): string {
  if (!cell) return '';
  const text = cell.kind === 'money' ? formatMoney(dong(cell.dong), 'trieu') : cell.percent.toFixed(cell.decimals).replace('.', ',');
  return cell.stated ? text : `${text}*`;
}
