// She imports the province's 2022 annex from Tệp > Nhập từ Excel, sees what will be written, and
// finds the decision among her origins, agreeing with her books.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { freshDemoBook, importFile, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');


test('import the province\'s annex: preview her unit\'s figures, then write them as a new origin', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const dialog = await importFile(page, path.join(fixtures, 'sample-2022-units-as-rows.xlsx'));

  const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
  await expect(figures.getByRole('row', { name: 'Dự án 1 / TDA 1' })).toContainText('2.085');
  await expect(figures.getByRole('row', { name: 'Dự án 7 / TDA 2' })).toContainText('206');
  await expect(figures.getByLabel('Đọc "Dự án 1 / TDA 1" là')).toHaveValue('DA1.1');
  await expect(dialog.getByLabel('Đơn vị trong bảng')).toHaveValue('Huyện Phong Thổ');
  await expect(dialog.getByLabel('Năm của bảng')).toHaveValue('2022');
  await expect(dialog).toContainText('QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)');
  await expect(dialog).toContainText('Không có cờ đối chiếu nào với sổ.');
  await page.screenshot({ path: 'test-results/e2e/import-preview.png' });

  // another unit of the same table, then back to hers
  await dialog.getByLabel('Đơn vị trong bảng').selectOption('Huyện Sìn Hồ');
  await expect(figures.getByRole('row', { name: 'Dự án 1 / TDA 1' })).toContainText('1.810');
  await dialog.getByLabel('Đơn vị trong bảng').selectOption('Huyện Phong Thổ');
  await expect(figures.getByRole('row', { name: 'Dự án 1 / TDA 1' })).toContainText('2.085');
  // she reads a column otherwise: Dự án 2's money is not hers to import this time
  await figures.getByLabel('Đọc "Dự án 2" là').selectOption('');
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).not.toContainText('6.629');
  await figures.getByLabel('Đọc "Dự án 2" là').selectOption('DA2');
  await expect(figures.getByRole('row', { name: 'Dự án 2' })).toContainText('6.629');

  // the sheet of the decision's year comes a moment later: until it does, the sheet still shown
  // (2024's) carries no import marks
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/api/getSheet', async (route) => {
    if (/"year":2022/.test(route.request().postData() ?? '')) await held;
    await route.continue();
  });
  await dialog.getByRole('button', { name: /^Nhập 10 số liệu/ }).click();
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
  await expect(page.locator('.ag-row[row-id="GNBV"]')).toBeVisible();
  await expect(page.locator('.ag-row.row-imported')).toHaveCount(0);
  release();
  // the lowest lines her demo books did not state yet (DA7.1's contents are hers; DA6.2 is stated)
  await expect(page.getByRole('status')).toHaveText(/^Đã nhập 10 số liệu từ sample-2022-units-as-rows\.xlsx\.( Đã chép \d+ số giao vào sổ kế toán\.)? \(Ctrl\+Z để hoàn tác cả lần nhập\)$/);
  // she is taken to what came in: the decision, its year, its lines marked until her next edit
  await expect(page.getByLabel('Nguồn số liệu').locator('option:checked')).toHaveText('QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
  await expect(page.locator('.ag-row[row-id="GNBV"] .ag-cell[col-id="allocated:SN"]')).toHaveText('12.960');
  await expect(page.locator('.ag-row.row-imported[row-id="GNBV"]')).toHaveCount(1);
  await expect(page.locator('.ag-row.row-imported[row-id="DA2"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/e2e/import-done.png' });

  // the whole import is one step back: the decision is no longer an origin of the book
  await page.getByRole('button', { name: 'Hoàn tác', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã hoàn tác: nhập QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01).');
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue('books');
  await expect(page.getByLabel('Nguồn số liệu').locator('option')).not.toContainText(['QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)']);
  await page.getByRole('button', { name: 'Làm lại', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Đã làm lại: nhập QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01).');
  await expect(page.getByLabel('Nguồn số liệu').locator('option', { hasText: 'QĐ số 413/QĐ-UBND' })).toHaveCount(1);
  await app.stop();
});

test('a file that is not a workbook is refused in the dialog, and nothing is written', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const dialog = await importFile(page, { name: 'phu-luc.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải bảng tính') });
  await expect(dialog.getByRole('alert')).toContainText('không phải là bảng tính Excel');
  await expect(dialog.getByRole('button', { name: /^Nhập/ })).toBeDisabled();
  await app.stop();
});

test('an annex dropped on the window opens the import with it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
  const data = (await import('node:fs')).readFileSync(path.join(fixtures, 'sample-2023-content-as-rows-dautu.xlsx')).toString('base64');
  await page.evaluate(({ data, name }) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], name));
    document.querySelector('.app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { data, name: 'sample-2023-content-as-rows-dautu.xlsx' });
  const dialog = page.getByRole('dialog', { name: 'Nhập từ Excel' });
  await expect(dialog.getByRole('table', { name: 'Số liệu sẽ nhập' }).getByRole('row', { name: 'Tiểu dự án 2' })).toContainText('20.800');
  await expect(dialog.getByLabel('Loại vốn')).toHaveValue('DT');
  await app.stop();
});

test('her own "Tình hình giao vốn" report comes back in: each row\'s figures by measure and capital type', async ({ page }) => {
  const book = freshDemoBook();
  const report = path.join(path.dirname(book), 'giao-von-2023.xlsx');
  const exported = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs'),
    'export', book, '--template', 'giao-von', '--year', '2023', '--out', report], { encoding: 'utf8' });
  expect(exported.stderr).toBe('');
  const app = await serve(book);
  await page.goto(app.url);
  const dialog = await importFile(page, report);

  await expect(dialog).toContainText('chỉ tiêu (giao, giải ngân…) theo cột, cả bảng của một đơn vị');
  await expect(dialog.getByLabel('Năm của bảng')).toHaveValue('2023');
  await expect(dialog.getByLabel('Loại vốn')).toHaveCount(0); // the columns say it
  const figures = dialog.getByRole('table', { name: 'Số liệu sẽ nhập' });
  const da2 = figures.getByRole('row', { name: /^Dự án 2: Đa dạng hóa sinh kế/ });
  await expect(da2).toContainText('Giải ngân: SN 14.308 · Cộng 14.308');
  await expect(da2).toContainText('Tỷ lệ %: SN 94,21 %');
  await expect(figures.getByLabel('Đọc "Trung tâm DVNN" là').first()).toHaveValue('DA2');
  await page.screenshot({ path: 'test-results/e2e/import-measures.png' });
  await app.stop();
});

test('a decision of central-budget money: she chooses to read it as NSTW or as every source together', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const dialog = await importFile(page, path.join(fixtures, 'sample-2023-content-as-rows-dautu.xlsx'));
  // her demo books keep no source split: compared with her totals, as she would by hand
  const source = dialog.getByLabel('Nguồn vốn');
  await expect(source).toHaveValue('none');
  await expect(dialog).toContainText('Không có cờ đối chiếu nào với sổ.');
  await source.selectOption('NSTW');
  await expect(source).toHaveValue('NSTW');
  await expect(dialog.getByRole('table', { name: 'Số liệu sẽ nhập' })).toContainText('95.400');
  await page.screenshot({ path: 'test-results/e2e/import-source.png' });
  await app.stop();
});

test('the reading over the sheet: what each column and row is, her figures marked, and what is unsure asked before writing', async ({ page }) => {
  const book = freshDemoBook();
  const file = path.join(path.dirname(book), 'su-nghiep-2024.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024';
  ws.getCell('E2').value = 'ĐVT: triệu đồng';
  for (const r of ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4']) ws.mergeCells(r);
  Object.entries({
    A3: 'STT', B3: 'Tên đơn vị', C3: 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo',
    C4: 'Tiểu dự án 1', D4: 'Tiểu dự án 2', E3: 'Đa dạng hóa sinh kế và phát triển mô hình giảm nghèo',
  }).forEach(([ref, text]) => { ws.getCell(ref).value = text; });
  ws.getRow(5).values = [1, 'Huyện Mường Tè', 10, 1, 7];
  ws.getRow(6).values = [2, 'Huyện Phong Thổ', 1500.5, 2000, 300];
  await wb.xlsx.writeFile(file);
  const app = await serve(book);
  await page.goto(app.url);
  const dialog = await importFile(page, file);

  const sheet = dialog.getByRole('table', { name: 'Bảng như trong tệp, với cách đọc' });
  await expect(dialog.getByRole('list', { name: 'Cách đọc bảng' })).toContainText('Bảng có đơn vị theo dòng: dòng 6 là đơn vị "Huyện Phong Thổ".');
  // Dự án 1's name says "đầu tư phát triển": a name, so the title's sự nghiệp holds
  await expect(sheet.locator('tr.meaning th')).toHaveText(['Đọc là', '', '', 'DA1.1 · Vốn SN · Giao', 'DA1.2 · Vốn SN · Giao', 'DA2 · Vốn SN · Giao']);
  await expect(sheet.getByRole('row', { name: 'Dòng 6' })).toHaveClass(/mine/);
  await expect(sheet.getByRole('row', { name: 'Dòng 6' }).locator('td.figure')).toHaveText(['1.500,5', '2.000', '300']);
  await expect(sheet.getByRole('row', { name: 'Dòng 5' }).locator('td.figure')).toHaveCount(0);
  // a column read from a near name: said, and nothing is written until she has looked
  await expect(dialog.getByRole('alert')).toContainText('được đọc là DA2 vì tên gần giống');
  const write = dialog.getByRole('button', { name: /^Nhập 3 số liệu/ });
  await expect(write).toBeDisabled();
  await page.screenshot({ path: 'test-results/e2e/import-reading.png' });
  // she reads Dự án 2's column otherwise: not hers to import this time, and the figures follow
  await sheet.getByRole('button', { name: 'Cột E đọc là' }).click();
  await dialog.getByRole('group', { name: 'Đọc cột E' }).getByRole('button', { name: 'Không đọc cột này' }).click();
  await expect(sheet.getByRole('row', { name: 'Dòng 6' }).locator('td.figure')).toHaveText(['1.500,5', '2.000']);
  await expect(sheet.locator('tr.meaning th.corrected')).toHaveCount(1);
  // then as it was, and as disbursement of sự nghiệp money
  await sheet.getByRole('button', { name: 'Cột E đọc là' }).click();
  const editor = dialog.getByRole('group', { name: 'Đọc cột E' });
  await editor.getByLabel('Chỉ tiêu của cột').selectOption('disbursed');
  await editor.getByLabel('Loại vốn của cột').selectOption('SN');
  await page.screenshot({ path: 'test-results/e2e/import-column.png' });
  await editor.getByRole('button', { name: 'Đọc như thế' }).click();
  await expect(sheet.locator('tr.meaning th').nth(5)).toHaveText('DA2 · Vốn SN · Giải ngân');
  await expect(sheet.getByRole('row', { name: 'Dòng 6' }).locator('td.figure')).toHaveText(['1.500,5', '2.000', '300']);
  await dialog.getByLabel(/Đã kiểm tra 1 chỗ đọc chưa chắc/).check();
  await write.click();
  await expect(page.getByRole('status')).toContainText('Đã nhập 3 số liệu từ su-nghiep-2024.xlsx.');
  await app.stop();
});
