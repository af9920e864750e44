// A province annex of 5 000 units, shaped like ../shared/fixtures/province/sample-2022-units-as-rows.xlsx:
// title, decision, unit line, two merged header rows, one row per unit (figures in triệu đồng with up
// to three decimals, "Cộng" a formula with its cached result), and "Tổng cộng" at the bottom.
import ExcelJS from 'exceljs';
import { prng } from './generate';

const HEADER: [string, string][] = [
  ['TT', 'TT'], ['Tên đơn vị', 'Tên đơn vị'], ['Cộng', 'Cộng'],
  ['Dự án 1', 'TDA 1'], ['Dự án 1', 'TDA 2'], ['Dự án 2', 'Dự án 2'], ['Dự án 3', 'TDA 1'], ['Dự án 3', 'TDA 2'],
  ['Dự án 4', 'TDA 1'], ['Dự án 4', 'TDA 2'], ['Dự án 4', 'TDA 3'], ['Dự án 5', 'Dự án 5'],
  ['Dự án 6', 'TDA 1'], ['Dự án 6', 'TDA 2'], ['Dự án 7', 'TDA 1'], ['Dự án 7', 'TDA 2'],
];
const SYLLABLES = ('Mường Bản Nậm Sìn Pa Ma Dào San Hồ Lả Khổng Vàng Sí Lao Chải Tông Qua Sì Ka Lăng Mù Sang Hoang '
  + 'Thèn Huổi Luông Nùng Tả Giàng Dền Thàng Lùng Chăn Nưa Bum Tè Pú Đao Mồ Sáng').split(' ');
const FIRST_DATA = 6;
const FONT = { name: 'Times New Roman', size: 12 };
const BORDER = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } } as const;
const col = (c: number) => String.fromCharCode(64 + c);

export async function writeProvinceBook(file: string, units: number, phongThoAt = Math.floor(units * 0.6)): Promise<void> {
  const random = prng(2024);
  const pick = () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL02');
  const last = col(HEADER.length);
  ws.getColumn(2).width = 30;
  ws.mergeCells(`A1:${last}1`);
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A1').value = 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP THỰC HIỆN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024';
  ws.getCell('A1').font = { ...FONT, bold: true };
  ws.getCell('A2').value = '(Kèm theo Quyết định số 1520/QĐ-UBND ngày 25/12/2023 của UBND tỉnh)';
  ws.getCell('A2').font = { ...FONT, italic: true };
  ws.getCell(`${last}3`).value = 'Đơn vị tính: triệu đồng';
  ws.getCell(`${last}3`).font = { ...FONT, italic: true };
  HEADER.forEach(([top, sub], i) => {
    for (const [r, text] of [[4, top], [5, sub]] as const) Object.assign(ws.getCell(r, i + 1), { value: text, font: { ...FONT, bold: true }, border: BORDER });
  });
  // merged as in the sample: a caption over its sub-projects, a lone column down both rows
  for (let c = 1; c <= HEADER.length;) {
    let end = c;
    while (end < HEADER.length && HEADER[end]![0] === HEADER[c - 1]![0]) end++;
    ws.mergeCells(4, c, HEADER[c - 1]![0] === HEADER[c - 1]![1] ? 5 : 4, end);
    c = end + 1;
  }

  const names = new Set<string>();
  const totals = new Array<number>(HEADER.length + 1).fill(0);
  for (let i = 0; i < units; i++) {
    const r = FIRST_DATA + i;
    let name = i === phongThoAt ? 'Huyện Phong Thổ' : '';
    while (!name || names.has(name)) name = `Xã ${pick()} ${pick()}${random() < 0.5 ? ` ${pick()}` : ''}`;
    names.add(name);
    const row = ws.getRow(r);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = name;
    let sum = 0;
    for (let c = 4; c <= HEADER.length; c++) {
      if (random() < 0.2) continue; // not every unit has every sub-project
      const thousandths = Math.floor(random() * 5_000_000) + 1; // up to 5 000 triệu, to the thousand đồng
      row.getCell(c).value = thousandths / 1000;
      sum += thousandths;
      totals[c]! += thousandths;
    }
    totals[3]! += sum;
    row.getCell(3).value = { formula: `SUM(D${r}:${last}${r})`, result: sum / 1000 } as ExcelJS.CellFormulaValue;
    styleRow(row);
  }
  const end = FIRST_DATA + units - 1;
  const total = ws.getRow(end + 1);
  total.getCell(2).value = 'Tổng cộng';
  for (let c = 3; c <= HEADER.length; c++) {
    total.getCell(c).value = { formula: `SUM(${col(c)}${FIRST_DATA}:${col(c)}${end})`, result: totals[c]! / 1000 } as ExcelJS.CellFormulaValue;
  }
  styleRow(total, true);
  await wb.xlsx.writeFile(file);
}

function styleRow(row: ExcelJS.Row, bold = false): void {
  for (let c = 1; c <= HEADER.length; c++) {
    const cell = row.getCell(c);
    cell.font = { ...FONT, bold };
    cell.border = BORDER;
    if (c >= 3) cell.numFmt = '#,##0.000';
  }
}
