// A Treasury form (shared/treasury/form.ts) as an .xlsx: to type into the portal's form, attach to
// it, or print from Excel. The same rows as the printed sheet; its computed columns and totals are
// Excel formulas over the cells they add up (with their values, for a reader that does not
// recalculate), so a figure she corrects in Excel carries through as on the paper form.
import type ExcelJS from 'exceljs';
import type { CheckCode } from '../../../shared/check-code';
import { APP_NAME, CHECK_CODE_LABEL } from '../../../shared/i18n/vi';
import { FORM_EXPORT } from '../../../shared/i18n/export';
import type { Dong } from '../../../shared/money';
import type { BookSettings } from '../../../shared/settings';
import type { FormColumn, TreasuryForm } from '../../../shared/treasury/form';
import { columnLetter } from '../../../shared/import/sheet-model';
import { lazily } from '../lazy';
import { readablePages } from './template-style';
import { UNIT_HEADING, signingLine, unitSigners } from '../../../shared/print/page';
import { type Stamp, stampWorkbook } from './template-stamp';

const exceljs = lazily(() => import('exceljs'));
const FONT = 'Times New Roman';
const MONEY = '#,##0';
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

export interface FormExport {
  form: TreasuryForm;
  settings: BookSettings;
  /** ISO date of signing */
  date: string;
  checkCode?: CheckCode;
  stamp: Omit<Stamp, 'checkCode'>;
}

export async function formWorkbook(x: FormExport): Promise<Buffer> {
  const { default: Excel } = await exceljs();
  const wb = new Excel.Workbook();
  wb.creator = APP_NAME;
  const f = x.form;
  const ws = wb.addWorksheet(f.code.replace('/', '-'), { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  const keys = f.keyColumns.length;
  const width = keys + f.columns.length;
  // as narrow as their contents, so that the whole form prints across one page at the readable
  // scale (template-style.ts) rather than its right half on pages of their own
  f.keyColumns.forEach((k, i) => { ws.getColumn(i + 1).width = k.wide ? 20 : k.words ? 12 : i === 0 ? 5 : 6; });
  f.columns.forEach((_c, i) => { ws.getColumn(keys + i + 1).width = moneyWidth(f, i); });
  f.unitLines.forEach((line, i) => text(ws, i + 1, 1, line, {}));
  f.formNo.forEach((line, i) => {
    ws.mergeCells(i + 1, width - 4, i + 1, width);
    text(ws, i + 1, width - 4, line, { bold: i === 0, italic: i > 0, align: 'right' });
  });
  let r = 6;
  for (const [line, style] of [[f.title, { bold: true, size: 13 }], ...f.subtitles.map((s) => [s, { italic: true }] as const)] as const) {
    ws.mergeCells(r, 1, r, width);
    text(ws, r, 1, line, { ...style, align: 'center', wrap: true });
    if (line === f.title) ws.getRow(r).height = 34;
    r++;
  }
  text(ws, r, width, FORM_EXPORT.scale, { italic: true, align: 'right' });
  const headTop = r + 1;
  r = header(ws, f, headTop);
  ws.pageSetup.printTitlesRow = `${headTop}:${r - 1}`;
  ws.views = [{ state: 'frozen', ySplit: r - 1 }];
  r = body(ws, f, r);
  r = footnotes(ws, f, r + 1);
  r = signatures(ws, x, r + 1, width);
  if (x.checkCode) {
    text(ws, r + 1, 1, `${CHECK_CODE_LABEL}: ${x.checkCode}`, { size: 9 });
  }
  ws.headerFooter.oddFooter = '&R&8Trang &P/&N';
  readablePages(ws, keys);
  stampWorkbook(wb, { ...x.stamp, ...(x.checkCode && { checkCode: x.checkCode }) });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface TextStyle { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right'; wrap?: boolean }

function text(ws: ExcelJS.Worksheet, r: number, c: number, value: string, s: TextStyle): ExcelJS.Cell {
  const cell = ws.getCell(r, c);
  cell.value = value;
  cell.font = { name: FONT, ...(s.bold && { bold: true }), ...(s.italic && { italic: true }), ...(s.size && { size: s.size }) };
  if (s.align || s.wrap) cell.alignment = { ...(s.align && { horizontal: s.align }), ...(s.wrap && { wrapText: true }), vertical: 'middle' };
  return cell;
}

/** Two header rows (a group over its columns, a lone column merged down) and the numbers row. */
function header(ws: ExcelJS.Worksheet, f: TreasuryForm, top: number): number {
  const keys = f.keyColumns.length;
  const heads = [...f.keyColumns.map((k) => ({ header: k.header, no: k.no, group: undefined as string | undefined })), ...f.columns];
  for (let i = 0; i < heads.length; i++) {
    const c = heads[i]!;
    const col = i + 1;
    if (!c.group) {
      ws.mergeCells(top, col, top + 1, col);
      text(ws, top, col, c.header, { bold: true, align: 'center', wrap: true });
    } else {
      let span = 1;
      while (heads[i + span]?.group === c.group) span++;
      if (span > 1) ws.mergeCells(top, col, top, col + span - 1);
      text(ws, top, col, c.group, { bold: true, align: 'center', wrap: true });
      for (let k = 0; k < span; k++) text(ws, top + 1, col + k, heads[i + k]!.header, { bold: true, align: 'center', wrap: true });
      i += span - 1;
    }
  }
  heads.forEach((c, i) => text(ws, top + 2, i + 1, c.no, { italic: true, align: 'center' }));
  ws.getRow(top).height = 45;
  ws.getRow(top + 1).height = 45;
  for (let r = top; r <= top + 2; r++) for (let c = 1; c <= keys + f.columns.length; c++) ws.getCell(r, c).border = BOX;
  return top + 3;
}

/** The rows, each computed column a formula over its own row; sections and the total formulas over
 * the rows they add up (the Treasury's rows never in a sum). */
function body(ws: ExcelJS.Worksheet, f: TreasuryForm, first: number): number {
  const keys = f.keyColumns.length;
  const order = f.total.first ? ['total', ...f.rows.map((_r, i) => i)] : [...f.rows.map((_r, i) => i), 'total'];
  const rowAt = new Map<number | 'total', number>(order.map((k, i) => [k as number | 'total', first + i]));
  const lines = f.rows.map((r, i) => (r.kind === 'line' ? rowAt.get(i)! : null)).filter((n): n is number => n !== null);
  f.rows.forEach((row, i) => {
    const r = rowAt.get(i)!;
    row.keys.forEach((k, c) => text(ws, r, c + 1, k, { bold: row.kind === 'section', italic: row.kind === 'treasury', wrap: f.keyColumns[c]!.wide === true || f.keyColumns[c]!.words === true, align: f.keyColumns[c]!.wide ? 'left' : 'center' }));
    const under = row.kind === 'section' ? sectionLines(f, i).map((k) => rowAt.get(k)!) : null;
    row.figures.forEach((v, c) => {
      const col = keys + c + 1;
      const formula = row.kind === 'treasury' ? null : under ? sumOf(col, under) : rowFormula(f.columns[c]!, r, keys);
      money(ws.getCell(r, col), v, formula, row.kind === 'section', row.kind === 'treasury');
    });
    fitLabel(ws, r, f);
  });
  const t = rowAt.get('total')!;
  ws.mergeCells(t, 1, t, keys);
  text(ws, t, 1, f.total.label, { bold: true, align: 'center' });
  const sections = f.rows.map((r, i) => (r.kind === 'section' ? rowAt.get(i)! : null)).filter((n): n is number => n !== null);
  f.sums.forEach((v, c) => money(ws.getCell(t, keys + c + 1), v, sumOf(keys + c + 1, sections.length ? sections : lines), true, false));
  for (let r = first; r < first + order.length; r++) for (let c = 1; c <= keys + f.columns.length; c++) ws.getCell(r, c).border = BOX;
  return first + order.length;
}

function sectionLines(f: TreasuryForm, at: number): number[] {
  const out: number[] = [];
  for (let k = at + 1; k < f.rows.length && f.rows[k]!.kind !== 'section'; k++) if (f.rows[k]!.kind === 'line') out.push(k);
  return out;
}

function rowFormula(c: FormColumn, r: number, keys: number): string | null {
  if (!c.formula) return null;
  const ref = (k: number) => `${columnLetter(keys + k + 1)}${r}`;
  return [c.formula.plus.map(ref).join('+'), ...c.formula.minus.map((k) => `-${ref(k)}`)].join('');
}

/** A contiguous run as SUM(E12:E20), else the cells added one by one. */
function sumOf(col: number, rows: readonly number[]): string | null {
  if (rows.length === 0) return null;
  const l = columnLetter(col);
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  return contiguous ? `SUM(${l}${rows[0]}:${l}${rows.at(-1)})` : rows.map((r) => `${l}${r}`).join('+');
}

function money(cell: ExcelJS.Cell, v: Dong | null, formula: string | null, bold: boolean, italic: boolean): void {
  // a computed cell over blanks stays blank, as on the printed form
  if (formula && v !== null) cell.value = { formula, result: v };
  else if (v !== null) cell.value = v;
  cell.numFmt = MONEY;
  cell.font = { name: FONT, ...(bold && { bold: true }), ...(italic && { italic: true }) };
  cell.alignment = { horizontal: 'right', vertical: 'middle' };
}

/** Excel sizes a wrapped row only when it draws it; LibreOffice and print need its height. */
function fitLabel(ws: ExcelJS.Worksheet, r: number, f: TreasuryForm): void {
  const wide = f.keyColumns.findIndex((k) => k.wide);
  const len = String(ws.getCell(r, wide + 1).value ?? '').length;
  // a letter of Times New Roman 11 is about 0.87 of the width unit (a digit's), words kept whole
  const perLine = Math.floor((ws.getColumn(wide + 1).width ?? 22) * 1.05);
  ws.getRow(r).height = 15 * Math.max(1, Math.ceil((len * 1.1) / perLine));
}

function footnotes(ws: ExcelJS.Worksheet, f: TreasuryForm, first: number): number {
  f.footnotes.forEach((line, i) => text(ws, first + i, 1, line, { italic: true }));
  return first + f.footnotes.length;
}

/** One row of signatures, as on the printed form: the Treasury's confirmation on the left, her
 * unit's three signers on the right under the date; compact, so the closing is not pushed onto a
 * page of its own under the repeated header. */
function signatures(ws: ExcelJS.Worksheet, x: FormExport, first: number, width: number): number {
  const treasury = x.form.treasury.signers;
  const signers: { title: string; how: string; name?: string }[] = [...treasury, ...unitSigners(x.settings)];
  const at = signers.map((_s, i) => 1 + Math.round((i * width) / signers.length));
  const unit = at[treasury.length]!;
  text(ws, first, 1, x.form.treasury.heading.toUpperCase(), { bold: true });
  text(ws, first + 1, 1, x.form.treasury.note, { italic: true });
  text(ws, first, unit, UNIT_HEADING.toUpperCase(), { bold: true });
  text(ws, first + 1, unit, signingLine(x.settings.place, x.date), { italic: true });
  signers.forEach((who, i) => {
    text(ws, first + 2, at[i]!, who.title.toUpperCase(), { bold: true });
    text(ws, first + 3, at[i]!, who.how, { italic: true });
    if (who.name) text(ws, first + 7, at[i]!, who.name, { bold: true });
  });
  return first + 8;
}

/** "22,816,000,000" and a margin; a column her books leave blank stays narrow. */
function moneyWidth(f: TreasuryForm, i: number): number {
  const longest = Math.max(0, ...[f.sums, ...f.rows.map((r) => r.figures)].map((fs) => {
    const v = fs[i];
    return v === null || v === undefined ? 0 : Math.abs(v).toLocaleString('en-US').length + (v < 0 ? 1 : 0);
  }));
  return longest ? Math.max(10, longest + 1) : 7;
}

