// Where an export came from, inside the file: the workbook's properties (File > Properties in
// Excel) and a very hidden sheet (not listed under Unhide) naming the book, origin and moment.
// The book by its title and file name only: a report travels to the province and beyond, and
// the folders on her machine (her Windows user name among them) are nobody's business there.
import type ExcelJS from 'exceljs';
import { BUILT_IN_CATEGORY, STAMP } from '../../../shared/i18n/export';
import { APP_NAME } from '../../../shared/i18n/vi';
import { readablePages } from './template-style';
import type { CheckCode } from '../../../shared/check-code';

export interface Stamp {
  /** where the book lives; only its file name is written */
  bookPath: string;
  bookTitle: string;
  template: string;
  originId: string;
  originLabel: string;
  years: string;
  project: string | null;
  /** ISO moment of the export */
  moment: string;
  /** the book's history as exported (check-code.ts) */
  checkCode?: CheckCode;
}

export const STAMP_SHEET = 'SoVon';

export function stampWorkbook(wb: ExcelJS.Workbook, s: Stamp): void {
  // the filled rows decide where pages break: a built-in report gets its page rule now
  if (wb.category === BUILT_IN_CATEGORY) wb.eachSheet((ws) => readablePages(ws));
  const bookFile = fileNameOf(s.bookPath);
  wb.creator = APP_NAME;
  wb.lastModifiedBy = APP_NAME;
  wb.created = new Date(s.moment);
  wb.modified = new Date(s.moment);
  wb.title = s.template;
  wb.subject = `${s.bookTitle} · ${s.originLabel} · ${s.years}`;
  wb.description = STAMP.description({ ...s, bookFile });
  wb.keywords = APP_NAME;
  const old = wb.getWorksheet(STAMP_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STAMP_SHEET, { state: 'veryHidden' });
  const rows: [string, string][] = [
    [STAMP.book, s.bookTitle], [STAMP.bookFile, bookFile], [STAMP.template, s.template], [STAMP.originId, s.originId],
    [STAMP.originLabel, s.originLabel], [STAMP.years, s.years], [STAMP.project, s.project ?? ''], [STAMP.moment, s.moment],
    ...(s.checkCode ? [[STAMP.checkCode, s.checkCode] as [string, string]] : []),
  ];
  rows.forEach(([k, v], i) => { ws.getCell(i + 1, 1).value = k; ws.getCell(i + 1, 2).value = v; });
  if (s.checkCode) footCode(wb, `${STAMP.checkCode}: ${s.checkCode}`);
}

/** On the printed pages of each sheet whose template leaves the left of its footer free: a
 * signed paper carries the history it was exported from. */
function footCode(wb: ExcelJS.Workbook, text: string): void {
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible') return;
    // a sheet read from a template may have no header and footer at all (exceljs gives null)
    const hf = (ws.headerFooter ??= {} as ExcelJS.HeaderFooter);
    const footer = hf.oddFooter ?? '';
    if (/&L/.test(footer) || (footer !== '' && !/&[CR]/.test(footer))) return; // hers: a left part, or text with no sections
    hf.oddFooter = `&L&8${text}${footer}`;
  });
}

/** The name without its folders, whichever machine's separators the path was written with. */
export function fileNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
