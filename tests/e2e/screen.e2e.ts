// What she sees at 1366×768 (issue 29): codes and rates whole, a status bar of one line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freshDemoBook, openApp, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

test('codes and rates are never cut, and the status bar stays on one line', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  // every line unfolded, down to the works
  for (let open = page.getByRole('button', { name: /^Mở rộng/ }); await open.count() > 0;) await open.first().click();
  await expect(page.locator('.ag-row[row-id="DA1.1"]')).toBeVisible();
  const cut = await page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('.ag-cell[col-id="code"], .ag-cell[col-id^="rate:"]')];
    return cells.filter((c) => c.innerText.trim() !== '' && c.scrollWidth > c.clientWidth).map((c) => c.innerText);
  });
  expect(cut).toEqual([]);
  const codes = await page.locator('.ag-cell[col-id="code"]').allInnerTexts();
  expect(Math.max(...codes.map((c) => c.length))).toBeGreaterThanOrEqual(5);

  // a long message, the panel open: the status bar is one line, the counts whole
  await page.locator('.ag-row[row-id="DA5"] .ag-cell[col-id="allocated:SN"]').click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+s');
  const status = page.locator('footer.status');
  const lineHeight = await status.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || 20);
  const box = await status.boundingBox();
  expect(box!.height).toBeLessThan(lineHeight * 1.9 + 8);
  await expect(page.getByLabel('Số cờ')).toHaveText(/^\d+ phát hiện\s*\((\d+) cờ:\s*\d+ lỗi,\s*\d+ cảnh báo,\s*\d+ làm tròn,\s*\d+ đã giải trình\)$/);
  // findings and flags said the same way as the panel's heading: "7 phát hiện (15 cờ: …)" and "(7 phát hiện, 15/15 cờ)"
  const counted = (await page.getByLabel('Số cờ').textContent())!;
  const heading = (await page.getByRole('complementary', { name: 'Đối chiếu' }).getByRole('heading').textContent())!;
  expect(/^(\d+) phát hiện/.exec(counted)![1]).toBe(/\((\d+) phát hiện/.exec(heading)![1]);
  expect(/\((\d+) cờ/.exec(counted)![1]).toBe(/\/(\d+) cờ/.exec(heading)![1]);
  await page.screenshot({ path: 'test-results/e2e/screen-1366.png' });
  await app.stop();
});

test('a long origin name is shortened with its whole name on hover: the toolbar keeps to one row, at 1366 and 1280 px', async ({ page }) => {
  const book = freshDemoBook();
  const label = 'Quyết định số 1234/QĐ-UBND ngày 15/12/2022 của Ủy ban nhân dân tỉnh Lai Châu về việc giao kế hoạch vốn ngân sách trung ương thực hiện Chương trình';
  const file = path.join(path.dirname(book), 'qd.json');
  fs.writeFileSync(file, JSON.stringify({
    format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'qd-dai', kind: 'province', label }],
    claims: [{ origin: 'qd-dai', year: 2023, node: 'DA5', capital: 'SN', measure: 'allocated', value: 12_060_000_000, scale: 'dong' }],
  }));
  const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');
  const res = spawnSync(process.execPath, [bin, 'claims', 'import', book, file], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.dirname(book) } });
  expect(res.status, res.stderr).toBe(0);
  const app = await serve(book);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const toolbar = page.locator('header.toolbar');
  const before = (await toolbar.boundingBox())!.height;
  await page.getByLabel('Nguồn số liệu').selectOption('qd-dai');
  await expect(page.locator('.ag-row[row-id="DA5"] .ag-cell[col-id="allocated:SN"]')).toHaveText('12.060');
  expect((await toolbar.boundingBox())!.height).toBe(before);
  // one row: every control of the toolbar beside every other (it had two rows at 1366 px); on a
  // 1280 px screen too, and nothing pushed out of sight there
  const oneRow = () => toolbar.evaluate((bar) => {
    const boxes = [...bar.children].map((c) => c.getBoundingClientRect());
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom)) && Math.max(...boxes.map((b) => b.right)) <= innerWidth;
  });
  expect(await oneRow()).toBe(true);
  await page.setViewportSize({ width: 1280, height: 768 });
  expect(await oneRow()).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(page.getByLabel('Nguồn số liệu')).toHaveAttribute('title', label);
  // in the status bar too the name gives way, not the counts
  const counts = (await page.getByLabel('Số cờ').boundingBox())!;
  expect(counts.x + counts.width).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'test-results/e2e/screen-long-origin.png' });
  await app.stop();
});

test('two programmes in one book: she switches to 2026-2035, lands on its year, and the toolbar keeps to one row', async ({ page }) => {
  const book = freshDemoBook();
  const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');
  const res = spawnSync(process.execPath, [bin, 'catalog', 'add-program', book, 'MTQG'], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.dirname(book) } });
  expect(res.status, res.stderr).toBe(0);
  const app = await serve(book);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
  await page.getByLabel('Chương trình', { exact: true }).selectOption('MTQG');
  // 2024 is no year of the new programme: she lands on its first, and everything says so
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2026');
  await expect(page.locator('footer.status .where')).toContainText('năm 2026');
  await expect(page.locator('.ag-row[row-id="HP1"] .ag-cell[col-id="label"]')).toContainText('Hợp phần 1');
  const toolbar = page.locator('header.toolbar');
  const labelsWrap = await toolbar.evaluate((bar) => [...bar.querySelectorAll(':scope > label')].some((l) => l.getBoundingClientRect().height > 34));
  expect(labelsWrap).toBe(false);
  const boxes = await toolbar.evaluate((bar) => [...bar.children].map((c) => c.getBoundingClientRect()).map((b) => [b.top, b.bottom, b.right]));
  expect(Math.max(...boxes.map((b) => b[0]!))).toBeLessThan(Math.min(...boxes.map((b) => b[1]!)));
  expect(Math.max(...boxes.map((b) => b[2]!))).toBeLessThanOrEqual(1366);
  await page.screenshot({ path: 'test-results/e2e/screen-two-programmes.png' });
  // back to 2021-2025: the latest year with figures
  await page.getByLabel('Chương trình', { exact: true }).selectOption('GNBV');
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2024');
  await app.stop();
});

test('the commune\'s book of 2026 (two programmes, long origin names): the toolbar keeps to one row and in sight at 1366 px, the programme said by its own period', async ({ page }) => {
  const app = await openApp(page, freshDemoBook('commune'));
  await expect(page.locator('.ag-row[row-id="HP1"]')).toBeVisible();
  const programme = page.getByLabel('Chương trình', { exact: true });
  await expect(programme.locator('option')).toHaveText(['MTQG 2026-2035', 'GNBV 2021-2025']);
  const toolbar = page.locator('header.toolbar');
  const boxes = await toolbar.evaluate((bar) => [...bar.children].map((c) => c.getBoundingClientRect()).map((b) => [b.top, b.bottom, b.right]));
  expect(Math.max(...boxes.map((b) => b[0]!))).toBeLessThan(Math.min(...boxes.map((b) => b[1]!)));
  expect(Math.max(...boxes.map((b) => b[2]!))).toBeLessThanOrEqual(1366);
  await expect(page.getByRole('button', { name: 'Phím tắt' })).toBeInViewport();
  await page.screenshot({ path: 'test-results/e2e/screen-commune.png' });
  await app.stop();
});
