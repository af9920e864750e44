// Her spreadsheet habits in the grid (issue 29): the keys that move as Excel's do, a refused
// value that keeps her in the cell, Tab after an edit, and Ctrl+S. The table of Excel's moves is
// in tests/unit/excel-keys.test.ts; here the grid follows it.
import type { Page } from '@playwright/test';
import { cell, freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement;
  return `${el.closest('.ag-row')?.getAttribute('row-id')} ${el.closest('.ag-cell')?.getAttribute('col-id')}`;
});
const editor = (page: Page) => page.locator('.ag-cell-inline-editing input');

test('Home, End, Ctrl+Home, Ctrl+End and Ctrl+arrow move as in Excel; Ctrl+S says the book is saved', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const from = async (row: string, col: string, key: string) => {
    await cell(page, row, col).click();
    await page.keyboard.press(key);
    return focused(page);
  };
  expect(await from('DA3', 'allocated:SN', 'Home')).toBe('DA3 code');
  expect(await from('DA3', 'allocated:SN', 'End')).toBe('DA3 rate:ALL');
  expect(await from('DA3', 'allocated:SN', 'Control+Home')).toBe('GNBV code');
  expect(await from('DA3', 'allocated:SN', 'Control+End')).toBe('DA7 rate:ALL');
  // DA3's Giao SN and Cộng are filled, its Tổng được sử dụng ĐT is not: the block ends at Cộng
  expect(await from('DA3', 'allocated:SN', 'Control+ArrowRight')).toBe('DA3 allocated:ALL');
  expect(await from('DA3', 'allocated:ALL', 'Control+ArrowRight')).toBe('DA3 available:SN');
  expect(await from('DA3', 'allocated:SN', 'Control+ArrowDown')).toBe('DA7 allocated:SN');
  expect(await from('DA3', 'allocated:SN', 'Control+ArrowLeft')).toBe('DA3 label');

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toContainText('Sổ đã được lưu');
  await app.stop();
});

test('a value the book refuses keeps her in the cell with her text and the reason beside it; Tab moves on without an editor', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('12,5,3');
  await page.keyboard.press('Enter');
  // still editing DA5, her text still there, the reason beside the cell
  await expect(editor(page)).toHaveValue('12,5,3');
  await expect(page.getByRole('alert')).toContainText('Giá trị "12,5,3" không hợp lệ: dấu phân cách hàng nghìn');
  expect(await focused(page)).toBe('DA5 allocated:SN');
  await page.screenshot({ path: 'test-results/e2e/keys-refused.png' });
  // she corrects it: the reason goes, the figure is written
  await editor(page).fill('12.100');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.100');
  // Tab moved her right and opened no editor there
  await expect(editor(page)).toHaveCount(0);
  expect(await focused(page)).toBe('DA5 allocated:ALL');
  // Esc leaves a refused value without writing anything
  await cell(page, 'DA5', 'disbursed:SN').click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(cell(page, 'DA5', 'disbursed:SN')).toHaveText('11.680');
  await app.stop();
});

test('a dialog takes the keyboard: the negative-amount question has the focus, Esc cancels, Enter confirms', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const negative = async () => {
    await cell(page, 'DA5', 'disbursed:SN').click();
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Số âm' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Ghi số âm' })).toBeFocused();
    return dialog;
  };
  const dialog = await negative();
  await page.screenshot({ path: 'test-results/e2e/keys-negative.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(cell(page, 'DA5', 'disbursed:SN')).toHaveText('11.680');
  await negative();
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'disbursed:SN')).toHaveText('-5');
  await app.stop();
});
