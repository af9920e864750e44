// Issue 29: a unit of the table that reads nothing never loses the file she chose. She picks the
// province's annex, picks a district whose column the province left blank, is asked in the wizard
// (the units to pick from, no command-line option), picks her own, and imports: the file chosen once.
import ExcelJS from 'exceljs';
import { freshDemoBook, importFile, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const FILE = 'PL-2024-cac-huyen.xlsx';

/** Contents as rows, a column per district: Mường Tè's left blank by the province. */
async function annex(sheets = false): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const wb = new ExcelJS.Workbook();
  if (sheets) {
    // a table of another budget: nothing in it is a line of the programme
    const other = wb.addWorksheet('Chi thường xuyên');
    other.getCell('A1').value = 'DỰ TOÁN CHI THƯỜNG XUYÊN NĂM 2024';
    other.getCell('C2').value = 'ĐVT: triệu đồng';
    other.addRow(['TT', 'Nội dung', 'Số tiền']);
    other.addRow(['1', 'Mua sắm bàn ghế', 100]);
    other.addRow(['2', 'Sửa chữa trụ sở', 250]);
  }
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2024';
  ws.getCell('E2').value = 'ĐVT: triệu đồng';
  ws.addRow(['TT', 'Nội dung', 'Huyện Mường Tè', 'Huyện Phong Thổ', 'Huyện Sìn Hồ']);
  ws.addRow(['1', 'Dự án 2', null, 640, 40]);
  ws.addRow(['2', 'Dự án 3', null, 310, 50]);
  if (sheets) {
    // the same table, a figure of hers written in words: a cell that cannot be read
    const bad = wb.addWorksheet('PL02');
    ws.eachRow((row, r) => row.eachCell((cell, c) => { bad.getCell(r, c).value = cell.value; }));
    bad.getCell('D4').value = 'sáu trăm';
  }
  return { name: FILE, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

test('a unit that reads nothing: asked in the wizard, she picks hers, the file she chose kept', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const dialog = await importFile(page, await annex());
  const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
  await expect(dialog.getByLabel('Đơn vị trong bảng')).toHaveValue('Huyện Phong Thổ');
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('640');

  // the wrong district: its column is blank; asked again, with the units to pick from
  await dialog.getByLabel('Đơn vị trong bảng').selectOption('Huyện Mường Tè');
  const question = dialog.getByRole('alert');
  await expect(question).toHaveText(/không có số nào cho "Huyện Mường Tè".*Hãy chọn đơn vị của sổ trong danh sách "Đơn vị trong bảng"\./);
  await expect(question).not.toContainText('--');
  await expect(dialog).toContainText(FILE);
  await expect(dialog.getByLabel('Đơn vị trong bảng').locator('option')).toHaveText(['— chọn đơn vị —', 'Huyện Mường Tè', 'Huyện Phong Thổ', 'Huyện Sìn Hồ']);
  await expect(dialog.getByRole('button', { name: /^Nhập/ })).toBeDisabled();
  await page.screenshot({ path: 'test-results/e2e/import-wrong-unit.png' });

  // the right one, without choosing the file again
  await dialog.getByLabel('Đơn vị trong bảng').selectOption('Huyện Phong Thổ');
  await expect(question).toBeHidden();
  await expect(figures.getByRole('row', { name: 'Dự án 3' })).toContainText('310');
  await page.screenshot({ path: 'test-results/e2e/import-right-unit.png' });
  await dialog.getByRole('button', { name: /^Nhập \d+ số liệu/ }).click();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Đã nhập \\d+ số liệu từ ${FILE.replace(/\./g, '\\.')}\\.`));
});


test('sheets that cannot be read: asked for another, or told why with the reading she had kept, the file chosen once', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  // the first sheet is another budget's table: she is asked for another sheet
  const dialog = await importFile(page, await annex(true));
  await expect(dialog.getByRole('alert')).toContainText('có thể đây là bảng của chương trình khác; hãy chọn trang khác.');
  await expect(dialog.getByRole('alert')).not.toContainText('--');
  await expect(dialog.getByLabel('Trang').locator('option')).toHaveText(['— chọn trang —', 'Chi thường xuyên', 'PL01', 'PL02']);
  await dialog.getByLabel('Trang').selectOption('PL01');
  const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('640');

  // a sheet with a cell that is no number: told which, and what she had is still there to go on from
  await dialog.getByLabel('Trang').selectOption('PL02');
  await expect(dialog.getByRole('alert')).toContainText('ô D4: "sáu trăm" không phải là số');
  await expect(dialog.getByRole('alert')).toContainText('Bên dưới vẫn là cách đọc trước đó; hãy chọn lại.');
  await expect(dialog.getByLabel('Trang')).toHaveValue('PL01');
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('640');
  await expect(dialog).toContainText(FILE);
  await page.screenshot({ path: 'test-results/e2e/import-bad-sheet.png' });
  await dialog.getByLabel('Đơn vị trong bảng').selectOption('Huyện Sìn Hồ');
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('40');
  await expect(dialog.getByRole('alert')).toBeHidden();
});

test('a title without its year: she types it in the wizard, and a year that cannot be one is said beside the field', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2022');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP';
  ws.getCell('E2').value = 'ĐVT: triệu đồng';
  ws.addRow(['TT', 'Nội dung', 'Huyện Mường Tè', 'Huyện Phong Thổ', 'Huyện Sìn Hồ']);
  ws.addRow(['1', 'Dự án 2', 20, 640, 40]);
  const dialog = await importFile(page, { name: 'PL-khong-nam.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
  await expect(dialog.getByRole('alert')).toContainText('không ghi năm: hãy cho biết năm của bảng.');
  await expect(dialog.getByRole('alert')).not.toContainText('--year');
  const year = dialog.getByLabel('Năm của bảng');
  await year.fill('24');
  await year.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Gõ năm bằng bốn chữ số, ví dụ 2024.');
  await expect(dialog.getByRole('button', { name: /^Nhập/ })).toBeDisabled();
  await page.screenshot({ path: 'test-results/e2e/import-year-typed.png' });
  await year.fill('2024');
  await year.press('Enter');
  const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('640');
  await dialog.getByRole('button', { name: /^Nhập \d+ số liệu/ }).click();
  await expect(page.getByRole('status')).toHaveText(/^Đã nhập \d+ số liệu từ PL-khong-nam\.xlsx\./);
  // the grid moves to the year she typed (it was on 2022)
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
});
