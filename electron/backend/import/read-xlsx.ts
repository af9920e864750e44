// .xlsx through exceljs into the sheet model. The zip and the size of its sheets have been checked
// (zip-guard.ts) before exceljs sees it.
import type ExcelJS from 'exceljs';
import type { CellRange, Workbook } from '../../../shared/import/sheet-model';
import { CellBudget, type FoundCell, SheetBuilder, type FoundValue, type TextRun } from './sheet-builder';
import { UNCALCULATED, evaluateSimple } from '../../../shared/import/formula';
import { readEntry, type ZipEntry } from './zip-entries';
import { unescapeXml } from './sheet-size';
import { lazily } from '../lazy';

const exceljs = lazily(() => import('exceljs'));

// Parts of a worksheet the import never reads. Skipping them is faster, and it avoids exceljs
// expanding a data validation written over whole columns into a million cells.
const IGNORED_NODES = [
  'dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'autoFilter', 'drawing', 'picture',
  'legacyDrawing', 'tableParts', 'pageSetup', 'pageMargins', 'printOptions', 'headerFooter', 'rowBreaks',
  'colBreaks', 'sheetProtection',
];

export async function readXlsx(bytes: Buffer, entries: ZipEntry[], file: string, maxCells: number): Promise<Workbook> {
  // loaded when a file is read: every other `sovon` command would otherwise pay for it at start
  const { default: Excel } = await exceljs();
  const book = new Excel.Workbook();
  // exceljs's typings predate its ignoreNodes option.
  await book.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES } as object);
  const normal = normalFont(bytes, entries);
  const budget = new CellBudget(file, maxCells);
  const sheets = book.worksheets.map((ws) => readSheet(ws, normal, budget));
  return { file, format: 'xlsx', sheets };
}

interface Font {
  name?: string;
  bold: boolean;
}

function readSheet(ws: ExcelJS.Worksheet, normal: Font, budget: CellBudget) {
  const sheet = new SheetBuilder(ws.name, ws.state ?? 'visible', budget);
  const merges = new Map<ExcelJS.Cell, CellRange>();
  const uncalculated = new Uncalculated();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r); // findRow, not getRow: it does not create the rows it visits
    if (!row) continue;
    if (row.hidden) sheet.hideRow(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // exceljs repeats a merge's value in every cell of it; the model keeps it on the top-left one.
      if (cell.isMerged && cell.master !== cell) return extend(merges, cell.master, r, c);
      const font = cell.font?.name ? { name: cell.font.name, bold: cell.font.bold === true } : normal;
      const value = foundValue(withResult(cell), font.name);
      if (!value) return;
      const found: FoundCell = { row: r, col: c, value, formula: formulaOf(cell.value), numFmt: cell.numFmt, font: font.name, bold: font.bold };
      if (!uncalculated.held(found)) sheet.add(found);
    });
  }
  for (const found of uncalculated.workedOut()) sheet.add(found);
  for (const range of merges.values()) sheet.merge(range);
  // the columns the sheet defines (<cols>), not every one up to the farthest cell: getColumn(c)
  // makes each, and one value in XFD1048576 made 16 384 of them, for minutes
  (ws.columns ?? []).forEach((column, i) => { if (column.hidden) sheet.hideColumn(i + 1); });
  return sheet.build();
}

/** Formulas saved without their result, worked out once every cell of the sheet is read (see
 * shared/import/formula.ts); one that is not simple becomes an error cell the import names. */
class Uncalculated {
  private readonly numbers = new Map<string, number>();
  private readonly texts = new Set<string>();
  private readonly formulas = new Map<string, FoundCell>();

  /** Keeps what the formulas read, and holds back a formula without its result. */
  held(found: FoundCell): boolean {
    const key = `${found.row}:${found.col}`;
    if (found.value.kind === 'number') this.numbers.set(key, found.value.number);
    else if (found.value.kind !== 'empty') this.texts.add(key);
    if (found.value.kind !== 'empty' || !found.formula) return false;
    this.formulas.set(key, found);
    return true;
  }

  workedOut(): FoundCell[] {
    const done = new Map<string, number | null>();
    const working = new Set<string>();
    const numberAt = (row: number, col: number): number | null => {
      const key = `${row}:${col}`;
      const formula = this.formulas.get(key);
      if (!formula) return this.numbers.get(key) ?? (this.texts.has(key) ? null : 0);
      if (done.has(key)) return done.get(key)!;
      if (working.has(key)) return null; // a circle
      working.add(key);
      const value = evaluateSimple(formula.formula!, numberAt);
      working.delete(key);
      done.set(key, value);
      return value;
    };
    return [...this.formulas.values()].map((f) => {
      const value = numberAt(f.row, f.col);
      return { ...f, value: value === null ? { kind: 'error', code: UNCALCULATED } : { kind: 'number', number: value } };
    });
  }
}

/** A formula's value as exceljs gives it leaves out a cached result that is falsy (0, FALSE, ""):
 * its copy keeps only truthy fields. The cell's own `result` keeps it, and she sees 0 in Excel. */
function withResult(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return value;
  return { ...value, result: cell.result } as ExcelJS.CellValue;
}

/** Merges are rebuilt from their cells: exceljs keeps its list of them private. */
function extend(merges: Map<ExcelJS.Cell, CellRange>, master: ExcelJS.Cell, r: number, c: number) {
  const top = Number(master.row), left = Number(master.col);
  const range = merges.get(master) ?? { top, left, bottom: top, right: left };
  range.bottom = Math.max(range.bottom, r);
  range.right = Math.max(range.right, c);
  merges.set(master, range);
}

function foundValue(value: ExcelJS.CellValue, font: string | undefined): FoundValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', number: value } : { kind: 'error', code: '#NUM!' };
  if (typeof value === 'string') return { kind: 'text', runs: [{ text: value, font }] };
  if (typeof value === 'boolean') return { kind: 'boolean', boolean: value };
  if (value instanceof Date) return { kind: 'date', date: value };
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if ('richText' in value) return { kind: 'text', runs: runsOf(value.richText, font) };
  if ('hyperlink' in value) return foundValue(value.text as ExcelJS.CellValue, font);
  if ('formula' in value || 'sharedFormula' in value) {
    // Excel stores the last result with the formula; a file written by a program that never
    // calculated has none, and we say so rather than compute it.
    const result = value.result as ExcelJS.CellValue | undefined;
    return result === undefined || result === null ? { kind: 'empty' } : foundValue(result, font);
  }
  return null;
}

function runsOf(richText: ExcelJS.RichText[], font: string | undefined): TextRun[] {
  return richText.map((run) => ({ text: run.text, font: run.font?.name ?? font }));
}

function formulaOf(value: ExcelJS.CellValue): string | undefined {
  if (value && typeof value === 'object' && 'formula' in value && value.formula) return value.formula;
  if (value && typeof value === 'object' && 'sharedFormula' in value) return value.formula ?? value.sharedFormula;
  return undefined;
}

/**
 * The font of cells without a style of their own. exceljs leaves their font empty, but Excel draws
 * them in the workbook's Normal font, which in old templates is .VnTime: so read it from styles.xml.
 */
function normalFont(bytes: Buffer, entries: ZipEntry[]): Font {
  const xml = readEntry(bytes, entries, 'xl/styles.xml')?.toString('utf8') ?? '';
  const fonts = /<(?:\w+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?fonts>/.exec(xml)?.[1] ?? '';
  const fontId = Number(/<(?:\w+:)?cellXfs\b[^>]*>\s*<(?:\w+:)?xf\b[^>]*\bfontId="(\d+)"/.exec(xml)?.[1] ?? 0);
  const font = [...fonts.matchAll(/<(?:\w+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?font>)/g)][fontId]?.[1] ?? '';
  const name = /<(?:\w+:)?name\b[^>]*\bval="([^"]*)"/.exec(font)?.[1];
  return { name: name === undefined ? undefined : unescapeXml(name), bold: /<(?:\w+:)?b\s*\/>|<(?:\w+:)?b\s+val="(1|true)"/.test(font) };
}
