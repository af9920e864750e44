// A partial breakdown under a line she states (issue 28): the line keeps its own money, the
// one finding shows where it is, and a rate computed from a figure in dispute shows as disputed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cell, freshDemoBook, serve, stopAll, expect, test } from './browser-mode';

test.afterEach(stopAll);

const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');

test('one line of 2.000 under DA3.1 changes none of DA3.1 s money, and its computed rate is shown as disputed', async ({ page }) => {
  const book = freshDemoBook();
  const set = spawnSync(process.execPath, [bin, 'set', book, '--year', '2023', '--node', 'DA3.1', '--unit', 'UBND xã', '--capital', 'SN',
    '--measure', 'allocated', '--value', '2.000', '--scale', 'trieu'], { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.dirname(book) } });
  expect(set.status, set.stderr).toBe(0);
  const app = await serve(book);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(app.url);
  await page.getByLabel('Năm', { exact: true }).selectOption('2023');
  await page.getByLabel('Dự án', { exact: true }).selectOption('DA3');
  await page.getByRole('button', { name: 'Mở rộng DA3' }).click();

  // her own figures of DA3.1 and DA3 stand: 6.501 available, 506 carried out
  await expect(cell(page, 'DA3.1', 'available:SN')).toHaveText('6.501');
  await expect(cell(page, 'DA3', 'available:SN')).toHaveText('7.629');
  await expect(cell(page, 'DA3.1', 'allocated:SN')).toHaveClass(/flag-error/);
  // one finding: her Tổng được sử dụng, which her own carry-in and allocation give, is not a second
  await expect(page.getByLabel('Số cờ')).toContainText('1 phát hiện');
  await expect(cell(page, 'DA3.1', 'available:SN')).not.toHaveClass(/flag-error/);
  // the rate nobody stated rests on the allocation in dispute: a "?" that says why, not a number
  const rate = cell(page, 'DA3.1', 'rate:SN');
  await expect(rate).toHaveText('?');
  await expect(rate).toHaveClass(/cell-disputed/);
  await expect(rate).not.toHaveClass(/flag-error/);
  await rate.hover();
  // (the tooltip of a cell hovered on the way may still be fading out: this one is the rate's)
  const tip = page.locator('.ag-tooltip:not(.ag-tooltip-hiding)', { hasText: 'Tỷ lệ chưa tính được' });
  await expect(tip).toContainText('cộng các dòng con được 2.000');
  // a rate that rests on nothing in dispute is still a number
  await expect(cell(page, 'DA3.2', 'rate:SN')).toHaveText('30,05');
  await page.screenshot({ path: 'test-results/e2e/figures-disputed-rate.png' });
  await app.stop();
});
