// She changed a figure, regrets the whole afternoon, and puts back the backup taken when she
// opened the book this morning.
import path from 'node:path';
import { cell, freshDemoBook, importFile, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);


test('restore the backup taken on opening, after confirming', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await cell(page, 'DA5', 'allocated:SN').click();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('99');

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Sao lưu và khôi phục…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' });
  const rows = dialog.getByRole('table', { name: 'Các bản sao lưu' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('khi mở sổ');
  await expect(rows.first()).toContainText('1 thao tác, gần nhất: sửa ô Giao Vốn SN của Dự án 5');
  // where the backups are is said in words, not as a path on her machine
  await expect(dialog).not.toContainText(path.dirname(app.book));
  await rows.first().getByRole('button', { name: 'Khôi phục…' }).click();
  await expect(dialog.getByRole('alertdialog', { name: 'Khôi phục sổ?' })).toContainText('1 thao tác làm sau đó sẽ không còn trong sổ');
  await page.screenshot({ path: 'test-results/e2e/backups-confirm.png' });
  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();

  await expect(page.getByRole('status')).toHaveText(/^Đã khôi phục sổ về lúc /);
  await expect(cell(page, 'DA5', 'allocated:SN')).toHaveText('12.060');
  await app.stop();
});

test('a backup taken before an import names the file it was taken for, and what was done after it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const wizard = await importFile(page, path.resolve(import.meta.dirname, '../../../shared/fixtures/province/sample-2022-units-as-rows.xlsx'));
  await wizard.getByRole('button', { name: /^Nhập 10 số liệu/ }).click();
  await expect(page.getByRole('status')).toHaveText(/^Đã nhập 10 số liệu/);

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Sao lưu và khôi phục…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sao lưu và khôi phục' });
  const before = dialog.getByRole('table', { name: 'Các bản sao lưu' }).locator('tbody tr', { hasText: 'trước khi nhập' });
  await expect(before).toContainText('trước khi nhập tệp "sample-2022-units-as-rows.xlsx"');
  await expect(before).toContainText('1 thao tác, gần nhất: nhập QĐ số 413/QĐ-UBND');
  await page.screenshot({ path: 'test-results/e2e/backups-import.png' });
  await app.stop();
});
