// Ctrl+F (issue 29): a line by code or name without diacritics, a figure by value, across folded
// rows, unfolded to; the keyboard stays in the find bar.
import type { Page } from '@playwright/test';
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

/** The cell the find bar marks (the keyboard stays in the bar), or the grid's focused one. */
const foundCell = (page: Page, cls = '.cell-found') => page.evaluate((sel) => {
  const el = document.querySelector(sel);
  return `${el?.closest('.ag-row')?.getAttribute('row-id')} ${el?.getAttribute('col-id')}`;
}, cls);

test('Ctrl+F finds a folded line by name without diacritics, and a figure by value', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.locator('.ag-row[row-id="DA5"] .ag-cell[col-id="allocated:SN"]').click();
  // the works under DA1.1 are folded away
  await expect(page.locator('.ag-row[row-id="DA1.1-W2"]')).toHaveCount(0);
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Tìm' }).getByRole('textbox');
  await expect(find).toBeFocused();
  await find.fill('huoi luong');
  await expect(page.getByLabel('Kết quả tìm')).toContainText('1 kết quả');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ag-row[row-id="DA1.1-W2"]')).toBeVisible();
  await expect.poll(() => foundCell(page)).toBe('DA1.1-W2 label');
  await expect(find).toBeFocused();
  await expect(page.getByLabel('Kết quả tìm')).toHaveText('1/1');
  await page.screenshot({ path: 'test-results/e2e/find-line.png' });

  // a figure as she reads it in triệu: DA5's disbursement, then the total above it that repeats it
  await find.fill('11.680');
  await page.keyboard.press('Enter');
  await expect.poll(() => foundCell(page)).toMatch(/ disbursed:(SN|ALL)$/);
  const first = await foundCell(page);
  await page.keyboard.press('Enter');
  await expect.poll(() => foundCell(page)).not.toBe(first);
  await find.fill('không có dòng này');
  await expect(page.getByLabel('Kết quả tìm')).toHaveText('Không thấy');
  // Esc closes it and gives the keyboard back to the grid, on the last cell she was shown
  await find.fill('11.680');
  await page.keyboard.press('Enter');
  const last = await foundCell(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('search', { name: 'Tìm' })).toHaveCount(0);
  await expect.poll(() => foundCell(page, '.ag-cell-focus')).toBe(last);
  await expect(page.locator('.cell-found')).toHaveCount(0);
  await app.stop();
});
