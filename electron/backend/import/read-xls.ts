// .xls (Excel 97-2003, BIFF8; Excel 95 too) through SheetJS into the sheet model. The file is an
// OLE compound document; what is inside decides: a workbook stream, or an encrypted .xlsx, or a
// Word document sent by mistake.
import type * as SheetJS from '@e965/xlsx';
import type { SheetState, Workbook } from '../../../shared/import/sheet-model';
import { DOCUMENT_KIND, IMPORT_MSG } from '../../../shared/i18n/import';
import { UserError } from '../user-error';
import { readBiffFonts, type CellFont } from './biff-fonts';
import { CellBudget, SheetBuilder, type FoundValue } from './sheet-builder';
import { lazily } from '../lazy';

const sheetjs = lazily(() => import('@e965/xlsx'));

/** SheetJS gives an error cell's BIFF code when it is not asked to format cells. */
const ERROR_CODES: Record<number, string> = {
  0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A',
};
const STATES: SheetState[] = ['visible', 'hidden', 'veryHidden'];

export async function readXls(bytes: Buffer, file: string, maxCells: number): Promise<Workbook> {
  // loaded when an .xls is read: every other `sovon` command would otherwise pay for it at start
  const XLSX = await sheetjs();
  const container = XLSX.CFB.read(bytes, { type: 'buffer' });
  const has = (name: string) => Boolean(XLSX.CFB.find(container, name));
  // Excel encrypts a password-protected .xlsx into exactly this: an OLE file with these streams.
  if (has('EncryptionInfo') || has('EncryptedPackage')) throw new UserError(IMPORT_MSG.passwordProtected(file));
  const stream = XLSX.CFB.find(container, 'Workbook') ?? XLSX.CFB.find(container, 'Book');
  if (!stream) {
    if (has('WordDocument')) throw new UserError(IMPORT_MSG.otherDocument(file, DOCUMENT_KIND.word));
    if (has('PowerPoint Document')) throw new UserError(IMPORT_MSG.otherDocument(file, DOCUMENT_KIND.powerpoint));
    throw new UserError(IMPORT_MSG.notExcel(file));
  }
  const fonts = readBiffFonts(Buffer.from(stream.content as Uint8Array));
  if (fonts.passwordProtected) throw new UserError(IMPORT_MSG.passwordProtected(file));

  const book = XLSX.read(bytes, {
    type: 'buffer', dense: true, cellFormula: true, cellNF: true, cellStyles: true, cellDates: true, cellText: false,
  });
  const budget = new CellBudget(file, maxCells);
  const sheets = book.SheetNames.map((name, i) => {
    const ws = book.Sheets[name];
    const state = STATES[book.Workbook?.Sheets?.[i]?.Hidden ?? 0] ?? 'visible';
    return readSheet(ws, name, state, fonts.fontAt.get(name), budget);
  });
  return { file, format: 'xls', sheets };
}

type FontAt = ((row: number, col: number) => CellFont | undefined) | undefined;

function readSheet(ws: SheetJS.WorkSheet | undefined, name: string, state: SheetState, fontAt: FontAt, budget: CellBudget) {
  const sheet = new SheetBuilder(name, state, budget);
  const rows: (SheetJS.CellObject | undefined)[][] = (ws?.['!data'] as SheetJS.CellObject[][] | undefined) ?? [];
  rows.forEach((row, r) => row?.forEach((cell, c) => {
    const value = cell && foundValue(cell);
    if (!value || !cell) return;
    const font = fontAt?.(r, c);
    sheet.add({ row: r + 1, col: c + 1, value, formula: cell.f, numFmt: typeof cell.z === 'string' ? cell.z : undefined, font: font?.name, bold: font?.bold ?? false });
  }));
  for (const m of ws?.['!merges'] ?? []) sheet.merge({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 });
  (ws?.['!rows'] ?? []).forEach((info, r) => info?.hidden && sheet.hideRow(r + 1));
  (ws?.['!cols'] ?? []).forEach((info, c) => info?.hidden && sheet.hideColumn(c + 1));
  return sheet.build();
}

function foundValue(cell: SheetJS.CellObject): FoundValue | null {
  switch (cell.t) {
    case 'n': return typeof cell.v === 'number' ? { kind: 'number', number: cell.v } : null;
    case 's': return typeof cell.v === 'string' && cell.v !== '' ? { kind: 'text', runs: [{ text: cell.v }] } : emptyFormula(cell);
    case 'b': return { kind: 'boolean', boolean: cell.v === true };
    case 'd': return cell.v instanceof Date ? { kind: 'date', date: cell.v } : null;
    case 'e': return { kind: 'error', code: ERROR_CODES[Number(cell.v)] ?? '#N/A' };
    default: return emptyFormula(cell);
  }
}

/** A formula whose result is an empty string is still a cell she can see is there. */
function emptyFormula(cell: SheetJS.CellObject): FoundValue | null {
  return cell.f ? { kind: 'empty' } : null;
}
