// An allocation annex typed the old way, as provinces still send them: a title in the capitals-only
// font .VnTimeH, text in .VnTime (TCVN3) and one unit in VNI-Times, two merged header rows,
// formulas with their cached results, a number stored as text, a hidden row, a hidden column and a
// hidden sheet. tests/fixtures/import/legacy-annex.xls is this workbook saved as Excel 97-2003 by
// LibreOffice (see the README there), so the .xlsx and the .xls can be checked against each other.
import ExcelJS from 'exceljs';

const VNTIME = { name: '.VnTime', size: 12 };

export function legacyAnnex(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('PL01');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'dù to¸n kinh phÝ n¨m 2022'; // "DỰ TOÁN KINH PHÍ NĂM 2022" in .VnTimeH
  ws.getCell('A1').font = { name: '.VnTimeH', size: 13, bold: true };
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '(KÌm theo QuyÕt ®Þnh sè 413/Q§-UBND ngµy 06/4/2022)';
  ws.getCell('A2').font = { ...VNTIME, italic: true };
  ws.getCell('E3').value = '§¬n vÞ: triÖu ®ång';
  ws.getCell('E3').font = VNTIME;

  for (const range of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5']) ws.mergeCells(range);
  const headers: [string, string][] = [['A4', 'TT'], ['B4', 'Tªn ®¬n vÞ'], ['C4', 'Céng'], ['D4', 'Dù ¸n 1'],
    ['D5', 'TDA 1'], ['E5', 'TDA 2'], ['F4', 'Ghi chó']];
  for (const [ref, text] of headers) {
    ws.getCell(ref).value = text;
    ws.getCell(ref).font = { ...VNTIME, bold: true };
  }

  const units: [string, string, number, number | string, string][] = [
    ['HuyÖn M\u00adêng TÌ', '.VnTime', 2292, 0, ''], // the soft hyphen is TCVN3's "ư"
    ['Huyeän Sìn Hoà', 'VNI-Times', 1810, 12.06, ''],
    ['HuyÖn Phong Thæ', '.VnTime', 2085, '1.234,5', 'Kinh phÝ n¨m tr\u00adíc chuyÓn sang'],
  ];
  units.forEach(([name, font, da1, da2, note], i) => {
    const r = 6 + i;
    ws.getCell(`A${r}`).value = i + 1;
    ws.getCell(`B${r}`).value = name;
    ws.getCell(`B${r}`).font = { name: font, size: 12 };
    ws.getCell(`C${r}`).value = { formula: `SUM(D${r}:E${r})`, result: da1 + (typeof da2 === 'number' ? da2 : 0) };
    ws.getCell(`D${r}`).value = da1;
    ws.getCell(`E${r}`).value = da2;
    // The note lost its font when it was pasted from another file: only its text says TCVN3.
    if (note) ws.getCell(`F${r}`).value = note;
    for (const col of 'ACDEF') ws.getCell(`${col}${r}`).font = { name: 'Times New Roman', size: 12 };
  });
  ws.getCell('B9').value = 'Tæng céng';
  ws.getCell('B9').font = { ...VNTIME, bold: true };
  for (const col of 'CDE') {
    const sum = col === 'C' ? 6199.06 : col === 'D' ? 6187 : 12.06;
    ws.getCell(`${col}9`).value = { formula: `SUM(${col}6:${col}8)`, result: sum };
    ws.getCell(`${col}9`).font = { name: 'Times New Roman', size: 12, bold: true };
    ws.getCell(`${col}9`).numFmt = '#,##0.000';
  }
  ws.getRow(7).hidden = true;
  ws.getColumn('F').hidden = true;

  const notes = book.addWorksheet('Tham chiếu', { state: 'hidden' });
  notes.getCell('A1').value = 'Số liệu theo Quyết định 413/QĐ-UBND';
  return book;
}
