// Fills a template from the book: rows that repeat are copied for their list (bottom first, so a
// row still stands where the template put it when its turn comes), then every placeholder gets
// its value. The template's look (fonts, borders, widths, heights, merges, print setup, title
// rows, formulas) stays; formulas are recomputed when the file is opened.
import crypto from 'node:crypto';
import type ExcelJS from 'exceljs';
import type { Scale } from '../../../shared/money';
import { type BookVocabulary, type CellPlan, type TemplatePlan, checkTemplate } from '../../../shared/template/check';
import { type Item, listItems } from '../../../shared/template/lists';
import type { Placeholder } from '../../../shared/template/syntax';
import { type CellValue, type FillContext, cellValue } from '../../../shared/template/values';
import { UserError } from '../user-error';
import { issueText } from '../../../shared/template/check';
import { insertCopies } from './template-rows';
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
  const key = `${crypto.createHash('sha1').update(bytes).digest('hex')}|${known ? [...known.origins].join('|') : ''}`;
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
  for (const cell of cells) {
    if (repeats.has(cell.row)) continue;
    const target = ws.getCell(cell.address);
    put(target, cellValue(cell.pieces, ctx, null, scale, isPercent(target)));
    fitHeight(ws, cell.row);
  }
  for (const row of [...repeats.keys()].sort((a, b) => b - a)) {
    const marker = repeats.get(row)!;
    const items = listItems(ctx.tree, marker.list, marker.of, ctx.project, ctx.period);
    insertCopies(wb, ws, row, items.length - 1);
    const rowCells = cells.filter((c) => c.row === row);
    if (items.length === 0) for (const c of rowCells) put(ws.getCell(c.address), null);
    const columns = rowCells.map((c) => ({ plan: c, col: Number(ws.getCell(c.address).col), named: names(c) }));
    items.forEach((item, k) => fillCopy(ws, row + k, columns, item, ctx, scale, marker.list === 'rows'));
  }
}

type CopyCell = { plan: CellPlan; col: number; named: boolean };

function names(c: CellPlan): boolean {
  return c.pieces.some((p) => 'placeholder' in p && p.placeholder.kind === 'field' && p.placeholder.field === 'name');
}

function fillCopy(ws: ExcelJS.Worksheet, r: number, cells: CopyCell[], item: Item, ctx: FillContext, scale: Scale, tree: boolean): void {
  const row = ws.getRow(r);
  for (const { plan, col, named } of cells) {
    const cell = row.getCell(col);
    put(cell, cellValue(plan.pieces, ctx, item, scale, isPercent(cell)));
    if (named && item.indent > 0) cell.style = indented(cell.style, item.indent);
  }
  fitHeight(ws, r);
  // in a list of every row, a project's row is bold as on screen and in the province's tables
  if (tree && item.row?.kind === 'project') ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => { own(cell).font = { ...cell.font, bold: true }; });
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
