// Ctrl+F: a line by its code or name (with or without diacritics, in any case), or a figure by
// its value as she reads it on screen ("12.060" in triệu) or would type it, across every row of
// the sheet, folded or not. In reading order: row by row, its code and name, then its figures in
// the order the grid shows them.
import { foldText } from '../fold';
import { SCALES, type Scale, parseMoney } from '../money';
import { parseRate, sameRate } from '../rate';
import type { ColumnId } from './columns';
import type { SheetCell, SheetRow } from './sheet';

export type FoundColumn = ColumnId | 'code' | 'label';

export interface Found {
  rowId: string;
  column: FoundColumn;
}

export function findInSheet(rows: readonly SheetRow[], query: string, scale: Scale, columns: readonly ColumnId[]): Found[] {
  const text = foldText(query);
  if (text === '') return [];
  const figure = figureMatcher(query.trim(), scale);
  const out: Found[] = [];
  for (const row of rows) {
    if (foldText(row.code).includes(text)) out.push({ rowId: row.id, column: 'code' });
    else if (foldText(row.label).includes(text)) out.push({ rowId: row.id, column: 'label' });
    if (!figure) continue;
    for (const id of columns) {
      const cell = row.cells[id];
      if (cell && figure(cell)) out.push({ rowId: row.id, column: id });
    }
  }
  return out;
}

/** A figure equal to what she typed: to the đồng as she would type it, or as the grid shows it in
 * her unit, whole part or all ("4.679" finds 4.679,4); null where the text is no number. */
/** Whether a figure shows as the typed value in her unit (rounded as formatMoney rounds it, to at
 * most three decimals of the unit), or, typed without decimals, shows that whole part: counted,
 * not formatted, as a find over a 100 000-claim book formats no figure. */
function shownMatcher(typed: number, scale: Scale, hasDecimals: boolean, negative: boolean): (d: number) => boolean {
  const unit = 10 ** SCALES[scale];
  const step = 10 ** (SCALES[scale] - Math.min(SCALES[scale], 3));
  const rounded = (d: number) => Math.sign(d) * Math.round(Math.abs(d) / step) * step;
  return (d) => {
    const r = rounded(d);
    if (r === typed && (r !== 0 || !negative)) return true;
    // "4.679" finds 4.679,4 and "0" finds 0,001: the whole part, its sign as typed ("-0" apart)
    return !hasDecimals && r % unit !== 0 && Math.trunc(r / unit) * unit === typed && r < 0 === negative;
  };
}

function figureMatcher(query: string, scale: Scale): ((cell: SheetCell) => boolean) | null {
  const money = parseMoney(query, scale);
  const rate = parseRate(query);
  if (!money.ok && !rate.ok) return null;
  const shown = money.ok ? shownMatcher(money.value, scale, /,/.test(query), /^\s*-/.test(query)) : null;
  return (cell) => {
    if (cell.kind === 'money') return shown !== null && (cell.dong === (money as { value: number }).value || shown(cell.dong));
    return rate.ok && sameRate({ coefficient: BigInt(Math.round(cell.percent * 10 ** cell.decimals)), decimals: cell.decimals }, rate.value);
  };
}
