// She exports the sheet she is looking at, folded as it is, and opens it as a workbook.
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { freshDemoBook, serve, stopAll } from './browser-mode';

test.afterEach(stopAll);

test('Tệp > Xuất bảng tính ra Excel downloads the sheet as she sees it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
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
  await app.stop();
});
