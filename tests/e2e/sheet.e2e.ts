// The accountant opens the demo book, unfolds a project, types a figure, and finds it again.
import type { Page } from '@playwright/test';
import { cell, freshDemoBook, openView, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

// AG Grid 36 draws one element per row holding both its pinned and its scrolling cells
const labelOf = (page: Page, rowId: string) => cell(page, rowId, 'label');

// the sizes of the scripts and how early the first calls go are figures: bench/page-load.ts
test('the first figures are the sheet the back end built while the page loaded: none is asked for', async ({ page }) => {
  const app = await serve(freshDemoBook());
  const calls: string[] = [];
  page.on('request', (r) => { const { pathname } = new URL(r.url()); if (pathname.startsWith('/api/')) calls.push(pathname.slice('/api/'.length)); });
  await page.goto(app.url);
  await expect(cell(page, 'GNBV', 'allocated:ALL')).not.toBeEmpty();
  expect(calls).toContain('firstSheet');
  expect(calls).not.toContain('getSheet');
  await app.stop();
});

test('open the demo, unfold a project, type a figure, and see it after reopening the book', async ({ page }) => {
  const book = freshDemoBook();
  let app = await serve(book);
  await page.goto(app.url);

  await expect(page).toHaveTitle('Phong Thổ 2022-2024 (mẫu) — Sổ Vốn');
  await expect(page.getByRole('columnheader', { name: 'Tổng được sử dụng' }).first()).toBeVisible();
  await expect(labelOf(page, 'DA7')).toContainText('Dự án 7: Nâng cao năng lực');
  await expect(labelOf(page, 'DA7.1')).toHaveCount(0);

  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
  await expect(labelOf(page, 'DA7.1')).toContainText('Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình');
  // the arrow turns as the row unfolds
  await expect(page.getByRole('button', { name: 'Thu gọn DA7' })).toHaveText('▾');
  await page.getByLabel('Năm').selectOption('2023');
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveText('696');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveText('81,12');
  // stated in the books vs computed: DA7.1's disbursement is the sum of its two contents
  await expect(cell(page, 'DA7.1', 'allocated:SN')).toHaveClass(/cell-stated/);
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveClass(/cell-computed/);
  await expect(cell(page, 'DA7', 'disbursed:SN')).toHaveClass(/cell-computed/);

  await page.getByRole('button', { name: 'Mở rộng DA6' }).click();
  await cell(page, 'DA6.1', 'allocated:SN').click();
  await page.keyboard.type('1.234,5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Đã lưu DA6.1.');
  await expect(cell(page, 'DA6.1', 'allocated:SN')).toHaveText('1.234,5');
  await expect(cell(page, 'DA6.1', 'allocated:SN')).toHaveClass(/cell-stated/);
  // the project total is computed from its sub-projects: 1.234,5 + 325
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveText('1.559,5');
  await page.screenshot({ path: 'test-results/e2e/sheet-after-edit.png' });

  await app.stop();
  app = await serve(book);
  await page.goto(app.url);
  // where she left it: 2023, DA6 unfolded (browser mode's new port, yet the back end kept her place)
  await expect(page.getByLabel('Năm')).toHaveValue('2023');
  await expect(page.getByRole('button', { name: 'Thu gọn DA6' })).toBeVisible();
  await expect(cell(page, 'DA6.1', 'allocated:SN')).toHaveText('1.234,5');
  await app.stop();
});

test('folding from the keyboard, and F1 lists the keys', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await labelOf(page, 'DA7').click();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(labelOf(page, 'DA7.1')).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(labelOf(page, 'DA7.1')).toHaveCount(0);
  await page.keyboard.press('+');
  await expect(labelOf(page, 'DA7.1')).toBeVisible();
  await page.keyboard.press('-');
  await expect(labelOf(page, 'DA7.1')).toHaveCount(0);
  await page.keyboard.press('F1');
  const keys = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(keys.getByRole('row', { name: /Ctrl\+Z \/ Ctrl\+Y/ })).toBeVisible();
  await expect(keys.getByRole('row', { name: /Alt\+→ \/ Alt\+←/ })).toContainText('mở / thu gọn dòng');
  await keys.getByRole('button', { name: 'Đóng' }).click();
  await expect(keys).toBeHidden();
  await app.stop();
});

test('switch year and project, and the display unit', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2022');
  await page.getByLabel('Dự án', { exact: true }).selectOption('DA7');
  await expect(page.locator('.ag-row[row-id]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveText('537');
  await expect(cell(page, 'DA7.2', 'disbursed:SN')).toHaveText('13');
  await expect(labelOf(page, 'DA2')).toHaveCount(0);

  await page.getByLabel('Đơn vị tính').selectOption('dong');
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveText('537.000.000');
  await page.screenshot({ path: 'test-results/e2e/sheet-project-filter.png' });
  await app.stop();
});

test('Ctrl+Z takes back a typed figure and Ctrl+Y types it again; in a text box the keys stay hers', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(page.getByRole('button', { name: 'Hoàn tác', exact: true })).toBeDisabled();
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');
  await expect(page.getByRole('button', { name: 'Hoàn tác', exact: true })).toHaveAttribute('title', /^Hoàn tác: sửa ô Giao Vốn SN của Dự án 5/);

  await page.keyboard.press('Control+z');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await expect(page.getByRole('status')).toHaveText(/^Đã hoàn tác: sửa ô Giao Vốn SN của Dự án 5.*năm 2023\.$/);
  await page.screenshot({ path: 'test-results/e2e/sheet-undo.png' });
  await page.keyboard.press('Control+y');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('status')).toHaveText('Không còn thao tác nào để làm lại.');

  // typing in a cell: Ctrl+Z undoes the typing, not the book
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('5');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');
  await app.stop();
});

/** What the page puts on the clipboard for Ctrl+C, or takes from it for Ctrl+V: the grid
 * answers the browser's copy and paste events, so the tests send those. */
async function clipboard(page: Page, kind: 'copy' | 'paste', text = ''): Promise<string> {
  return page.evaluate(([k, t]) => {
    const data = new DataTransfer();
    if (k === 'paste') data.setData('text/plain', t!);
    document.activeElement!.dispatchEvent(new ClipboardEvent(k!, { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  }, [kind, text]);
}

test('a block: Shift+arrows select it, a paste fills it as one step, a computed total is left alone', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  // every measure of Vốn SN side by side: Giao then Điều chỉnh, as the block below expects
  const view = await openView(page);
  await view.getByLabel('Cột', { exact: true }).selectOption('full');
  await view.getByLabel('Bố cục').selectOption('by-capital');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mở rộng DA6' }).click();
  const da61 = await cell(page, 'DA6.1', 'allocated:SN').textContent();

  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(cell(page, 'DA6', 'adjusted:SN')).toHaveClass(/cell-in-block/);
  await expect(cell(page, 'DA7', 'allocated:SN')).not.toHaveClass(/cell-in-block/);

  // two columns of three rows from her spreadsheet; DA6 is the sum of its sub-projects
  await clipboard(page, 'paste', '10\t1\r\n20\t2\r\n30\t3\r\n');
  // every figure is shown before it is saved
  const preview = page.getByRole('dialog', { name: 'Dán khối số liệu' });
  await expect(preview.getByRole('row')).toHaveCount(6);
  await expect(preview.getByRole('row', { name: /DA6\.1 Giao Vốn SN 30 30/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/e2e/sheet-paste-preview.png' });
  await preview.getByRole('button', { name: 'Ghi 5 ô' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Đã dán 5 ô \(Ctrl\+Z để hoàn tác\)\. Bỏ qua 1 ô số tính ra/);
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('10');
  await expect(cell(page, 'DA6.1', 'allocated:SN')).toHaveText('30');
  await expect(cell(page, 'DA6.1', 'adjusted:SN')).toHaveText('3');
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveClass(/cell-computed/);
  await page.screenshot({ path: 'test-results/e2e/sheet-block-paste.png' });

  // what Ctrl+C gives her spreadsheet: the block, exact, a tab between cells
  const copied = await clipboard(page, 'copy');
  await expect(page.getByRole('status')).toHaveText('Đã chép 6 ô (số theo triệu đồng, đủ mọi chữ số, không làm tròn).');
  expect(copied.split('\r\n')[0]).toBe('10\t1');
  expect(copied.split('\r\n')[2]).toBe('30\t3');

  await page.keyboard.press('Control+z');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await expect(cell(page, 'DA6.1', 'allocated:SN')).toHaveText(da61!);

  // a value with a tab in it (a quoted cell from Excel) cannot be a figure: nothing is written
  await clipboard(page, 'paste', '"1\t2"\r\n5\r\n6\r\n');
  await expect(preview.getByRole('button', { name: 'Ghi 2 ô' })).toBeDisabled();
  await preview.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã hủy, không ô nào được dán.');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');

  // Delete clears the block's stated figures, in one step too
  await page.keyboard.press('Delete');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('');
  await page.keyboard.press('Control+z');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await app.stop();
});

test('typing over a computed total says what it means once, and the stated total shows what it would be', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveClass(/cell-computed/);
  await cell(page, 'DA6', 'allocated:SN').click();
  await page.keyboard.type('400');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Ghi đè số tính ra?' });
  await expect(ask).toContainText('Ô này là số tính ra (cộng từ các dòng con)');
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveText('325');
  await ask.getByRole('button', { name: 'Ghi số đã nhập' }).click();
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveText('400');
  await expect(cell(page, 'DA6', 'allocated:SN')).toHaveClass(/cell-stated/);
  await cell(page, 'DA6', 'allocated:SN').hover();
  await expect(page.locator('.ag-tooltip')).toContainText('Số đã nhập. Tính từ các dòng con cộng lại: 325 (chênh 75).');
  // asked once: the next computed cell takes the figure straight away
  await cell(page, 'DA7', 'allocated:SN').click();
  await page.keyboard.type('2.000');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA7', 'allocated:SN')).toHaveText('2.000');
  await app.stop();
});

test('a cell\'s history from its menu: every figure it held, when, and by which action', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');
  await cell(page, 'DA5', 'allocated:SN').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Ô' }).getByRole('menuitem', { name: 'Lịch sử ô…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lịch sử ô' });
  const rows = dialog.getByRole('table', { name: 'Các lần thay đổi' }).locator('tbody tr');
  // the demo's own figure, written when the demo was made, then hers
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('nhập số liệu từ tệp sovon-claims');
  await expect(rows.nth(0)).toContainText('(trống)');
  await expect(rows.nth(1)).toContainText(/sửa ô Giao Vốn SN của Dự án 5.*12\.060\s*99/);
  await page.screenshot({ path: 'test-results/e2e/cell-history.png' });
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
  await app.stop();
});

test('when the server is gone she is told, and typing waits for it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await app.stop();
  await expect(page.getByRole('alert')).toHaveText(/^Mất kết nối với Sổ Vốn .*chưa ghi được số nào cho đến khi kết nối lại/);
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^Mất kết nối với Sổ Vốn/);
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
});

test('a wrong figure is refused with a message, and the book is unchanged', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2023');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('12,3,4x');
  await page.keyboard.press('Enter');
  // the reason beside the cell she is kept in (keys.e2e.ts); Esc leaves the book as it was
  await expect(page.getByRole('alert')).toContainText('Giá trị "12,3,4x" không hợp lệ');
  await page.keyboard.press('Escape');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await app.stop();
});

test('correcting a figure: the editor opens with it as she would type it, and an untouched edit saves nothing', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2023');
  const editor = page.locator('.ag-cell-inline-editing input');

  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.press('F2');
  await expect(editor).toHaveValue('12.060');
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Đã lưu DA5.');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.061');

  // a computed total opened and left as it was stays computed
  await cell(page, 'DA7', 'disbursed:SN').dblclick();
  await expect(editor).toHaveValue('1.098');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA7', 'disbursed:SN')).toHaveClass(/cell-computed/);
  await expect(page.getByRole('status')).toHaveText('Đã lưu DA5.');

  // a rate opens with the decimals it was stated with
  await page.getByLabel('Nguồn số liệu').selectOption({ label: 'Báo cáo 6/2024, mục III' });
  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
  await cell(page, 'DA7.1', 'rate:SN').click();
  await page.keyboard.press('F2');
  await expect(editor).toHaveValue('81,82');
  await page.keyboard.press('Escape');
  await app.stop();
});

test('a negative allocation asks before it is saved', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2023');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('-5');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Số âm' });
  await expect(dialog).toContainText('Số âm ở cột "Giao"');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await page.screenshot({ path: 'test-results/e2e/negative-confirm.png' });
  await dialog.getByRole('button', { name: 'Ghi số âm' }).click();
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('-5');
  await app.stop();
});
