// The sheets she can print, by the names the CLI and the print dialog use.
import type { FormId } from '../treasury/form';

export const PRINT_SHEETS = ['doi-chieu', 'kiem-tra', 'bang', '01a-sdkp', '02a-sdkp', '04-sdkp'] as const;
export type PrintSheet = (typeof PRINT_SHEETS)[number];

/** The Treasury's forms, printed for a period (shared/treasury/sdkp-forms.ts). */
export function isTreasuryForm(s: PrintSheet): s is FormId {
  return s.endsWith('-sdkp');
}

export const PRINT_SHEET_LABEL: Record<PrintSheet, string> = {
  'doi-chieu': 'Bảng đối chiếu số liệu',
  'kiem-tra': 'Bảng kiểm tra số liệu',
  bang: 'Bảng tính (như trên màn hình)',
  '01a-sdkp': 'Mẫu 01a-SDKP/ĐVDT: đối chiếu dự toán với Kho bạc',
  '02a-sdkp': 'Mẫu 02a-SDKP/ĐVDT: đối chiếu tình hình sử dụng kinh phí',
  '04-sdkp': 'Mẫu 04-SDKP/ĐVDT: dự toán chuyển nguồn sang năm sau',
};

/** The money measures a reconciliation sheet compares unless she picks others: what the province
 * gives (allocated) and what the Treasury paid (disbursed). Two keep the figures legible on A4
 * with three origins; "Tổng được sử dụng" and the others can be added. */
export const RECONCILE_MEASURES = ['allocated', 'disbursed'] as const;

/** Column headings of a printed form: the full words of the report templates, where the grid's
 * narrow columns use short ones. */
export const PRINT_MEASURE_LABEL = {
  carry_in: 'Vốn năm trước chuyển sang',
  allocated: 'Kế hoạch vốn giao',
  adjusted: 'Điều chỉnh, bổ sung',
  available: 'Tổng vốn được sử dụng',
  disbursed: 'Giải ngân',
  cancelled: 'Hủy dự toán, nộp trả',
  rate: 'Tỷ lệ giải ngân (%)',
  carry_out: 'Chuyển sang năm sau',
} as const;
