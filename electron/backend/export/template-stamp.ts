// Where an export came from, inside the file: the workbook's properties (File > Properties in
// Excel) and a very hidden sheet (not listed under Unhide) naming the book, origin and moment.
import type ExcelJS from 'exceljs';

export interface Stamp {
  bookPath: string;
  bookTitle: string;
  template: string;
  originId: string;
  originLabel: string;
  years: string;
  project: string | null;
  /** ISO moment of the export */
  moment: string;
}

export const STAMP_SHEET = 'SoVon';

export function stampWorkbook(wb: ExcelJS.Workbook, s: Stamp): void {
  wb.creator = 'Sổ Vốn';
  wb.lastModifiedBy = 'Sổ Vốn';
  wb.created = new Date(s.moment);
  wb.modified = new Date(s.moment);
  wb.title = s.template;
  wb.subject = `${s.bookTitle} · ${s.originLabel} · ${s.years}`;
  wb.description = `Xuất từ sổ ${s.bookPath}, nguồn số liệu ${s.originLabel} (${s.originId}), ${s.years}${s.project ? `, ${s.project}` : ''}, lúc ${s.moment}`;
  wb.keywords = 'Sổ Vốn';
  const old = wb.getWorksheet(STAMP_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STAMP_SHEET, { state: 'veryHidden' });
  const rows: [string, string][] = [
    ['Sổ', s.bookTitle], ['Tệp sổ', s.bookPath], ['Mẫu', s.template], ['Nguồn số liệu', s.originId],
    ['Tên nguồn', s.originLabel], ['Năm', s.years], ['Dự án', s.project ?? ''], ['Lúc xuất', s.moment],
  ];
  rows.forEach(([k, v], i) => { ws.getCell(i + 1, 1).value = k; ws.getCell(i + 1, 2).value = v; });
}
