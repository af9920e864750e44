// Writes the bundled report templates (node --import tsx resources/templates/make-templates.ts).
// They are ordinary workbooks with placeholders in the syntax of docs/mau-bao-cao.md: the
// proof that the syntax carries a real report. Layout per Nghị định 30/2020 (Times New Roman,
// A4 landscape, national motto top right, place and date in italics, signers at the foot).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { BUILT_IN_CATEGORY } from '../../shared/i18n/export';
import { type Sheet, addSigners, bodyRow, columnNumbers, header2, motto, newSheet, title } from './template-kit';

const here = path.dirname(fileURLToPath(import.meta.url));
const MEASURES = [
  ['Vốn năm trước chuyển sang', 'chuyển sang'], ['Kế hoạch vốn giao trong năm', 'giao'], ['Điều chỉnh, bổ sung (±)', 'điều chỉnh'],
  ['Tổng vốn được sử dụng', 'được sử dụng'], ['Giải ngân', 'giải ngân'], ['Tỷ lệ giải ngân (%)', 'tỷ lệ'], ['Chuyển sang năm sau', 'chuyển năm sau'],
] as const;
const CAPS = [['Vốn ĐT', 'ĐT'], ['Vốn SN', 'SN'], ['Tổng số', 'Cộng']] as const;

async function allocationAndDisbursement(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const width = 2 + MEASURES.length * CAPS.length;
  // four measures (twelve columns) to a page at the smallest scale, the row labels repeated on
  // the next: a measure's ĐT, SN and Tổng số never part
  const s = newSheet(wb, 'Giao vốn - giải ngân', width, [6, 40, ...Array(width - 2).fill(10.8)]);
  motto(s, 'Biểu số 01');
  title(s, 'TÌNH HÌNH GIAO VỐN VÀ GIẢI NGÂN NĂM {{năm}}', '{{tên chương trình}}', 'Đơn vị tính: {{đơn vị tính triệu}}');
  const groups = MEASURES.map(([label]) => ({ label, subs: CAPS.map(([c]) => c) }));
  const top = header2(s, ['STT', 'Dự án, tiểu dự án, nội dung'], groups);
  columnNumbers(s, top + 2, width);
  const figure = (node: string) => MEASURES.flatMap(([, m]) => CAPS.map(([, c]) => `{{${node} ${m} ${c}}}`));
  bodyRow(s, top + 3, ['', 'TỔNG SỐ', ...figure('*')], { bold: true, rate: rateCols() });
  bodyRow(s, top + 4, ['{{lặp dòng}}{{stt}}', '{{tên}}', ...figure('')], { rate: rateCols() });
  addSigners(s, top + 6, false);
  return wb;
}

function rateCols(): number[] {
  const first = 3 + 5 * CAPS.length; // the rate group is the sixth
  return [first, first + 1, first + 2];
}

async function period(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const width = 2 + 4 * 3;
  const s = newSheet(wb, 'Tổng hợp giai đoạn', width, [6, 26, ...Array(width - 2).fill(11)]);
  motto(s, 'Biểu số 02');
  title(s, 'TỔNG HỢP TÌNH HÌNH PHÂN BỔ VÀ SỬ DỤNG VỐN GIAI ĐOẠN {{giai đoạn}}', '{{tên chương trình}}', 'Đơn vị tính: {{đơn vị tính triệu}}');
  const groups = [['Vốn giao', 'giao'], ['Giải ngân', 'giải ngân'], ['Tỷ lệ giải ngân (%)', 'tỷ lệ'], ['Chuyển sang năm sau', 'chuyển năm sau']] as const;
  const top = header2(s, ['STT', 'Năm'], groups.map(([label]) => ({ label, subs: ['Vốn ĐT', 'Vốn SN', 'Tổng số'] })));
  columnNumbers(s, top + 2, width);
  const row = top + 3;
  // a row per year of the period, then the period itself: every figure from the book (a period's
  // money as its years add up, its rate on its own figures), so no cell needs a formula
  const figures = (when: string) => groups.flatMap(([, m]) => ['ĐT', 'SN', 'Cộng'].map((c) => `{{* ${m} ${c}${when}}}`));
  bodyRow(s, row, ['{{lặp năm}}{{stt}}', 'Năm {{năm}}', ...figures('')], { rate: [9, 10, 11] });
  bodyRow(s, row + 1, ['', 'Cả giai đoạn {{giai đoạn}}', ...figures(' giai đoạn')], { bold: true, rate: [9, 10, 11] });
  addSigners(s, row + 3, false);
  return wb;
}

async function carryOver(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const width = 12;
  // in đồng: the seven money columns hold "174,681,000,000"; the nature of the money wraps
  // ("Kinh phí / thường xuyên") rather than run under the next column; all on one page at ≥ 73 %
  const s = newSheet(wb, '04-SDKP-DVDT', width, [5, 32, 15, 8, 14, 14, 14, 14, 14, 14, 14, 10]);
  motto(s, 'Mẫu số 04-SDKP/ĐVDT', '(Mẫu số 20f, Nghị định số 11/2020/NĐ-CP)');
  // the published form's title, headings and arithmetic (Mẫu số 20f; docs/kho-bac-mau.md §5):
  // column 11 is the balance at 31/01, 5 − 9; what is cancelled (10) is said beside it, not taken off
  title(s, 'TÌNH HÌNH THỰC HIỆN DỰ TOÁN CỦA CÁC NHIỆM VỤ ĐƯỢC CHUYỂN NGUỒN SANG NĂM SAU CỦA NĂM {{năm}} CHUYỂN SANG NĂM {{năm N+1}}', 'Đơn vị (hoặc chủ đầu tư): {{tên đơn vị}} · Mã ĐVSDNS: {{mã đơn vị}} · Mã chương: ...... · Mã KBNN giao dịch: ......', 'Đơn vị tính: {{đơn vị tính đồng}}');
  const top = header2(s, ['STT', 'Đơn vị (hoặc chủ đầu tư) / nội dung', 'Tính chất nguồn kinh phí', 'Loại, Khoản'], [
    { label: 'Dự toán năm được chi', subs: ['Tổng số', 'Dự toán năm trước chuyển sang', 'Dự toán giao đầu năm', 'Dự toán điều chỉnh'] },
    'Dự toán đã sử dụng đến 31/01 năm sau', 'Dự toán bị hủy',
    { label: 'Số dư tại thời điểm 31/01 được chuyển sang năm sau', subs: ['Số dư dự toán', 'Số dư tạm ứng'] },
  ]);
  const numbers = ['1', '2', '3', '4', '5 = 6+7+8', '6', '7', '8', '9', '10', '11 = 5 - 9', '12'];
  bodyRow(s, top + 2, numbers, { center: true, italic: true });
  const line = (r: number, capital: 'SN' | 'ĐT', node: string): (string | { formula: string })[] => [
    '', '', '', '', { formula: `F${r}+G${r}+H${r}` },
    `{{${node} chuyển sang ${capital} đồng}}`, `{{${node} giao ${capital} đồng}}`, `{{${node} điều chỉnh ${capital} đồng}}`,
    `{{${node} giải ngân ${capital} đồng}}`, `{{${node} hủy ${capital} đồng}}`, { formula: `E${r}-I${r}` }, '',
  ];
  const sum = (r: number, from: number, to: number) => ['E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => ({ formula: `SUM(${c}${from}:${c}${to})` }));
  let r = top + 3;
  const totalRow = r;
  const sections: { label: string; capital: 'SN' | 'ĐT'; nature: string }[] = [
    { label: 'Chi thường xuyên: Kinh phí chương trình MTQG giảm nghèo bền vững', capital: 'SN', nature: 'Kinh phí thường xuyên' },
    { label: 'Chi đầu tư phát triển: Chương trình MTQG giảm nghèo bền vững', capital: 'ĐT', nature: 'Vốn đầu tư phát triển' },
  ];
  const heads: number[] = [];
  r++;
  sections.forEach((sec, i) => {
    heads.push(r);
    bodyRow(s, r, [['I', 'II'][i]!, sec.label, sec.nature, '', ...sum(r, r + 1, r + 1), ''], { bold: true, height: 45, money: '#,##0' });
    const data = line(r + 1, sec.capital, '');
    data[0] = '{{lặp dự án}}{{stt}}';
    data[1] = '{{tên}}';
    data[2] = sec.nature;
    bodyRow(s, r + 1, data, { money: '#,##0' });
    // the nature of the money is words, centred and wrapped whole ("Vốn đầu tư / phát triển"),
    // not a figure pushed against the right border where its last letters were cut
    for (const at of [r, r + 1]) s.ws.getCell(at, 3).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    r += 2;
  });
  const total = ['E', 'F', 'G', 'H', 'I', 'J', 'K'].map((c) => ({ formula: heads.map((h) => `${c}${h}`).join('+') }));
  bodyRow(s, totalRow, ['', 'TỔNG SỐ', '', '', ...total, ''], { bold: true, money: '#,##0' });
  addSigners(s, r + 1, true);
  return wb;
}

async function main(): Promise<void> {
  const out: [string, () => Promise<ExcelJS.Workbook>][] = [
    ['tinh-hinh-giao-von-giai-ngan.xlsx', allocationAndDisbursement],
    ['tong-hop-giai-doan.xlsx', period],
    ['doi-chieu-chuyen-nguon.xlsx', carryOver],
  ];
  for (const [file, make] of out) {
    const wb = await make();
    wb.creator = 'Sổ Vốn';
    wb.category = BUILT_IN_CATEGORY;
    wb.created = new Date('2026-01-01T00:00:00Z');
    wb.modified = wb.created;
    await wb.xlsx.writeFile(path.join(here, file));
    console.log(`đã viết ${file}`);
  }
}

export type { Sheet };
await main();
