// Tệp > Mới asks whose book it is (issue 29): after the file's name, one short dialog with the
// unit (her earlier books' units offered), parent agency, mã ĐVQHNS, programme and first year, and
// the signers; what she gives is in the new book's Cài đặt. Hủy makes nothing and keeps the open
// book as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');
const shot = (name: string) => path.resolve(import.meta.dirname, '../../test-results/e2e/new-book', name);

test('a new book asks for her unit, and Hủy makes nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const book = freshDemoBook();
  const dir = path.dirname(book);
  // an earlier book of hers, of a commune: its unit is offered
  const earlier = spawnSync(process.execPath, [bin, 'new', path.join(dir, 'xa-cu.sovon'), '--unit', 'UBND xã Mường So', '--parent', 'UBND tỉnh Lai Châu'],
    { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: dir } });
  expect(earlier.status, earlier.stderr).toBe(0);
  const app = await serve(book);
  await page.goto(app.url);
  await expect(page).toHaveTitle(/— Sổ Vốn$/);
  const demoTitle = await page.title();

  const startNew = async (name: string) => {
    await page.getByRole('button', { name: 'Tệp' }).click();
    await page.getByRole('menuitem', { name: 'Mới…' }).click();
    const picker = page.getByRole('dialog', { name: 'Tạo sổ mới' });
    await picker.getByLabel('Tên tệp sổ').fill(name);
    await picker.getByLabel('Tên tệp sổ').press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Thông tin sổ mới' });
    await expect(dialog).toBeVisible();
    return dialog;
  };

  // Hủy (Esc) makes no book, and the demo book is still the one open, as it was
  let dialog = await startNew('Mường So 2025');
  await expect(dialog.getByLabel('Tên đơn vị')).toBeFocused();
  await dialog.getByLabel('Tên đơn vị').fill('UBND xã Mường So');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Chưa tạo sổ mới');
  expect(fs.existsSync(path.join(dir, 'Mường So 2025.sovon'))).toBe(false);
  await expect(page).toHaveTitle(demoTitle);

  // again, and this time she fills it in
  dialog = await startNew('Mường So 2025');
  const unit = dialog.getByLabel('Tên đơn vị');
  await expect(unit).toBeFocused();
  await expect(unit).toHaveValue(''); // nothing carried over from the dialog she cancelled
  // her earlier books' units are offered, each with the book it is from
  await expect(page.locator('#new-book-units option[value="UBND xã Mường So"]')).toHaveText('sổ xa-cu');
  await expect(page.locator('#new-book-units option[value="Ủy ban nhân dân huyện Phong Thổ"]')).toHaveCount(1);
  await expect(page.locator('#new-book-parents option[value="UBND tỉnh Lai Châu"]')).toHaveCount(1);
  await unit.fill('UBND xã Mường So');
  await dialog.getByLabel('Cơ quan chủ quản').fill('UBND tỉnh Lai Châu');
  await dialog.getByLabel('Mã ĐVQHNS').fill('1234567');
  await expect(dialog.getByLabel('Chương trình')).toHaveText(/giảm nghèo bền vững 2021-2025 \(giai đoạn 2021-2025\)/);
  const year = dialog.getByLabel('Năm bắt đầu ghi sổ');
  await expect(year.locator('option')).toHaveText(['(để sau)', '2021', '2022', '2023', '2024', '2025']);
  await year.selectOption('2024');
  await dialog.getByLabel('Người lập biểu').fill('Lò Thị Hoa');
  await dialog.getByLabel('Kế toán trưởng').fill('Tao Văn Minh');
  // the head of the unit is left for later
  await page.screenshot({ path: shot('new-book-dialog.png') });
  await dialog.getByLabel('Kế toán trưởng').press('Enter');

  await expect(page).toHaveTitle('Mường So 2025 — Sổ Vốn');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Đã tạo sổ');
  // an empty book opens on the year she starts with
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2024');

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Cài đặt…' }).click();
  const settings = page.getByRole('dialog', { name: 'Cài đặt sổ' });
  await expect(settings.getByLabel('Tên đơn vị')).toHaveValue('UBND xã Mường So');
  await expect(settings.getByLabel('Cơ quan chủ quản')).toHaveValue('UBND tỉnh Lai Châu');
  await expect(settings.getByLabel('Mã đơn vị (mã QHNS)')).toHaveValue('1234567');
  await expect(settings.getByLabel('Họ và tên').nth(0)).toHaveValue('Lò Thị Hoa');
  await expect(settings.getByLabel('Họ và tên').nth(1)).toHaveValue('Tao Văn Minh');
  await expect(settings.getByLabel('Họ và tên').nth(2)).toHaveValue('');
  await page.screenshot({ path: shot('new-book-settings.png') });
  await app.stop();
});
