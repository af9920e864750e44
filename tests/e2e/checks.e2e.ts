// The accountant sees the seed report's contradictions where they are, and explains one.
import { cell, freshDemoBook, openView, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);


test('flags show in the panel, on the cell and in the status bar; a click goes to the cell; a note explains it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2023');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
  const rateFlag = panel.locator('li', { hasText: 'DA7.1 · Vốn SN · Tỷ lệ % · năm 2023' });
  await expect(rateFlag).toContainText('ghi 81,82% nhưng Sổ kế toán đơn vị có 81,12%');
  await expect(page.getByLabel('Số cờ')).toContainText('12 lỗi');

  // the flag sets the report against her books: she stays in her books, on her own cell, marked
  await rateFlag.click();
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue('books');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveText('81,12');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/flag-error/);
  await expect(cell(page, 'DA7', 'disbursed:SN')).toHaveClass(/flag-error/);
  // among red cells, the one the flag speaks of flashes and holds the focus
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/cell-jumped/);
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/ag-cell-focus/);
  await page.screenshot({ path: 'test-results/e2e/checks-jump.png' });
  await expect(cell(page, 'DA7.1', 'rate:SN')).not.toHaveClass(/cell-jumped/);
  // and in the report, the report's cell
  await page.getByLabel('Nguồn số liệu').selectOption('report-III');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveText('81,82');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/flag-error/);
  await page.getByLabel('Nguồn số liệu').selectOption('books');

  await panel.getByLabel('Mức độ').selectOption('rounding');
  // 45.359 against 45.360, DA2's 86,85 %, and section II's period rate 45,99 % (cut from 45,998)
  await expect(panel.locator('li.finding')).toHaveCount(3);
  await panel.getByLabel('Mức độ').selectOption('');
  await rateFlag.getByRole('button', { name: 'Giải trình…' }).click();
  // an error of 0,7 points is not proposed as rounding
  await expect(page.getByRole('dialog').getByRole('textbox')).toHaveValue('');
  await page.getByRole('dialog').getByRole('textbox').fill('Báo cáo ghi nhầm 81,12 thành 81,82');
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi' }).click();
  await expect(rateFlag).toContainText('Đã giải trình: Báo cáo ghi nhầm 81,12 thành 81,82');
  await expect(page.getByLabel('Số cờ')).toContainText('11 lỗi');
  await expect(cell(page, 'DA7.1', 'rate:SN')).toHaveClass(/flag-explained/);
  await page.screenshot({ path: 'test-results/e2e/checks-explained.png' });
  await app.stop();
});

test('one count everywhere, following the project she looks at', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
  const counts = async () => {
    const button = /Đối chiếu \((\d+) phát hiện\)/.exec((await page.getByRole('button', { name: /^Đối chiếu \(/ }).textContent())!)![1];
    const heading = /\((\d+) phát hiện/.exec((await panel.getByRole('heading').textContent())!)![1];
    const status = /(\d+) phát hiện/.exec((await page.getByLabel('Số cờ').textContent())!)![1];
    return [button, heading, status];
  };
  await expect.poll(counts).toEqual(['7', '7', '7']);
  await page.getByLabel('Dự án', { exact: true }).selectOption('DA7');
  // DA7's disbursement and DA7.1's rate, as section III states them against her books
  await expect.poll(counts).toEqual(['2', '2', '2']);
  await expect(panel.locator('li.finding')).toHaveCount(2);
  for (const finding of await panel.locator('li.finding').all()) await expect(finding).toContainText(/DA7(\.1)? · Vốn SN/);
  await app.stop();
});

test('an edit that breaks the chain is flagged at once', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2024');
  // the carry-in is in the "Chuyển nguồn" columns, not in the first-open set
  await (await openView(page)).getByLabel('Cột', { exact: true }).selectOption('carry');
  await page.keyboard.press('Escape');
  await cell(page, 'DA5', 'carry_in:SN').click();
  await page.keyboard.type('381');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'DA5', 'carry_in:SN')).toHaveClass(/flag-error/);
  await expect(page.getByRole('complementary', { name: 'Đối chiếu' })).toContainText('chuyển nguồn ghi 381 triệu đồng nhưng năm trước chuyển sang 380 triệu đồng');
  await app.stop();
});

test('how a document\'s silence is read is shown with the origin, and changing it checks the book again', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2023');
  const complete = page.getByRole('checkbox', { name: 'Đủ các dòng' });
  await expect(complete).toBeChecked();
  await expect(complete).toBeDisabled(); // her books: an empty cell is 0
  await page.getByLabel('Nguồn số liệu').selectOption('report-II');
  await expect(complete).not.toBeChecked();
  await expect(complete).toBeEnabled();
  await complete.click();
  await expect(complete).toBeChecked();
  await expect(page.getByRole('status')).toContainText('đủ các dòng; đã đối chiếu lại');
  await page.screenshot({ path: 'test-results/e2e/origin-complete.png' });
  await page.reload();
  await page.getByLabel('Nguồn số liệu').selectOption('report-II');
  await expect(page.getByRole('checkbox', { name: 'Đủ các dòng' })).toBeChecked();
  await app.stop();
});

test('one cause is one finding: the flags of section II\'s 504 triệu fold under its 2022 disbursement, and one note explains them all', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2022');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
  const finding = panel.locator('li.finding', { hasText: 'GNBV · Vốn SN · Giải ngân · năm 2022 (Báo cáo 6/2024, mục II)' });
  await expect(finding).toBeVisible();
  const fold = finding.getByRole('button', { name: /Cùng nguyên nhân: \d+ cờ khác/ });
  await fold.click();
  await expect(finding.locator('ul li', { hasText: 'Chuyển sang năm sau · năm 2022' })).toBeVisible();
  await expect(page.getByLabel('Số cờ')).toContainText('phát hiện');
  await page.screenshot({ path: 'test-results/e2e/checks-finding.png' });
  const errorsBefore = Number(/(\d+) lỗi/.exec((await page.getByLabel('Số cờ').textContent()) ?? '')![1]);
  await finding.getByRole('button', { name: 'Giải trình cả nhóm…' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill('Mục II cộng nhầm vốn sự nghiệp năm 2022');
  await page.getByRole('dialog').getByRole('button', { name: 'Ghi' }).click();
  await expect(finding.locator('.note').first()).toContainText('Mục II cộng nhầm');
  const errorsAfter = Number(/(\d+) lỗi/.exec((await page.getByLabel('Số cờ').textContent()) ?? '')![1]);
  expect(errorsAfter).toBeLessThan(errorsBefore - 1);
  await app.stop();
});

test('a flag about another origin or a period shows its figures beside her grid, which stays hers', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm').selectOption('2024');
  const panel = page.getByRole('complementary', { name: 'Đối chiếu' });
  // section II's period disbursement against her books: the years side by side and the period
  await panel.locator('li', { hasText: 'GNBV · Vốn ĐT · Giải ngân · năm 2022-2024 (Báo cáo 6/2024, mục II)' }).first().click();
  const shown = page.getByRole('dialog', { name: 'Số liệu của cờ' });
  const table = shown.getByRole('table', { name: 'Số liệu theo nguồn và năm' });
  await expect(table.locator('thead th')).toHaveText(['Nguồn · Giải ngân', 'Năm 2022', 'Năm 2023', 'Năm 2024', 'Cả giai đoạn 2022-2024']);
  await expect(table.getByRole('row', { name: 'Báo cáo 6/2024, mục II' })).toContainText('197.770');
  await expect(table.getByRole('row', { name: 'Sổ kế toán đơn vị (đang xem)' })).toContainText('187.661');
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue('books');
  await page.screenshot({ path: 'test-results/e2e/checks-period-view.png' });
  await shown.getByRole('button', { name: 'Đóng' }).click();
  await expect(shown).toHaveCount(0);

  // a chain flag inside section III: last year's carry-out beside this year's carry-in, hers untouched
  await panel.locator('li', { hasText: 'DA7 · Vốn SN · Chuyển nguồn · năm 2024 (Báo cáo 6/2024, mục III)' }).first().click();
  await expect(shown.getByRole('row', { name: 'Báo cáo 6/2024, mục III · Chuyển nguồn' })).toContainText('279');
  await expect(shown.getByRole('row', { name: 'Báo cáo 6/2024, mục III · Chuyển sang năm sau' })).toContainText('331');
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue('books');
  // she may still open the report in the grid, knowingly
  await shown.getByRole('button', { name: 'Mở "Báo cáo 6/2024, mục III" trong bảng' }).click();
  await expect(page.getByLabel('Nguồn số liệu')).toHaveValue('report-III');
  await expect(page.getByRole('status')).toHaveText('Đang xem "Báo cáo 6/2024, mục III": số gõ vào bây giờ sẽ ghi vào nguồn đó.');
  await app.stop();
});
