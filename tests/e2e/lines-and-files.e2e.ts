// Her own lines under a node, and the Tệp menu (browser mode's picker also takes a whole path).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { freshDemoBook, lineAction, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const labelOf = (page: Page, rowId: string) => page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="label"]`);

test('add, rename and remove an implementing unit under a project', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await labelOf(page, 'DA5').click();
  await lineAction(page, /^Thêm dòng dưới DA5/);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Loại dòng').selectOption('unit');
  await dialog.getByLabel('Tên dòng').fill('UBND xã Mường So');
  await dialog.getByRole('button', { name: 'Thêm' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã thêm dòng "UBND xã Mường So".');

  await labelOf(page, 'DA5@UBND xã Mường So').click();
  await lineAction(page, /^Đổi tên dòng/);
  await dialog.getByLabel('Tên mới').fill('UBND xã Sì Lở Lầu');
  await dialog.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(labelOf(page, 'DA5@UBND xã Sì Lở Lầu')).toContainText('UBND xã Sì Lở Lầu');

  await labelOf(page, 'DA5@UBND xã Sì Lở Lầu').click();
  await lineAction(page, /^Xóa dòng/);
  await dialog.getByRole('button', { name: 'Xóa' }).click();
  await expect(labelOf(page, 'DA5@UBND xã Sì Lở Lầu')).toHaveCount(0);
  await app.stop();
});

test('save a copy, create a new book and open one from Gần đây', async ({ page }) => {
  const book = freshDemoBook();
  const dir = path.dirname(book);
  const app = await serve(book);
  await page.goto(app.url);
  const dialog = page.getByRole('dialog');

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Lưu bản sao…' }).click();
  await dialog.getByRole('textbox').fill(path.join(dir, 'ban-sao'));
  await dialog.getByRole('button', { name: 'Lưu bản sao' }).click();
  await expect(page.getByRole('status')).toContainText('Đã lưu bản sao');
  expect(fs.existsSync(path.join(dir, 'ban-sao.sovon'))).toBe(true);

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Mới…' }).click();
  await dialog.getByRole('textbox').fill(path.join(dir, 'Xã Mường So 2025'));
  await dialog.getByRole('button', { name: 'Tạo sổ' }).click();
  // whose book it is may wait (new-book.e2e.ts fills it in)
  await page.getByRole('dialog', { name: 'Thông tin sổ mới' }).getByRole('button', { name: 'Tạo sổ' }).click();
  await expect(page).toHaveTitle('Xã Mường So 2025 — Sổ Vốn');
  await expect(page.locator('.ag-row[row-id="DA7"] .ag-cell[col-id="allocated:SN"]')).toHaveText('');

  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: path.join(dir, 'ban-sao.sovon') }).click();
  await expect(page.getByRole('status')).toContainText('Đã mở sổ');
  await expect(page).toHaveTitle('Phong Thổ 2022-2024 (mẫu) — Sổ Vốn');
  await app.stop();
});

test('the unit and its signers are settings of the book', async ({ page }) => {
  const book = freshDemoBook();
  let app = await serve(book);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Cài đặt…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cài đặt sổ' });
  await expect(dialog.getByLabel('Tên đơn vị')).toHaveValue('Ủy ban nhân dân huyện Phong Thổ');
  await dialog.getByLabel('Chức danh (Kế toán trưởng / Phụ trách kế toán)').fill('Phụ trách kế toán');
  await dialog.getByLabel('Họ và tên').nth(1).fill('Lò Thị Mai');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu cài đặt.');
  await app.stop();

  app = await serve(book);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Tệp' }).click();
  await page.getByRole('menuitem', { name: 'Cài đặt…' }).click();
  await expect(dialog.getByLabel('Chức danh (Kế toán trưởng / Phụ trách kế toán)')).toHaveValue('Phụ trách kế toán');
  await expect(dialog.getByLabel('Họ và tên').nth(1)).toHaveValue('Lò Thị Mai');
  await app.stop();
});

test('the Tệp menu closes on Esc and on a click elsewhere, and the display unit offers tỷ đồng', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  const tep = page.getByRole('button', { name: 'Tệp' });
  await tep.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await tep.click();
  await page.locator('.status').click();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.getByLabel('Đơn vị tính').selectOption({ label: 'tỷ đồng' });
  await expect(page.locator('.ag-row[row-id="DA5"] .ag-cell[col-id="allocated:SN"]').first()).toBeVisible();
  await app.stop();
});
