// Browser mode's Tệp > Mở… and Mới…: she clicks through folders to a book, or types only a
// name; she never types a path.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');
// outside the run's output folder, which another run of Playwright empties
const shot = (name: string) => path.resolve(import.meta.dirname, '../../test-results/file-picker', name);

/** A second book in a year folder beside the demo book, and a spreadsheet the picker leaves out. */
function secondBook(dir: string): string {
  const book = path.join(dir, 'Sổ 2025', 'xa-muong-so.sovon');
  fs.mkdirSync(path.dirname(book));
  const res = spawnSync(process.execPath, [bin, 'new', book], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: dir } });
  if (res.status !== 0) throw new Error(res.stderr);
  fs.writeFileSync(path.join(dir, 'Sổ 2025', 'bao-cao.xlsx'), 'x');
  fs.writeFileSync(path.join(dir, '.an.sovon'), 'x');
  return book;
}

test('open a second book by clicking through the picker', async ({ page }) => {
  const book = freshDemoBook();
  const dir = path.dirname(book);
  secondBook(dir);
  const app = await serve(book);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Mở…' }).click();

  // it starts beside the open book: folders (the app's backups, her year folder), then the book, no dot file
  const picker = page.getByRole('dialog', { name: 'Mở sổ' });
  const entries = picker.getByRole('listbox', { name: 'Thư mục con và sổ' });
  await expect(entries.getByRole('option')).toHaveText(['backups', 'Sổ 2025', /^demo\.sovon\s*\d+ KB\d\d\/\d\d\/\d{4} \d\d:\d\d$/]);
  await expect(picker.getByRole('navigation', { name: 'Thư mục đang xem' }).locator('[aria-current]')).toHaveText(path.basename(dir));
  await expect(picker.getByRole('navigation', { name: 'Nơi thường dùng' }).getByRole('button', { name: 'Thư mục sổ đang mở' })).toBeVisible();
  await page.screenshot({ path: shot('file-picker.png') });

  await entries.getByRole('option', { name: 'Sổ 2025' }).dblclick();
  await expect(entries.getByRole('option')).toHaveText([/^xa-muong-so\.sovon/]);
  // Backspace goes up, Enter goes down again: the keyboard alone will do
  await entries.press('Backspace');
  await expect(entries.getByRole('option').first()).toHaveText('backups');
  await entries.press('ArrowDown');
  await entries.press('Enter');
  await entries.getByRole('option', { name: 'xa-muong-so.sovon' }).click();
  await page.screenshot({ path: shot('file-picker-folder.png') });
  await picker.getByRole('button', { name: 'Mở', exact: true }).click();

  await expect(page).toHaveTitle('xa-muong-so — Sổ Vốn');
  await expect(page.getByRole('status')).toContainText('Đã mở sổ');
  await expect(picker).toHaveCount(0);
  await app.stop();
});

test('create a new book by typing only its name', async ({ page }) => {
  const book = freshDemoBook();
  const dir = path.dirname(book);
  const app = await serve(book);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Mới…' }).click();

  const picker = page.getByRole('dialog', { name: 'Tạo sổ mới' });
  const name = picker.getByLabel('Tên tệp sổ');
  await expect(name).toBeFocused();
  // a name that is taken is refused in the picker, and she stays there
  await name.fill('demo');
  await name.press('Enter');
  await expect(picker.getByRole('alert')).toContainText('đã có tệp "demo.sovon"');
  await page.screenshot({ path: shot('file-picker-new.png') });
  await name.fill('Xã Mường So 2025');
  await name.press('Enter');
  // whose book it is may all wait (new-book.e2e.ts fills it in): Enter makes the book
  const details = page.getByRole('dialog', { name: 'Thông tin sổ mới' });
  await expect(details.getByLabel('Tên đơn vị')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveTitle('Xã Mường So 2025 — Sổ Vốn');
  expect(fs.existsSync(path.join(dir, 'Xã Mường So 2025.sovon'))).toBe(true);

  // Esc closes the picker and nothing else happens
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Mở…' }).click();
  await expect(page.getByRole('dialog', { name: 'Mở sổ' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).toHaveTitle('Xã Mường So 2025 — Sổ Vốn');
  await app.stop();
});
