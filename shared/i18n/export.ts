// The words written into the workbooks the app exports: the sheet as she sees it, and the stamp
// (File > Properties and a very hidden sheet) saying where an export came from. Kept together
// for review.
import { SCALE_LABEL } from './vi';
import type { Scale } from '../money';

export const SHEET_EXPORT = {
  sheetName: (year: number) => `Năm ${year}`,
  /** "TÌNH HÌNH VỐN NĂM 2023 (Sổ kế toán đơn vị · DA1)" */
  title: (year: number, origin: string, project: string | null) => `TÌNH HÌNH VỐN NĂM ${year} (${origin}${project ? ` · ${project}` : ''})`,
  scale: (scale: Scale) => `Đơn vị tính: ${SCALE_LABEL[scale]}`,
  code: 'Mã',
  content: 'Nội dung',
} as const;

/** File > Properties > Category of the built-in report templates: the export gives them the page
 * rule of template-style.ts (a template of her own keeps its page setup as she made it). */
/** The Treasury's forms written to Excel (01a-, 02a-, 04-SDKP/ĐVDT). */
export const FORM_EXPORT = {
  scale: 'Đơn vị tính: đồng',
  template: (code: string) => `Mẫu ${code}`,
} as const;

export const BUILT_IN_CATEGORY = 'Mẫu báo cáo có sẵn của Sổ Vốn';

export const STAMP = {
  description: (s: { bookFile: string; originLabel: string; originId: string; years: string; project: string | null; moment: string }) =>
    `Xuất từ sổ ${s.bookFile}, nguồn số liệu ${s.originLabel} (${s.originId}), ${s.years}${s.project ? `, ${s.project}` : ''}, lúc ${s.moment}`,
  /** the rows of the hidden sheet, in order */
  book: 'Sổ',
  /** the book's file name, without its folders */
  bookFile: 'Tệp sổ',
  template: 'Mẫu',
  originId: 'Nguồn số liệu',
  originLabel: 'Tên nguồn',
  years: 'Năm',
  project: 'Dự án',
  moment: 'Lúc xuất',
  checkCode: 'Mã kiểm tra',
} as const;
