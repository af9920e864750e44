// She exports the sheet she is looking at, folded as it is, and opens it as a workbook.
import ExcelJS from 'exceljs';
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

test('Tệp > Xuất bảng tính ra Excel downloads the sheet as she sees it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
  // her columns: the plan set, one of them hidden
  await page.locator('.ag-header-cell[col-id="available:SN"]').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /^Ẩn cột/ }).click();
  await page.getByRole('button', { name: 'Tệp' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Xuất bảng tính ra Excel' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('so-von-2023.xlsx');
  await expect(page.getByRole('status')).toHaveText('Đã xuất so-von-2023.xlsx.');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const codes: string[] = [];
  wb.worksheets[0]!.eachRow((row, r) => { if (r > 6) codes.push(String(row.getCell(1).value ?? '')); });
  // DA7 unfolded, the other projects folded, as on screen
  expect(codes).toContain('DA7.1');
  expect(codes).not.toContain('DA1.1');
  // the columns she shows, as she shows them: a measure over ĐT, SN, Cộng, without the one hidden
  const ws = wb.worksheets[0]!;
  const heads = (r: number) => Array.from({ length: 11 }, (_, i) => String(ws.getCell(r, 3 + i).value ?? ''));
  expect(heads(5)).toEqual(['Giao', 'Giao', 'Giao', 'Tổng được sử dụng', 'Tổng được sử dụng', 'Giải ngân', 'Giải ngân', 'Giải ngân', 'Tỷ lệ %', 'Tỷ lệ %', 'Tỷ lệ %']);
  expect(heads(6)).toEqual(['Vốn ĐT', 'Vốn SN', 'Cộng', 'Vốn ĐT', 'Cộng', 'Vốn ĐT', 'Vốn SN', 'Cộng', 'Vốn ĐT', 'Vốn SN', 'Cộng']);
  expect(ws.getCell(6, 14).value ?? null).toBeNull();
  await app.stop();
});
