// What reading a province's catalogue annex says when it cannot (issue 31): which file, which
// sheet, which cell, and what she can change in Excel.
import { quote } from './vi';

const named = (name: string) => quote(name, 120);
const where = (file: string, sheet: string, cell: string) => `Tệp ${named(file)}, trang ${named(sheet)}, ô ${cell}`;
const notRead = 'Danh mục chưa được đọc; hãy sửa trong Excel rồi chọn lại tệp.';

export const CATALOG_MSG = {
  noHeader: (file: string, sheets: readonly string[], rows: number) =>
    `Không thấy dòng tiêu đề cột có cột "STT" (hoặc "TT") và cột tên ("Nội dung", "Tên dự án", "Danh mục") trong tệp ${named(file)} ` +
    `(đã xem ${rows} dòng đầu của ${sheets.length ? `trang ${sheets.map(named).join(', ')}` : 'tệp'}). ${notRead}`,
  noSheet: (file: string, sheet: string, sheets: readonly string[]) =>
    `Tệp ${named(file)} không có trang ${named(sheet)}; các trang có: ${sheets.map(named).join(', ')}.`,
  emptySheet: (file: string, sheet: string) => `Tệp ${named(file)}, trang ${named(sheet)}: trang trống, từ ô A1 không có ô nào có dữ liệu.`,
  emptyTable: (file: string, sheet: string, cell: string) =>
    `${where(file, sheet, cell)}: dưới dòng tiêu đề này không có dòng nào có số thứ tự và tên. ${notRead}`,
  unknownNumbering: (file: string, sheet: string, cell: string, stt: string) =>
    `${where(file, sheet, cell)}: số thứ tự ${quote(stt)} không đọc được (cần dạng A, I, 1, 1.1, a, -, + hoặc để trống). ${notRead}`,
  noName: (file: string, sheet: string, cell: string, stt: string) =>
    `${where(file, sheet, cell)}: dòng có số thứ tự ${quote(stt)} nhưng ô tên để trống. ${notRead}`,
  jump: (file: string, sheet: string, cell: string, stt: string, aboveCell: string, above: string) =>
    `${where(file, sheet, cell)}: số thứ tự ${quote(stt)} xuống hai cấp so với dòng trên (${quote(above)}, ô ${aboveCell}): ` +
    `thiếu một cấp ở giữa, hoặc kiểu đánh số của cấp này đã dùng cho cấp khác ở trên. ${notRead}`,
  badJson: (file: string, why: string) => `Tệp ${named(file)}: ${why}. Tệp danh mục JSON có dạng {"format": "sovon-catalog/1", "lines": [{"stt": "1", "name": "…"}]}. ${notRead}`,
  jsonShape: (path: string) => `không đúng dạng${path ? ` ở ${quote(path)}` : ''}`,
  badJsonLine: (file: string, index: number) => `Tệp ${named(file)}: dòng thứ ${index} của "lines" có số thứ tự không đọc được hoặc xuống hai cấp so với dòng trên. ${notRead}`,
} as const;
