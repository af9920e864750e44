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
  const font = tableFont(columns);
  const cols = columns.map((c) => el('col', { style: `width:${((100 * c.width) / total).toFixed(2)}%` }));
  const colNos = el('tr', { class: 'colno' }, ...columns.map((c) => el('th', {}, c.no)));
  const tailRow = tail && el('tr', { class: 'tail' }, el('td', { colspan: columns.length }, tail));
  const bodies = blocks.map((b, i) => el('tbody', {}, ...b.map((r) => bodyRow(r, columns)), i === blocks.length - 1 && tailRow));
  return el('table', { class: 'grid', style: font < FONT_PT ? `font-size:${font.toFixed(1)}pt` : undefined }, el('colgroup', {}, ...cols), el('thead', {}, ...headerRows(columns), colNos), ...bodies);
}

/** Too many figure columns for the page: the whole table gets smaller, never cut at the margin. */
export function tableFont(columns: readonly Column[]): number {
  const total = columns.reduce((s, c) => s + c.width, 0);
  return Math.max(MIN_FONT_PT, Math.min(FONT_PT, (FONT_PT * TABLE_WIDTH_MM) / total));
}

/** Chromium repeats a table's header on each page only while it is at most a quarter of the
 * page's height (as css-tables-3 allows): a taller one is printed on the first page alone. A
 * fifth of the 170 mm between the margins keeps clear of that with room for misjudged lines. */
export const HEADER_MAX_MM = 34;
const PT_MM = 25.4 / 72;
const LINE = 1.2;
/** bold Times New Roman, a letter's width on average in em (digits are 0.5) */
const CHAR_EM = 0.5;

/** How tall the header rows print, estimated from its words wrapped in each column's width. */
export function headerHeightMm(columns: readonly Column[]): number {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const font = tableFont(columns);
  const mm = (i: number, span = 1) => (TABLE_WIDTH_MM * columns.slice(i, i + span).reduce((s, c) => s + c.width, 0)) / total;
  const rowMm = (lines: number) => lines * LINE * font * PT_MM + 1.6;
  let groupRow = 0;
  let second = 0;
  let single = 0;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    if (!c.group) {
      single = Math.max(single, rowMm(lineCount(c.header, mm(i), font)));
      continue;
    }
    let span = 1;
    while (columns[i + span]?.group === c.group) span++;
    groupRow = Math.max(groupRow, rowMm(lineCount(c.group, mm(i, span), font)));
    for (let k = 0; k < span; k++) second = Math.max(second, rowMm(lineCount(columns[i + k]!.header, mm(i + k), font)));
    i += span - 1;
  }
  const colNos = 0.9 * LINE * font * PT_MM + 0.6;
  return Math.max(single, groupRow + second) + colNos;
}

/** Lines a text takes in a cell `widthMm` wide (its 2 mm of padding off), words kept whole. */
function lineCount(text: string, widthMm: number, fontPt: number): number {
  const perLine = Math.max(1, Math.floor((widthMm - 2) / (CHAR_EM * fontPt * PT_MM)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const len = word.length;
    if (used > 0 && used + 1 + len <= perLine) used += 1 + len;
    else {
      if (used > 0) lines++;
      lines += Math.ceil(len / perLine) - 1;
      used = ((len - 1) % perLine) + 1;
    }
  }
  return lines;
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
