// Fills a template from the book: rows that repeat are copied for their list, then every
// placeholder gets its value, and a figure that breaks its column's identity is marked and
// footnoted (shared/template/breaks.ts). The template's look (fonts, borders, widths, heights, merges, print setup, title
// rows, formulas) stays; formulas are recomputed when the file is opened.
import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Scale } from '../../../shared/money';
import { type BookVocabulary, type CellPlan, type TemplatePlan, checkTemplate } from '../../../shared/template/check';
import type { Item } from '../../../shared/template/lists';
import { addedRows, repeatBlocks } from '../../../shared/template/blocks';
import type { FigurePlaceholder, Placeholder } from '../../../shared/template/syntax';
import { type CellValue, type FillContext, cellValue, figureOf, placeNode } from '../../../shared/template/values';
import { amountIn } from '../../../shared/template/amount';
import { Footnotes, figureBreak } from '../../../shared/template/breaks';
import { type RowCell, formulaFigure } from '../../../shared/template/formula-measure';
import { MEASURE_LABEL } from '../../../shared/i18n/vi';
import { TPL_NOTE } from '../../../shared/i18n/template';
import { markCell, writeFootnotes } from './template-notes';
import { UserError } from '../user-error';
import { issueText } from '../../../shared/template/check';
import { insertCopies, writeBlock } from './template-rows';
import { fitDecimals, fitHeight, indented, isPercent, own } from './template-style';
import { cellText, loadTemplate, plainFormulas, templateCells } from './template-workbook';
import { scaleOfText } from '../../../shared/template/words';
import { type Stamp, stampWorkbook } from './template-stamp';

const DEFAULT_SCALE: Scale = 'trieu';

/** `known`: the book's codes and origins; a template from a file is checked against them as one
 * added to the book is, so a code the book lacks is said, not left as an empty cell. */
export async function fillTemplate(bytes: Buffer, fileName: string, ctx: FillContext, stamp: Stamp, known?: BookVocabulary): Promise<Buffer> {
  const wb = await loadTemplate(bytes, fileName);
  const plan = planOf(bytes, wb, known);
  if (plan.issues.length) throw new UserError(plan.issues.map(issueText).join('\n'));
  plainFormulas(wb);
  wb.eachSheet((ws) => fillSheet(wb, ws, plan, ctx));
  stampWorkbook(wb, stamp);
  wb.calcProperties.fullCalcOnLoad = true;
  // the fastest deflate: a filled report is written once and mailed, a few per cent larger is fine
  return Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
}

/** What a template's placeholders say, read once per template and book vocabulary: reports are
 * exported from the same few templates over and over, and reading every placeholder again was
 * a tenth of a small report's export. */
const plans = new WeakMap<ReadonlySet<string>, Map<string, TemplatePlan>>();
const NO_VOCABULARY: ReadonlySet<string> = new Set();
const MAX_PLANS = 50;

function planOf(bytes: Buffer, wb: ExcelJS.Workbook, known?: BookVocabulary): TemplatePlan {
  const byNodes = plans.get(known?.nodes ?? NO_VOCABULARY) ?? new Map<string, TemplatePlan>();
  plans.set(known?.nodes ?? NO_VOCABULARY, byNodes);
  const key = `${crypto.createHash('sha1').update(bytes).digest('hex')}|${known ? [...known.origins].join('|') : ''}|${[...(known?.programs?.keys() ?? [])].join('|')}`;
  let plan = byNodes.get(key);
  if (!plan) {
    plan = checkTemplate(templateCells(wb), known);
    if (byNodes.size >= MAX_PLANS) byNodes.clear();
    byNodes.set(key, plan);
  }
  return plan;
}

function fillSheet(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: TemplatePlan, ctx: FillContext): void {
  const cells = plan.cells.filter((c) => c.sheet === ws.name);
  if (cells.length === 0) return;
  const scale = sheetScale(ws, cells);
  const repeats = plan.repeats.get(ws.name) ?? new Map<number, Extract<Placeholder, { kind: 'repeat' }>>();
  // rows are copied first (bottom first, so a row still stands where the template put it when
  // its turn comes), then filled top to bottom, so the marks of the footnotes number downwards
  const blocks = repeatBlocks(ctx.tree, repeats, ctx.project, ctx.period);
  for (const b of [...blocks].reverse()) {
    if (b.rows.length === 1) insertCopies(wb, ws, b.rows[0]!, b.written.length - 1);
    else writeBlock(wb, ws, b.rows, b.written.map((w) => w.row));
  }
  const moved = (r: number) => r + blocks.reduce((n, b) => n + (b.rows.at(-1)! < r ? addedRows(b) : 0), 0);
  const fill: Fill = { ws, ctx, scale, notes: new Footnotes(), lastFigureRow: 0 };
  const byRow = new Map<number, CellPlan[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const [row, rowCells] of [...byRow].sort((a, b) => a[0] - b[0])) if (!repeats.has(row)) fillRow(fill, moved(row), rowCells, null, false);
  for (const b of blocks) {
    const at = moved(b.rows[0]!);
    b.written.forEach((w, k) => fillRow(fill, at + k, byRow.get(w.row) ?? [], w.item, w.tree));
    // an empty list leaves its row empty: its text and formulas too, the styles stay
    for (let k = b.written.length; k < b.rows.length; k++) ws.getRow(at + k).eachCell((cell) => put(cell, null));
  }
  const lines = fill.notes.lines();
  if (lines.length) writeFootnotes(wb, ws, fill.lastFigureRow, [TPL_NOTE.heading, ...lines]);
}

interface Fill {
  ws: ExcelJS.Worksheet;
  ctx: FillContext;
  scale: Scale;
  notes: Footnotes;
  /** the table's last row with a figure: the footnotes go under it */
  lastFigureRow: number;
}

function names(c: CellPlan): boolean {
  return c.pieces.some((p) => 'placeholder' in p && p.placeholder.kind === 'field' && p.placeholder.field === 'name');
}

/** A cell's only figure, when it holds one figure and nothing else. */
function soleFigure(c: CellPlan): FigurePlaceholder | null {
  const live = c.pieces.filter((p) => !('text' in p) || p.text.trim() !== '');
  const only = live.length === 1 ? live[0]! : null;
  return only && 'placeholder' in only && only.placeholder.kind === 'figure' ? only.placeholder : null;
}

/** One row of the template written at row `r`: for an item of a repeat, or (null) as it is. */
function fillRow(f: Fill, r: number, cells: readonly CellPlan[], item: Item | null, tree: boolean): void {
  const row = f.ws.getRow(r);
  const figures = new Map<number, FigurePlaceholder>();
  for (const plan of cells) {
    const cell = row.getCell(Number(f.ws.getCell(plan.address).col));
    put(cell, cellValue(plan.pieces, f.ctx, item, f.scale, isPercent(cell)));
    if (item && item.indent > 0 && names(plan)) cell.style = indented(cell.style, item.indent);
    const figure = soleFigure(plan);
    if (!figure) continue;
    figures.set(Number(cell.col), figure);
    f.lastFigureRow = Math.max(f.lastFigureRow, r);
    const mark = breakMark(f, figure, item);
    if (mark !== null) markCell(cell, mark);
  }
  if (figures.size) identityFormulas(f, row, figures, item);
  fitHeight(f.ws, r);
  // in a list of every row, a project's row is bold as on screen and in the province's tables
  if (tree && item?.row?.kind === 'project') row.eachCell({ includeEmpty: true }, (cell) => { own(cell).font = { ...cell.font, bold: true }; });
}

/** A figure that breaks its column's identity keeps its value and gets the mark of its footnote:
 * the number of that footnote, or null when the figure holds. */
function breakMark(f: Fill, figure: FigurePlaceholder, item: Item | null): number | null {
  const b = figureBreak(figure, f.ctx, item);
  return b && f.notes.mark(b, MEASURE_LABEL[figure.measure], placeNode(figure, f.ctx, item)!.from);
}

/** The row's formulas that are a column identity ("=E15-I15-J15" under "11 = 5 - 9 - 10") give
 * way to the book's figure where the identity does not hold (marked), or to an empty cell where
 * the book does not know the figure: the page shows what every other page shows. Where the
 * identity holds, the template's formula stays. */
function identityFormulas(f: Fill, row: ExcelJS.Row, figures: ReadonlyMap<number, FigurePlaceholder>, item: Item | null): void {
  const cellAt = (col: number): RowCell => {
    const figure = figures.get(col);
    if (figure) return { figure };
    const v = row.getCell(col).value;
    return v && typeof v === 'object' && 'formula' in v && v.formula ? { formula: v.formula } : null;
  };
  // every formula read before any is replaced: "=E15-I15-J15" is read through E15's formula
  const found: [ExcelJS.Cell, FigurePlaceholder][] = [];
  row.eachCell((cell, col) => {
    const formula = figures.has(col) ? null : cellAt(col);
    const figure = formula && 'formula' in formula ? formulaFigure(formula.formula, Number(row.number), cellAt) : null;
    if (figure) found.push([cell, figure]);
  });
  for (const [cell, figure] of found) {
    const shown = figureOf(figure, f.ctx, item);
    // the book does not know it (a carry-out before anything is disbursed): the formula would
    // make it up from empty cells read as 0, so the cell stays empty as on every other page
    if (shown === null) { put(cell, null); continue; }
    const mark = shown.kind === 'money' ? breakMark(f, figure, item) : null;
    if (shown.kind === 'money' && mark !== null) {
      put(cell, amountIn(shown.dong, figure.scale ?? f.scale));
      markCell(cell, mark);
    }
  }
}

/** Text is written as text, whatever it starts with: "=", "+", "-", "@" from the book are
 * a name, never a formula (exceljs writes a string as a string cell). */
function put(cell: ExcelJS.Cell, value: CellValue): void {
  cell.value = value === '' ? null : value;
  if (typeof value === 'number') fitDecimals(cell, value);
}

/** The unit of a sheet's figures: its {{đơn vị tính ...}}, else the "Đơn vị tính: đồng" (or
 * "ĐVT: triệu đồng") the province typed as plain text, else triệu. */
function sheetScale(ws: ExcelJS.Worksheet, cells: readonly CellPlan[]): Scale {
  for (const c of cells) for (const p of c.pieces) if ('placeholder' in p && p.placeholder.kind === 'scale') return p.placeholder.scale;
  let found: Scale | null = null;
  ws.eachRow((row) => row.eachCell((cell) => {
    const text = found ? null : cellText(cell);
    if (text) found = scaleOfText(text);
  }));
  return found ?? DEFAULT_SCALE;
}
