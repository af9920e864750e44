// Tệp > Đối chiếu Kho bạc (issue 32), at 1366×768: she reads the Treasury's statement of 2023
// (shown first, then written), sees it against her books line by line with the one slip of
// 12.500.000 đồng on DA3 and its flag, locks the reconciliation, and a later edit of a figure it
// covers asks her before it reopens it.
import fs from 'node:fs';
import path from 'node:path';
import { DA2, DA3, type StatementRow as Row, statementBytes as statement } from '../support/treasury-statement';
import { cell, expect, fileMenu, freshDemoBook, openApp, sovonOn, stopAll, test } from './browser-mode';

test.afterEach(stopAll);

// her books say 6.334.000.000 disbursed on DA3 in 2023; the Treasury 12.500.000 less
const slipped: Row[] = [{ ...DA2, allocated: 10_515_000_000, disbursed: 14_308_000_000 }, { ...DA3, allocated: 5_807_000_000, disbursed: 6_321_500_000 }];

test('she reads the Treasury’s statement of 2023, sees its one difference, locks it, and an edit of a locked figure asks first', async ({ page }) => {
  const app = await openApp(page, freshDemoBook());
  await expect(page.locator('.ag-row[row-id="DA1"]')).toBeVisible();

  await fileMenu(page, 'Đối chiếu Kho bạc…');
  const dialog = page.getByRole('dialog', { name: 'Đối chiếu Kho bạc' });
  const year2023 = dialog.getByRole('option', { name: /^năm 2023/ });
  await expect(year2023).toContainText('chưa đối chiếu');
  await year2023.click();
  await expect(year2023).toHaveAttribute('aria-selected', 'true');
  await expect(dialog).toContainText('Chưa có bảng của Kho bạc cho năm 2023');

  // shown first: each code, the cell, the content, her line and capital, how it was mapped
  await dialog.getByLabel(/^Đọc bảng của Kho bạc… \(\.xlsx, \.xls\) cho năm 2023/)
    .setInputFiles({ name: '01a-2023.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await statement(slipped) });
  const preview = dialog.getByRole('table', { name: 'Xem trước bảng của Kho bạc' });
  await expect(preview.locator('tbody tr')).toHaveCount(2);
  await expect(preview.locator('tbody tr').nth(1)).toContainText('12|398|00520');
  await expect(preview.locator('tbody tr').nth(1)).toContainText('DA3 (theo nội dung)');
  await expect(preview.locator('tbody tr').nth(1)).toContainText('Giải ngân: 6.321.500.000');
  await expect(dialog).toContainText('Chưa ghi vào sổ.');
  await page.screenshot({ path: 'test-results/e2e/treasury-import.png' });

  await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
  await expect(dialog.getByRole('status')).toContainText('Đã ghi 2 dòng của Kho bạc thành 4 số liệu (năm 2023)');
  const check = dialog.getByRole('table', { name: 'Đối chiếu năm 2023' });
  await expect(check.locator('tbody tr')).toHaveCount(4);
  const differs = check.locator('tbody tr.treasury-differs');
  await expect(differs).toHaveCount(1);
  await expect(differs).toContainText('12|398|00520');
  await expect(differs.locator('td')).toHaveText(['12|398|00520', 'DA3', 'Vốn SN', 'Giải ngân', '6.321.500.000', '6.334.000.000', '-12.500.000']);
  await expect(year2023).toContainText('còn chênh lệch');
  const flag = dialog.getByRole('list', { name: 'Cờ chênh lệch' }).getByRole('button');
  await expect(flag).toHaveCount(1);
  await expect(flag).toContainText('DA3 · Vốn SN · Giải ngân · năm 2023');
  await flag.click();
  await expect(dialog.locator('.treasury-flag-detail')).toContainText('Kho bạc ghi 6.321.500.000 đồng, Sổ kế toán có 6.334.000.000 đồng');
  await page.screenshot({ path: 'test-results/e2e/treasury-check.png' });

  await dialog.getByRole('button', { name: 'Khóa đối chiếu…' }).click();
  await dialog.getByLabel('Người khóa').fill('Lò Thị Hoa');
  await dialog.getByRole('button', { name: 'Khóa đối chiếu năm 2023' }).click();
  await expect(year2023).toContainText(/đã khóa ngày \d\d\/\d\d\/\d{4} bởi Lò Thị Hoa/);
  await expect(dialog.getByRole('status')).toContainText('Đã khóa đối chiếu năm 2023');
  await expect(dialog.getByRole('button', { name: 'Khóa đối chiếu…' })).toHaveCount(0);
  // a signed period's statement is not read again over it
  await expect(dialog.getByText('Đọc bảng của Kho bạc…')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/e2e/treasury-locked.png' });
  // the signed period's forms, one button away
  await dialog.getByRole('button', { name: 'In mẫu 01a, 02a…' }).click();
  await expect(dialog).toHaveCount(0);
  const print = page.getByRole('dialog', { name: 'In' });
  await expect(print.getByLabel('Bảng', { exact: true })).toHaveValue('01a-sdkp');
  await expect(print.getByLabel('Năm in')).toHaveValue('2023');
  await expect(page.frameLocator('iframe.print-preview').locator('.subtitle').nth(1)).toHaveText('Năm 2023');
  await expect(page.frameLocator('iframe.print-preview').locator('.subtitle').nth(3)).toHaveText(/^Đối chiếu đã khóa ngày \d\d\/\d\d\/\d{4} bởi Lò Thị Hoa$/);
  await page.keyboard.press('Escape');
  await expect(print).toHaveCount(0);

  // she corrects DA3.2 in her books of 2023 to the Treasury's: a figure the signed one covers
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.getByRole('button', { name: 'Mở rộng DA3' }).click();
  await cell(page, 'DA3.2', 'disbursed:SN').click();
  await page.keyboard.type('326,5');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: 'Mở lại đối chiếu đã khóa?' });
  await expect(ask).toContainText('năm 2023');
  await page.screenshot({ path: 'test-results/e2e/treasury-reopen.png' });
  await ask.getByRole('button', { name: 'Ghi và mở lại đối chiếu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu DA3.2.');
  await expect(cell(page, 'DA3', 'disbursed:SN')).toHaveText('6.321,5');
  // reopened, and now her books agree with the Treasury's to the đồng
  await fileMenu(page, 'Đối chiếu Kho bạc…');
  await dialog.getByRole('option', { name: /^năm 2023/ }).click();
  await expect(dialog.getByRole('option', { name: /^năm 2023/ })).toContainText('khớp');
  await expect(dialog.getByRole('table', { name: 'Đối chiếu năm 2023' }).locator('tbody tr.treasury-differs')).toHaveCount(0);
  await expect(dialog).toContainText('Không có chênh lệch');
  await app.stop();
});

test('a code of the Treasury’s she has not mapped: the statement is refused, she maps it to her line in the dialog, and it reads', async ({ page }) => {
  const app = await openApp(page, freshDemoBook());
  await fileMenu(page, 'Đối chiếu Kho bạc…');
  const dialog = page.getByRole('dialog', { name: 'Đối chiếu Kho bạc' });
  await dialog.getByRole('option', { name: /^năm 2023/ }).click();
  const unknown = { source: '12', sector: '398', program: '00999', content: '', disbursed: 5_000_000 };
  await dialog.getByLabel(/^Đọc bảng của Kho bạc…/).setInputFiles({ name: 'codes.xlsx', mimeType: 'application/octet-stream', buffer: await statement([...slipped, unknown]) });
  await expect(dialog.getByRole('alert')).toContainText('1 mã của Kho bạc chưa gắn với dòng nào của sổ: 12|398|00999 (ô A13)');
  const form = dialog.getByRole('form', { name: 'Gắn mã của Kho bạc với dòng của sổ' });
  await expect(form.getByLabel('Mã của Kho bạc (nguồn|ngành|CTMT-DA)')).toHaveValue('12|398|00999');
  await form.getByLabel('Dòng của sổ').selectOption('DA7');
  await form.getByLabel('Loại vốn').selectOption('SN');
  await page.screenshot({ path: 'test-results/e2e/treasury-map.png' });
  await form.getByRole('button', { name: 'Gắn mã' }).click();
  await expect(dialog.getByRole('status')).toContainText('Đã gắn mã 12|398|00999 với dòng DA7, Vốn SN.');
  // read again by itself: the code now goes to DA7 as she said, not by any content
  const preview = dialog.getByRole('table', { name: 'Xem trước bảng của Kho bạc' });
  await expect(preview.locator('tbody tr')).toHaveCount(3);
  await expect(preview.locator('tbody tr').nth(2).locator('td').nth(3)).toHaveText('DA7');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await app.stop();
});

test('she prints the Treasury’s form 01a for 2023 with the Treasury’s differing figure under her line, and takes it as Excel for the portal', async ({ page }) => {
  const book = freshDemoBook();
  const file = path.join(path.dirname(book), '01a-2023.xlsx');
  fs.writeFileSync(file, await statement(slipped));
  sovonOn(book, 'treasury', 'import', book, file, '--period', '2023');
  const app = await openApp(page, book);
  await expect(page.locator('.ag-row[row-id="DA1"]')).toBeVisible();
  // her unit's codes with the Treasury, once, in Cài đặt
  await fileMenu(page, 'Cài đặt…');
  const settings = page.getByRole('dialog', { name: 'Cài đặt sổ' });
  await settings.getByLabel('Mã chương').fill('805');
  await settings.getByLabel('Mã cấp ngân sách').fill('3');
  await page.screenshot({ path: 'test-results/e2e/treasury-settings.png' });
  await settings.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu cài đặt.');
  await fileMenu(page, 'In…');
  const dialog = page.getByRole('dialog', { name: 'In' });
  await dialog.getByLabel('Bảng', { exact: true }).selectOption('01a-sdkp');
  await dialog.getByLabel('Năm in').selectOption('2023');
  await expect(dialog.getByLabel('Kỳ đối chiếu')).toHaveValue('');
  const sheet = page.frameLocator('iframe.print-preview');
  await expect(sheet.locator('h1')).toHaveText('BẢNG ĐỐI CHIẾU DỰ TOÁN KINH PHÍ NGÂN SÁCH BẰNG HÌNH THỨC RÚT DỰ TOÁN TẠI KHO BẠC NHÀ NƯỚC');
  await expect(sheet.locator('.form-no')).toHaveText('Mẫu số 01a-SDKP/ĐVDT');
  await expect(sheet.locator('.form-left')).toContainText('Mã chương: 805');
  await expect(sheet.locator('.form-left')).toContainText('Mã cấp NS: 3');
  const kbnn = sheet.locator('tr.treasury');
  await expect(kbnn).toHaveCount(2);
  await expect(kbnn.nth(1)).toContainText('6.321.500.000');
  await page.screenshot({ path: 'test-results/e2e/treasury-form-01a.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Xuất Excel' }).click()]);
  expect(download.suggestedFilename()).toBe('01a-sdkp-2023.xlsx');
  // a quarter: the period goes to the form
  await dialog.getByLabel('Kỳ đối chiếu').selectOption('-Q2');
  await expect(sheet.locator('.subtitle').nth(1)).toHaveText('Quý II năm 2023');
  await app.stop();
});
