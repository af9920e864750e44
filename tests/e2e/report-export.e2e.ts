// Tệp > Xuất báo cáo Excel: she picks the period template, sees the open findings first, goes
// back, goes on, and gets a workbook with the seed's figures. Cài đặt > Mẫu báo cáo refuses a
// template with a mistyped placeholder (naming its cell) and adds a clean one.
import ExcelJS from 'exceljs';
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

async function templateBytes(cell: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Biểu');
  ws.getCell('A1').value = 'Báo cáo năm {{năm}}';
  ws.getCell('B2').value = cell;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('Tệp > Xuất báo cáo Excel lists the open findings, then exports the period', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Xuất báo cáo Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xuất báo cáo Excel' });
  await dialog.getByLabel('Mẫu báo cáo').selectOption({ label: 'Tổng hợp giai đoạn …' });
  await dialog.getByLabel('Năm báo cáo').selectOption('2024');
  await dialog.getByRole('checkbox').check();
  await dialog.getByLabel('Từ năm', { exact: true }).selectOption('2022');
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  // the seed contradicts itself: its findings come first
  await expect(dialog.getByText(/Phạm vi xuất còn \d+ điểm chưa giải trình/)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Điểm chưa giải trình' }).getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Quay lại' }).click();
  await expect(dialog.getByLabel('Mẫu báo cáo')).toBeVisible();
  await dialog.getByRole('button', { name: 'Xuất…' }).click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vẫn xuất' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('giai-doan-2022-2024.xlsx');
  await expect(page.getByRole('status')).toHaveText('Đã xuất giai-doan-2022-2024.xlsx.');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.worksheets[0]!;
  expect([13, 14, 15].map((r) => ws.getCell(r, 3).value)).toEqual([71570, 116200, 85417]);
  await app.stop();
});

test('Cài đặt > Mẫu báo cáo refuses a mistyped placeholder with its cell, and adds a clean template', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Cài đặt…' }).click();
  const section = page.getByRole('region', { name: 'Mẫu báo cáo' });
  await section.getByLabel('Thêm mẫu báo cáo').setInputFiles({ name: 'sai.xlsx', mimeType: 'application/octet-stream', buffer: await templateBytes('{{DA5 giai ngam SN}}') });
  await expect(section.getByRole('list', { name: 'Chỗ điền cần sửa' })).toContainText('Trang "Biểu", ô B2: {{DA5 giai ngam SN}} — không hiểu "giai ngam"');
  await section.getByLabel('Thêm mẫu báo cáo').setInputFiles({ name: 'Mẫu tỉnh.xlsx', mimeType: 'application/octet-stream', buffer: await templateBytes('{{DA5 giao SN}}') });
  await expect(section.getByRole('status')).toHaveText('Đã thêm mẫu "Mẫu tỉnh".');
  await expect(section.getByText('Mẫu tỉnh', { exact: true })).toBeVisible();
  // the browser's English file button does not show; no file path is quoted to her
  await expect(section.getByText('Thêm mẫu (.xlsx)…')).toBeVisible();
  expect(await section.getByLabel('Thêm mẫu báo cáo').evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
  await expect(section).not.toContainText('docs/');
  // a second template of the same name asks: she adds it under another name
  await section.getByLabel('Thêm mẫu báo cáo').setInputFiles({ name: 'Mẫu tỉnh.xlsx', mimeType: 'application/octet-stream', buffer: await templateBytes('{{DA5 giải ngân SN}}') });
  const same = section.getByRole('group', { name: 'Mẫu trùng tên' });
  await expect(same).toContainText('Sổ đã có mẫu "Mẫu tỉnh"');
  await page.screenshot({ path: 'test-results/e2e/template-same-name.png' });
  await same.getByRole('button', { name: 'Thêm với tên này' }).click();
  await expect(section.getByRole('status')).toHaveText('Đã thêm mẫu "Mẫu tỉnh (2)".');
  await expect(section.getByText('Mẫu tỉnh (2)', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Xuất báo cáo Excel…' }).click();
  await expect(page.getByLabel('Mẫu báo cáo').locator('option', { hasText: 'Mẫu tỉnh (mẫu trong sổ)' })).toHaveCount(1);
  await app.stop();
});
