// Danh mục chương trình > Đơn vị thực hiện (issue 31): Huyện Phong Thổ ends on 30/06/2025 and Xã
// Phong Thổ takes its projects over. She sets it in the window, reads the district's story and
// the commune's, has an impossible date said beside its field, and finds the district gone from
// the 2026 sheet while 2024 still shows it. At 1366×768, the screen of the accountant's office PC.
import type { Page } from '@playwright/test';
import { cell, expect, fileMenu, freshDemoBook, openApp, sovonOn, stopAll, test } from './browser-mode';

test.afterEach(stopAll);


/** A unit's line under DA4.1 in a year, as `sovon set` writes it (the unit comes with it). */
function unitLine(book: string, year: number, unit: string, value: string): void {
  sovonOn(book, 'set', book, '--year', String(year), '--node', 'DA4.1', '--unit', unit, '--capital', 'SN', '--measure', 'allocated', '--value', value, '--scale', 'trieu');
}

const district = (page: Page) => page.locator('.ag-row[row-id="DA4.1@Huyện Phong Thổ"]');

async function showYear(page: Page, year: number): Promise<void> {
  await page.getByLabel('Năm', { exact: true }).selectOption(String(year));
  await page.getByLabel('Dự án', { exact: true }).selectOption('DA4');
  // the project and its sub-project open (the window keeps them so across years)
  for (const line of ['DA4', 'DA4.1']) {
    await expect(cell(page, line, 'label')).toBeVisible();
    const open = page.getByRole('button', { name: `Mở rộng ${line}`, exact: true });
    if (await open.count()) await open.click();
  }
  await expect(page.locator('.ag-row[row-id="DA4.1@Xã Phong Thổ"]')).toBeVisible();
}

test('she ends Huyện Phong Thổ on 30/06/2025 with Xã Phong Thổ as its successor, and 2026 no longer shows it', async ({ page }) => {
  const book = freshDemoBook();
  unitLine(book, 2024, 'Huyện Phong Thổ', '50');
  unitLine(book, 2025, 'Xã Phong Thổ', '30');
  // the commune's figures of 2026 bring the year into the old programme's list
  unitLine(book, 2026, 'Xã Phong Thổ', '20');
  const app = await openApp(page, book);
  await expect(page.locator('.ag-row[row-id="DA1"]')).toBeVisible();
  // before: the district has no end, so 2026 still lists it
  await showYear(page, 2026);
  await expect(district(page)).toBeVisible();

  await fileMenu(page, 'Danh mục chương trình…');
  const dialog = page.getByRole('dialog', { name: 'Danh mục chương trình' });
  await dialog.getByRole('tab', { name: 'Đơn vị thực hiện' }).click();
  await expect(dialog.getByRole('tab', { name: 'Đơn vị thực hiện' })).toHaveAttribute('aria-selected', 'true');
  // the arrows go from tab to tab
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('tab', { name: 'Chương trình' })).toBeFocused();
  await expect(dialog.getByRole('tab', { name: 'Chương trình' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: 'Đơn vị thực hiện' })).toHaveAttribute('aria-selected', 'true');
  const table = dialog.getByRole('table', { name: 'Các đơn vị thực hiện' });
  const unitRow = (name: string) => table.locator('tbody tr').filter({ has: page.locator('td.unit-name', { hasText: new RegExp(`^${name}$`) }) });
  // the book's units, the two `sovon set` added among them
  await expect(unitRow('Xã Phong Thổ')).toHaveCount(1);
  await expect(unitRow('Huyện Phong Thổ').locator('td')).toHaveText(['Huyện Phong Thổ', '', '', '', 'đang hoạt động']);

  await unitRow('Huyện Phong Thổ').click();
  const editor = dialog.getByRole('form', { name: 'Đơn vị đang chọn' });
  await expect(editor).toContainText('Đơn vị đang chọn: Huyện Phong Thổ');
  // a day not on the calendar is said beside its field, and nothing is written
  const to = editor.getByLabel('Đến ngày');
  await to.fill('31/02/2025');
  await editor.getByRole('checkbox', { name: 'Xã Phong Thổ' }).check();
  await editor.getByRole('button', { name: 'Ghi' }).click();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.locator('.unit-field').filter({ hasText: 'Đến ngày' })).toContainText('"31/02/2025" không phải là một ngày có thật (viết 30/06/2025).');
  await page.screenshot({ path: 'test-results/e2e/units-wrong-date.png' });
  await expect(unitRow('Huyện Phong Thổ').locator('td').nth(2)).toHaveText('');

  await to.fill('30/06/2025');
  await expect(to).toHaveAttribute('aria-invalid', 'false');
  // a second commune took part of the district's projects: not yet in the book, typed anew
  await editor.getByLabel('Thêm đơn vị kế thừa mới').fill('Xã Sì Lở Lầu');
  await editor.getByRole('button', { name: 'Ghi' }).click();
  await expect(dialog.getByRole('status').last()).toHaveText('Đã ghi thời hạn và đơn vị kế thừa của "Huyện Phong Thổ".');
  // the button she pressed is drawn anew: the focus stays in the dialog, where Esc reaches it
  await expect(table).toBeFocused();
  await expect(unitRow('Huyện Phong Thổ').locator('td')).toHaveText(['Huyện Phong Thổ', '', '30/06/2025', 'Xã Phong Thổ, Xã Sì Lở Lầu', 'đã thôi từ 01/07/2025']);
  await expect(unitRow('Xã Sì Lở Lầu').locator('td')).toHaveText(['Xã Sì Lở Lầu', '', '', '', 'đang hoạt động']);
  const history = dialog.getByLabel('Lịch sử đơn vị');
  await expect(history).toHaveText('Huyện Phong Thổ: hoạt động đến 30/06/2025; kế thừa: Xã Phong Thổ, Xã Sì Lở Lầu');
  await expect(editor.getByRole('checkbox', { name: 'Xã Sì Lở Lầu' })).toBeChecked();

  // the commune says whom it took over
  await unitRow('Xã Phong Thổ').click();
  await expect(history).toHaveText('Xã Phong Thổ: chưa ghi thời hạn; nhận lại từ: Huyện Phong Thổ');

  // the dialog fits the screen: nothing of it is cut off at 1366×768
  const box = (await dialog.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  expect(box.x + box.width).toBeLessThanOrEqual(1366);
  await unitRow('Huyện Phong Thổ').click();
  await expect(history).toContainText('kế thừa: Xã Phong Thổ, Xã Sì Lở Lầu');
  await page.screenshot({ path: 'test-results/e2e/units-dialog.png' });

  // a refusal of the book is said in the dialog: a unit cannot start after it ends
  await unitRow('Huyện Phong Thổ').click();
  await editor.getByLabel('Từ ngày').fill('01/07/2025');
  await editor.getByRole('button', { name: 'Ghi' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Đơn vị "Huyện Phong Thổ": ngày kết thúc 30/06/2025 trước ngày bắt đầu 01/07/2025.');
  await editor.getByLabel('Từ ngày').fill('');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // the window was read again: 2026 leaves the district out, 2024 keeps its old name
  await expect(district(page)).toHaveCount(0);
  await expect(page.locator('.ag-row[row-id="DA4.1@Xã Phong Thổ"]')).toBeVisible();
  await showYear(page, 2024);
  await expect(district(page)).toBeVisible();
  await expect(cell(page, 'DA4.1@Huyện Phong Thổ', 'allocated:SN')).toHaveText('50');
  await app.stop();
});
