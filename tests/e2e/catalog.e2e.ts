// Tệp > Danh mục chương trình (issue 31): she adds the 2026-2035 programme to her 2021-2025 book,
// completes its tree by hand and from the province's decision annex, puts her lines in order,
// retires one from 2027, and finds them all in the grid of the new programme. At 1366×768, the
// screen of the accountant's office PC.
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, fileMenu, freshDemoBook, openApp, stopAll, test } from './browser-mode';

test.afterEach(stopAll);

/** The annex as a province sends it: STT and names (one typed in .VnTime), a figure column, a total. */
async function annex(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('PL01');
  ws.getCell('A1').value = 'PHỤ LỤC DANH MỤC DỰ ÁN THÀNH PHẦN';
  const rows: [string | null, string | { richText: { text: string; font: { name: string } }[] }, number | null][] = [
    ['STT', 'Nội dung', null],
    ['I', 'Dự án 1: Hạ tầng thiết yếu', 900],
    ['1', 'Tiểu dự án 1: Đường giao thông nông thôn', 500],
    // "Tiểu dự án 2: Nước sinh hoạt" in TCVN3, as old annexes are still typed
    ['2', { richText: [{ text: 'TiÓu dù ¸n 2: N\u00adíc sinh ho¹t', font: { name: '.VnTime' } }] }, 400],
    ['II', 'Nội dung trước', 100],
    [null, 'Tổng cộng', 1000],
  ];
  rows.forEach(([stt, name, money], i) => {
    if (stt !== null) ws.getCell(i + 3, 1).value = stt;
    ws.getCell(i + 3, 2).value = name;
    ws.getCell(i + 3, 3).value = i === 0 ? 'Kinh phí' : money;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const codes = (dialog: Locator) => dialog.locator('.catalog-tree tbody td.catalog-code');
const row = (page: Page, dialog: Locator, code: string) =>
  dialog.locator('.catalog-tree tbody tr').filter({ has: page.locator('td.catalog-code', { hasText: new RegExp(`^${code.replace(/\./g, '\\.')}$`) }) });

test('she completes the 2026-2035 programme in Danh mục chương trình and sees it in the grid', async ({ page }) => {
  const app = await openApp(page, freshDemoBook());
  await expect(page.locator('.ag-row[row-id="DA1"]')).toBeVisible();

  await fileMenu(page, 'Danh mục chương trình…');
  const dialog = page.getByRole('dialog', { name: 'Danh mục chương trình' });
  const said = dialog.getByRole('status');
  await expect(dialog.getByRole('option', { name: /GNBV 2021-2025/ })).toContainText('Căn cứ: Quyết định 90/QĐ-TTg');

  await dialog.getByRole('button', { name: 'Thêm chương trình MTQG 2026-2035 vào sổ' }).click();
  await expect(said).toHaveText('Đã thêm chương trình MTQG vào sổ.');
  const mtqg = dialog.getByRole('option', { name: /MTQG 2026-2035/ });
  await mtqg.click();
  await expect(mtqg).toHaveAttribute('aria-selected', 'true');
  await expect(mtqg).toContainText('Nghị quyết 257/2025/QH15');
  await expect(codes(dialog)).toHaveText(['MTQG', 'HP1', 'HP2']);
  // added once: the bundled programme is no longer offered
  await expect(dialog.getByRole('button', { name: /Thêm chương trình MTQG/ })).toHaveCount(0);

  // two lines of hers under HP1; a new line is chosen once added
  const child = dialog.getByLabel('Thêm dòng nội dung dưới dòng này');
  for (const name of ['Nội dung trước', 'Nội dung thử']) {
    await row(page, dialog, 'HP1').click();
    await child.fill(name);
    await dialog.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
    await expect(said).toContainText(`Đã thêm dòng "${name}"`);
  }
  await expect(codes(dialog)).toHaveText(['MTQG', 'HP1', 'HP1-1', 'HP1-2', 'HP2']);
  await expect(dialog.locator('.catalog-selected')).toContainText('HP1-2 Nội dung thử');

  // put in the decision's order: up past its sibling
  await dialog.getByRole('button', { name: '↑ Lên' }).click();
  await expect(said).toHaveText('Đã chuyển dòng HP1-2 lên.');
  await expect(codes(dialog)).toHaveText(['MTQG', 'HP1', 'HP1-2', 'HP1-1', 'HP2']);
  await expect(dialog.getByRole('button', { name: '↑ Lên' })).toBeDisabled();

  await dialog.getByLabel('Tên mới').fill('Nội dung thử nghiệm');
  await dialog.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(row(page, dialog, 'HP1-2')).toContainText('Nội dung thử nghiệm');

  await dialog.getByLabel('Thôi từ năm').fill('2027');
  await dialog.getByRole('button', { name: 'Thôi dòng' }).click();
  await expect(row(page, dialog, 'HP1-2')).toHaveClass(/retired/);
  await expect(row(page, dialog, 'HP1-2')).toContainText('thôi từ năm 2027');
  // retired by mistake? it runs again, and she retires it once more
  await dialog.getByRole('button', { name: 'Cho chạy lại' }).click();
  await expect(said).toHaveText('Dòng HP1-2 chạy lại.');
  await expect(row(page, dialog, 'HP1-2')).not.toHaveClass(/retired/);
  await dialog.getByLabel('Thôi từ năm').fill('2027');
  await dialog.getByRole('button', { name: 'Thôi dòng' }).click();
  await expect(said).toHaveText('Dòng HP1-2 thôi từ năm 2027; số liệu của dòng vẫn giữ.');
  await expect(row(page, dialog, 'HP1-2')).toContainText('thôi từ năm 2027');

  // the province's annex under HP1: a look first, then the new lines as one action
  await row(page, dialog, 'HP1').click();
  await dialog.getByLabel(/Đọc dòng từ phụ lục quyết định/).setInputFiles({
    name: 'phu-luc-01.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await annex(),
  });
  const preview = dialog.getByRole('region', { name: 'Dòng đọc từ phụ lục' });
  const previewRows = preview.locator('tbody tr');
  await expect(previewRows).toHaveCount(4);
  await expect(previewRows.nth(2).locator('td')).toHaveText(['2', 'Tiểu dự án 2: Nước sinh hoạt', 'HP1.1.2', '']);
  await expect(previewRows.nth(3).locator('td')).toHaveText(['II', 'Nội dung trước', 'HP1-1', 'đã có']);
  await expect(preview).toContainText('4 dòng, 3 dòng mới, 1 dòng sổ đã có; bỏ qua 1 dòng tổng cộng hay ghi chú');
  await page.screenshot({ path: 'test-results/e2e/catalog-annex-preview.png' });
  await preview.getByRole('button', { name: 'Thêm 3 dòng' }).click();
  await expect(said).toHaveText('Đã thêm 3 dòng từ phu-luc-01.xlsx.');
  await expect(codes(dialog)).toHaveText(['MTQG', 'HP1', 'HP1-2', 'HP1-1', 'HP1.1', 'HP1.1.1', 'HP1.1.2', 'HP2']);
  await expect(row(page, dialog, 'HP1.1.1')).toContainText('Tiểu dự án 1: Đường giao thông nông thôn');

  // the dialog fits the screen: nothing of it is cut off at 1366×768
  const box = (await dialog.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'test-results/e2e/catalog-dialog.png' });

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // the grid of the new programme has her lines, the one retired from 2027 still there in 2026
  await page.getByLabel('Chương trình', { exact: true }).selectOption('MTQG');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');
  await expect(page.locator('.ag-row[row-id="HP1-2"] .ag-cell[col-id="label"]')).toContainText('Nội dung thử nghiệm');
  await expect(page.locator('.ag-row[row-id="HP1.1.2"] .ag-cell[col-id="label"]')).toContainText('Tiểu dự án 2: Nước sinh hoạt');
  await page.screenshot({ path: 'test-results/e2e/catalog-grid.png' });
  await app.stop();
});

test('a refusal is said in the dialog, in Vietnamese', async ({ page }) => {
  const app = await openApp(page, freshDemoBook());
  await fileMenu(page, 'Danh mục chương trình…');
  const dialog = page.getByRole('dialog', { name: 'Danh mục chương trình' });
  await row(page, dialog, 'DA1').click();
  await dialog.getByLabel('Thêm dòng nội dung dưới dòng này').fill('Đường giao thông');
  await dialog.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
  await row(page, dialog, 'DA1').click();
  await dialog.getByLabel('Thêm dòng nội dung dưới dòng này').fill('đường giao thông');
  await dialog.getByRole('button', { name: 'Thêm dòng', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Đã có dòng "đường giao thông" ở cùng cấp.');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toHaveCount(0);
  await app.stop();
});
