// The table of a printed sheet: a header of one or two rows (a group over its columns), the
// column-number row (A, B, 1, 2, ...) that finance forms carry, all in <thead> so the browser
// repeats them on every page; bodies are groups of rows kept on one page together.
import { type Content, type Html, el, join } from './html';

export type CellClass = 'num' | 'center' | 'name' | 'note' | '';

export interface Column {
  header: string;
  /** the header over several columns, if any */
  group?: string;
  /** the column's share of the width, in mm (the table is 252 mm wide on A4 landscape) */
  width: number;
  cls: CellClass;
  /** its number in the column-number row ("A", "1", "3=1-2") */
  no: string;
}

export interface Cell {
  text: Content;
  cls?: string;
  rowspan?: number;
  colspan?: number;
}

export interface Row {
  cells: Cell[];
  cls?: string;
}

/** Rows printed together (a line and its capital types) never split across a page. */
export type Block = Row[];

/** The printable width of A4 landscape between NĐ 30/2020's margins (297 − 30 − 15 mm). */
export const TABLE_WIDTH_MM = 252;
const FONT_PT = 10;
const MIN_FONT_PT = 6.5;

/** The width a figure of `chars` characters takes at 10 pt (Times digits are half an em wide),
 * with the cell's padding: a figure column is never narrower, so a number is never cut. */
export function figureWidth(chars: number): number {
  return Math.max(14, chars * 1.85 + 3);
}

/** `tail` (footnotes, signatures) ends the last row group, which is never split from it. */
export function table(columns: readonly Column[], blocks: readonly Block[], tail?: Html): Html {
  const total = columns.reduce((s, c) => s + c.width, 0);
  // too many figure columns for the page: the whole table gets smaller, never cut at the margin
  const font = Math.max(MIN_FONT_PT, Math.min(FONT_PT, (FONT_PT * TABLE_WIDTH_MM) / total));
  const cols = columns.map((c) => el('col', { style: `width:${((100 * c.width) / total).toFixed(2)}%` }));
  const colNos = el('tr', { class: 'colno' }, ...columns.map((c) => el('th', {}, c.no)));
  const tailRow = tail && el('tr', { class: 'tail' }, el('td', { colspan: columns.length }, tail));
  const bodies = blocks.map((b, i) => el('tbody', {}, ...b.map((r) => bodyRow(r, columns)), i === blocks.length - 1 && tailRow));
  return el('table', { class: 'grid', style: font < FONT_PT ? `font-size:${font.toFixed(1)}pt` : undefined }, el('colgroup', {}, ...cols), el('thead', {}, ...headerRows(columns), colNos), ...bodies);
}

function bodyRow(r: Row, columns: readonly Column[]): Html {
  // a cell under a rowspan is left out of the row: the columns' classes follow the cells given
  let at = columns.length - r.cells.reduce((s, c) => s + (c.colspan ?? 1), 0);
  const cells = r.cells.map((c) => {
    const cls = [columns[at]?.cls, c.cls].filter(Boolean).join(' ');
    at += c.colspan ?? 1;
    return el('td', { class: cls, rowspan: c.rowspan, colspan: c.colspan }, c.text);
  });
  return el('tr', { class: r.cls }, ...cells);
}

function headerRows(columns: readonly Column[]): Html[] {
  const grouped = columns.some((c) => c.group);
  const top: Content[] = [];
  const second: Content[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (!c.group) {
      top.push(el('th', { rowspan: grouped ? 2 : undefined }, c.header));
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === c.group) span++;
    top.push(el('th', { colspan: span }, c.group));
    for (let k = 0; k < span; k++) second.push(el('th', {}, columns[i + k]!.header));
    i += span - 1;
  }
  return grouped ? [el('tr', {}, ...top), el('tr', {}, ...second)] : [el('tr', {}, join(top))];
}
