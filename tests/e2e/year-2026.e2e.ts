// Her 2026 book (issue 31), at 1366×768: the new programme's sheet of 2026 with, as a block of its
// own, the 2021-2025 money carried into the year under its old lines; a figure typed there is
// written to the old programme and checked along its year chain 2025 → 2026, in the same panel.
import { cell, expect, fileMenu, freshDemoBook, openApp, openView, sovonOn, stopAll, test } from './browser-mode';

test.afterEach(stopAll);


test('the 2026 grid shows the new programme and the money of 2021-2025 carried into it, each checked in its own programme', async ({ page }) => {
  const book = freshDemoBook();
  sovonOn(book, 'catalog', 'add-program', book, 'mtqg-2026-2035');
  sovonOn(book, 'set', book, '--year', '2025', '--node', 'DA1.1', '--capital', 'SN', '--measure', 'carry_out', '--value', '300', '--scale', 'trieu');
  sovonOn(book, 'set', book, '--year', '2026', '--program', 'MTQG', '--node', 'HP1', '--capital', 'SN', '--measure', 'allocated', '--value', '1.000', '--scale', 'trieu');
  const app = await openApp(page, book);
  await page.getByLabel('Chương trình', { exact: true }).selectOption('MTQG');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');

  // the new programme's rows, then the block of the old one: its line that carried money, and its ancestors
  await expect(cell(page, 'HP1', 'allocated:SN')).toHaveText('1.000');
  await expect(page.locator('.ag-row[row-id="GNBV:GNBV"]')).toContainText('Vốn chuyển sang năm 2026: Chương trình MTQG giảm nghèo bền vững 2021-2025');
  // carried money is read in the Chuyển nguồn columns
  await (await openView(page)).getByLabel('Cột', { exact: true }).selectOption({ label: 'Chuyển nguồn' });
  await page.keyboard.press('Escape');
  await expect(cell(page, 'GNBV:DA1.1', 'carry_in:SN')).toHaveText('');

  // she types the carry-in the old line received, 20 triệu short of what 2025 carried out
  await cell(page, 'GNBV:DA1.1', 'carry_in:SN').click();
  await page.keyboard.type('280');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Đã lưu DA1.1.');
  await expect(cell(page, 'GNBV:DA1.1', 'carry_in:SN')).toHaveText('280');
  await expect(cell(page, 'GNBV:DA1', 'carry_in:SN')).toHaveText('280');
  await expect(cell(page, 'GNBV:DA1.1', 'carry_in:SN')).toHaveClass(/flag-error/);
  const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
  await expect(panel).toContainText('năm trước chuyển sang 300');
  // the new programme's totals take nothing of the old money
  await expect(cell(page, 'MTQG', 'carry_in:SN')).toHaveText('');
  await expect(cell(page, 'MTQG', 'available:SN')).toHaveText('1.000');
  await page.screenshot({ path: 'test-results/e2e/year-2026-two-blocks.png' });

  // and in the old programme's own view of 2026 the same figure and flag, without a block
  await page.getByLabel('Chương trình', { exact: true }).selectOption('GNBV');
  await page.getByLabel('Năm', { exact: true }).selectOption('2026');
  await page.getByRole('button', { name: 'Mở rộng DA1' }).click();
  await expect(cell(page, 'DA1.1', 'carry_in:SN')).toHaveText('280');
  await expect(page.locator('.ag-row[row-id^="MTQG"]')).toHaveCount(0);
  await app.stop();
});

test('she opens the commune’s demo book of 2026 from Tệp and lands on the new programme with the old money beside it', async ({ page }) => {
  const app = await openApp(page, freshDemoBook());
  await fileMenu(page, 'Xã Phong Thổ 2026 (số liệu bịa)');
  await expect(page.getByRole('status')).toContainText('Đã mở sổ mẫu "Xã Phong Thổ 2026 (mẫu, số liệu bịa)"');
  await expect(page.getByLabel('Chương trình', { exact: true })).toHaveValue('MTQG');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');
  await expect(page.locator('.ag-row[row-id="HP1"]')).toBeVisible();
  await expect(page.locator('.ag-row[row-id="GNBV:GNBV"]')).toContainText('Vốn chuyển sang năm 2026');
  // the demo's two invented slips: the province's 950 against her 900, and a commune's carry-in 5 short
  await expect(page.getByLabel('Số cờ')).toContainText('2 phát hiện');
  // the district's book is gone from the grid (its rows fade out as the new ones come in)
  await expect(page.locator('.ag-row[row-id="DA3"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/year-2026-commune-demo.png' });
  await app.stop();
});
