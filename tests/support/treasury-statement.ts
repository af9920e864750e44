// A Treasury statement as the tests give it to Sổ Vốn (integration and e2e alike): laid out as the
// portal's 01a export, with the unit's codes, the period, two header rows (the giao trong năm and
// đã sử dụng groups split in "trong kỳ" and "lũy kế"), the column numbers, and a total row.
import ExcelJS from 'exceljs';

export interface StatementRow { source: string; sector: string; program: string; content: string; carryIn?: number; allocated?: number; disbursed?: number }

export async function statementBytes(rows: StatementRow[], o: { unitCode?: string; period?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('01a-SDKP');
  ws.getCell('A1').value = 'Mã chương:'; ws.getCell('B1').value = '805';
  ws.getCell('A2').value = 'Đơn vị:'; ws.getCell('B2').value = 'UBND huyện Phong Thổ';
  ws.getCell('A3').value = 'Mã ĐVQHNS:'; ws.getCell('B3').value = o.unitCode ?? '1034567';
  ws.getCell('A4').value = 'Mã cấp NS:'; ws.getCell('B4').value = '3';
  ws.getCell('C5').value = 'BẢNG ĐỐI CHIẾU DỰ TOÁN KINH PHÍ NGÂN SÁCH BẰNG HÌNH THỨC RÚT DỰ TOÁN TẠI KBNN';
  ws.getCell('H6').value = o.period ?? 'Năm 2023';
  ws.getCell('K6').value = 'Đơn vị tính: đồng';
  const heads = ['STT', 'Mã nguồn NS', 'Mã ngành KT', 'Mã CTMT-DA', 'Nội dung', 'Dự toán năm trước chuyển sang', 'Dự toán giao đầu năm', 'Dự toán giao trong năm', '', 'Dự toán đã sử dụng', ''];
  heads.forEach((h, i) => { if (h) ws.getCell(8, i + 1).value = h; });
  ws.mergeCells('H8:I8');
  ws.mergeCells('J8:K8');
  ['Trong kỳ', 'Lũy kế', 'Trong kỳ', 'Đến kỳ báo cáo'].forEach((h, i) => { ws.getCell(9, 8 + i).value = h; });
  heads.forEach((_h, i) => { ws.getCell(10, i + 1).value = String(i + 1); });
  rows.forEach((r, i) => {
    const at = 11 + i;
    ws.getRow(at).values = [i + 1, r.source, r.sector, r.program, r.content, r.carryIn ?? null, r.allocated ?? null, null, null, null, r.disbursed ?? null];
  });
  ws.getCell(11 + rows.length, 5).value = 'Tổng cộng';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Dự án 2 and 3 of the demo book, as the Treasury keys them (codes invented for the tests) */
export const DA2 = { source: '12', sector: '398', program: '00510', content: 'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo' };
export const DA3 = { source: '12', sector: '398', program: '00520', content: 'Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng' };

/** The 02a shape: rows by nội dung and four codes (with mã NDKT: a line's expense items on rows of
 * their own), tạm ứng and thực chi each split into "phát sinh trong kỳ" and "đến kỳ báo cáo", a Tổng. */
export async function usageStatementBytes(rows: (StatementRow & { ndkt: string })[], period = 'Năm 2023'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('02a-SDKP');
  ws.getCell('A1').value = 'Mã chương:'; ws.getCell('B1').value = '805';
  ws.getCell('A3').value = 'Mã ĐVQHNS:'; ws.getCell('B3').value = '1034567';
  ws.getCell('C5').value = 'BẢNG ĐỐI CHIẾU TÌNH HÌNH SỬ DỤNG KINH PHÍ NGÂN SÁCH BẰNG HÌNH THỨC RÚT DỰ TOÁN TẠI KBNN';
  ws.getCell('F6').value = period;
  const heads = ['STT', 'Nội dung', 'Mã nguồn NSNN', 'Mã ngành KT', 'Mã NDKT', 'Mã CTMT-DA', 'Tạm ứng', '', 'Thực chi', '', 'Tổng', ''];
  heads.forEach((h, i) => { if (h) ws.getCell(8, i + 1).value = h; });
  for (const range of ['G8:H8', 'I8:J8', 'K8:L8']) ws.mergeCells(range);
  ['Phát sinh trong kỳ', 'Số dư đến kỳ báo cáo', 'Phát sinh trong kỳ', 'Đến kỳ báo cáo', 'Phát sinh trong kỳ', 'Đến kỳ báo cáo'].forEach((h, i) => { ws.getCell(9, 7 + i).value = h; });
  rows.forEach((r, i) => {
    const spent = r.disbursed ?? 0;
    ws.getRow(10 + i).values = [i + 1, r.content, r.source, r.sector, r.ndkt, r.program, 0, 5_000_000, spent / 4, spent, spent / 4, spent + 5_000_000];
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
