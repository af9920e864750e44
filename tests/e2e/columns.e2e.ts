// Her figures in view: on a 1366×768 laptop with the Đối chiếu panel open she sees the plan,
// the disbursement and the rate of both capitals and their total; she picks other columns,
// hides one, docks the panel below, and finds all of it again after a reload.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { cell, freshDemoBook, openView, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const header = (page: Page, colId: string) => page.locator(`.ag-header-cell[col-id="${colId}"]`);
/** what the back end keeps of her place in this book (electron/backend/layouts.ts) */
const kept = (book: string) => { try { return fs.readFileSync(path.join(path.dirname(book), 'layouts.json'), 'utf8'); } catch { return ''; } };
const panel = (page: Page) => page.getByRole('complementary', { name: 'Đối chiếu' });

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not drawn');
  return b;
}

test('at 1366×768 with the panel open, Giao, Giải ngân and Tỷ lệ of ĐT, SN and Cộng are in view without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  // 2023: a year with disbursements and rates in every column
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await expect(panel(page)).toBeVisible();
  await expect(cell(page, 'DA5', 'rate:ALL')).not.toBeEmpty();

  // what the grid shows right of its frozen label columns, up to its own edge and the panel's
  const grid = await box(page.locator('.grid-host'));
  const labels = await box(header(page, 'label'));
  const left = labels.x + labels.width;
  const right = Math.min(grid.x + grid.width, (await box(panel(page))).x);
  for (const measure of ['allocated', 'disbursed', 'rate']) {
    for (const capital of ['DT', 'SN', 'ALL']) {
      for (const l of [header(page, `${measure}:${capital}`), cell(page, 'DA5', `${measure}:${capital}`)]) {
        const b = await box(l);
        expect(b.x, `${measure}:${capital}`).toBeGreaterThanOrEqual(left - 1);
        expect(b.x + b.width, `${measure}:${capital}`).toBeLessThanOrEqual(right + 1);
      }
    }
  }
  // nothing to scroll sideways: every column of the set fits
  expect(await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  // the figures are not cut, the programme's totals (the widest) included
  for (const row of ['GNBV', 'DA5']) {
    for (const id of ['allocated:ALL', 'available:ALL', 'disbursed:ALL', 'rate:ALL']) {
      expect(await cell(page, row, id).evaluate((e) => e.scrollWidth <= e.clientWidth), `${row} ${id}`).toBe(true);
    }
  }
  await page.screenshot({ path: 'test-results/e2e/columns-1366.png' });

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(header(page, 'rate:ALL')).toBeInViewport();
  await page.screenshot({ path: 'test-results/e2e/columns-1920.png' });

  await page.setViewportSize({ width: 1366, height: 768 });
  // a name cut short shows whole on hover
  await cell(page, 'DA1', 'label').hover();
  await expect(page.locator('.ag-tooltip')).toContainText('các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo');
  await app.stop();
});

test('in nghìn đồng and in đồng the figure columns widen to show every figure whole', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  for (const [unit, text] of [['nghin', '161.128.000'], ['dong', '161.128.000.000']] as const) {
    await page.getByLabel('Đơn vị tính').selectOption(unit);
    const total = cell(page, 'GNBV', 'allocated:ALL');
    await expect(total).toHaveText(text);
    for (const id of ['allocated:DT', 'allocated:SN', 'allocated:ALL', 'disbursed:ALL']) {
      expect(await cell(page, 'GNBV', id).evaluate((e) => e.scrollWidth <= e.clientWidth), `${unit} ${id}`).toBe(true);
    }
  }
  await page.screenshot({ path: 'test-results/e2e/columns-dong.png' });
  await app.stop();
});

test('she switches the column set and the layout, and hides a column; the block skips it', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  const groups = page.locator('.ag-header-group-cell');
  await expect(groups).toHaveText(['Giao', 'Tổng được sử dụng', 'Giải ngân', 'Tỷ lệ %']);

  const view = await openView(page);
  await view.getByLabel('Cột', { exact: true }).selectOption({ label: 'Chuyển nguồn' });
  await expect(groups).toHaveText(['Chuyển nguồn', 'Tổng được sử dụng', 'Giải ngân', 'Hủy, nộp trả', 'Chuyển sang năm sau']);
  await expect(header(page, 'allocated:SN')).toHaveCount(0);

  await view.getByLabel('Bố cục').selectOption({ label: 'Chỉ vốn SN' });
  await expect(groups).toHaveText(['Vốn SN']);
  await expect(page.locator('.ag-header-cell[col-id$=":DT"], .ag-header-cell[col-id$=":ALL"]')).toHaveCount(0);
  await expect(header(page, 'carry_out:SN')).toBeVisible();

  await view.getByRole('checkbox', { name: 'Tổng được sử dụng — Vốn SN' }).uncheck();
  await page.screenshot({ path: 'test-results/e2e/columns-menu.png' });
  await page.keyboard.press('Escape');
  await expect(header(page, 'available:SN')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xem (ẩn 1 cột) ▾' })).toBeVisible();

  // Shift+→ goes to the next column she sees, as in Excel with a hidden column
  await cell(page, 'DA5', 'carry_in:SN').click();
  await expect(cell(page, 'DA5', 'carry_in:SN')).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(cell(page, 'DA6', 'disbursed:SN')).toHaveClass(/cell-in-block/);
  await page.screenshot({ path: 'test-results/e2e/columns-hidden.png' });

  await (await openView(page)).getByRole('button', { name: 'Hiện lại mọi cột' }).click();
  await expect(header(page, 'available:SN')).toBeVisible();

  // a long name over several lines instead of cut
  await view.getByLabel('Nội dung dài xuống dòng (không cắt)').check();
  await page.keyboard.press('Escape');
  // the row grows to the whole name: not cut below, not cut on the right
  const text = cell(page, 'DA1', 'label').locator('.label-text');
  await expect.poll(() => text.evaluate((e) => {
    const row = e.closest('.ag-row')!.getBoundingClientRect();
    const name = e.getBoundingClientRect();
    return name.height > 36 && name.bottom <= row.bottom && e.scrollWidth <= e.clientWidth;
  })).toBe(true);
  await page.screenshot({ path: 'test-results/e2e/columns-wrapped.png' });
  await app.stop();
});

test('the right button on a column header hides it, and shows every column again', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await header(page, 'available:SN').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Cột' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Ẩn cột "Tổng được sử dụng — Vốn SN"', 'Hiện lại mọi cột']);
  await page.screenshot({ path: 'test-results/e2e/columns-header-menu.png' });
  await menu.getByRole('menuitem', { name: /^Ẩn cột/ }).click();
  await expect(header(page, 'available:SN')).toHaveCount(0);
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Xem (ẩn 1 cột) ▾' })).toBeVisible();
  // the browser's own menu does not open over hers, and Esc closes hers
  await header(page, 'disbursed:DT').click({ button: 'right' });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await header(page, 'disbursed:DT').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Hiện lại mọi cột (đang ẩn 1)' }).click();
  await expect(header(page, 'available:SN')).toBeVisible();
  await app.stop();
});

test('after a reload she finds her year, project, columns, a width, her folding, the unit and the panel docked below', async ({ page }) => {
  const app = await serve(freshDemoBook());
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2022');
  await page.getByLabel('Dự án', { exact: true }).selectOption('DA7');
  // the project's own sheet first (a click on the sheet still shown while it loads unfolds a row
  // that is then replaced: seen once on a loaded machine)
  await expect(page.locator('.ag-row[row-id="DA1"]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Mở rộng DA7' }).click();
  await expect(cell(page, 'DA7.1', 'label')).toBeVisible();
  await (await openView(page)).getByLabel('Cột', { exact: true }).selectOption({ label: 'Đầy đủ' });
  await page.keyboard.press('Escape');
  await page.getByLabel('Đơn vị tính').selectOption('dong');
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveText('537.000.000');

  // she drags the Nội dung column wider by 120 px
  const before = (await box(header(page, 'label'))).width;
  const handle = await box(header(page, 'label').locator('.ag-header-cell-resize'));
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + 60, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.move(handle.x + handle.width / 2 + 120, handle.y + handle.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await box(header(page, 'label'))).width)).toBe(Math.round(before + 120));

  // the panel below the grid
  await (await openView(page)).getByRole('radio', { name: 'Dưới lưới' }).check();
  await page.keyboard.press('Escape');
  const grid = await box(page.locator('.grid-host'));
  await expect.poll(async () => (await box(panel(page))).y).toBeGreaterThanOrEqual(grid.y + grid.height - 1);
  expect((await box(panel(page))).width).toBeGreaterThan(1000);
  await page.screenshot({ path: 'test-results/e2e/columns-panel-below.png' });

  // the next day: browser mode starts on another port, whose storage is empty; the back end kept it
  await expect.poll(() => kept(app.book)).toContain('below');
  await app.stop();
  const again = await serve(app.book);
  await page.goto(again.url);
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2022');
  await expect(page.getByLabel('Dự án', { exact: true })).toHaveValue('DA7');
  await expect((await openView(page)).getByLabel('Cột', { exact: true })).toHaveValue('full');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Đơn vị tính')).toHaveValue('dong');
  await expect(cell(page, 'DA7.1', 'disbursed:SN')).toHaveText('537.000.000');
  await expect(cell(page, 'DA7.1', 'carry_in:SN')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Thu gọn DA7' })).toBeVisible();
  expect(Math.round((await box(header(page, 'label'))).width)).toBe(Math.round(before + 120));
  await expect((await openView(page)).getByRole('radio', { name: 'Dưới lưới' })).toBeChecked();
  await page.keyboard.press('Escape');
  const gridAfter = await box(page.locator('.grid-host'));
  expect((await box(panel(page))).y).toBeGreaterThanOrEqual(gridAfter.y + gridAfter.height - 1);

  // collapsed, it stays collapsed
  await page.getByRole('button', { name: /^Đối chiếu \(/ }).click();
  await expect(panel(page)).toHaveCount(0);
  await page.reload();
  await expect(cell(page, 'DA7.1', 'label')).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Đối chiếu \(/ })).toHaveAttribute('aria-pressed', 'false');
  await again.stop();
});

test('a damaged memory of her place does not break the page: she gets the first-open view', async ({ page }) => {
  const book = freshDemoBook();
  // layouts.json, in the data folder (serve() puts it beside the book), as a hand edit or a bad disk left it
  const damage = (text: string) => fs.writeFileSync(path.join(path.dirname(book), 'layouts.json'), JSON.stringify({ [book]: { text, at: 1 } }));
  damage('{"view":{"year":"x"},"columns":7,"widths":{"label":-5},"collapsed":"DA7"');
  let app = await serve(book);
  await page.goto(app.url);
  await expect((await openView(page)).getByLabel('Cột', { exact: true })).toHaveValue('plan');
  await expect(cell(page, 'DA5', 'allocated:SN')).toBeVisible();
  await app.stop();
  damage('{"view":{"year":"x"},"columns":{"set":"carry","hidden":[1,"nope"]},"widths":{"label":-5},"collapsed":"DA7","panel":{"dock":"up"},"savedAt":"soon"}');
  app = await serve(book);
  await page.goto(app.url);
  await expect((await openView(page)).getByLabel('Cột', { exact: true })).toHaveValue('carry');
  await expect(cell(page, 'DA5', 'carry_in:SN')).toBeVisible();
  await expect(panel(page)).toBeVisible();
  await app.stop();
  fs.writeFileSync(path.join(path.dirname(book), 'layouts.json'), '{"');
  app = await serve(book);
  await page.goto(app.url);
  await expect((await openView(page)).getByLabel('Cột', { exact: true })).toHaveValue('plan');
  await app.stop();
});
