// What the Windows app's menu bar offers is in the page's own menus too (issue 33): Giới thiệu
// Sổ Vốn says the version and the open book's path, here in browser mode.
import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { expect, fileMenu, freshDemoBook, openApp, stopAll } from './browser-mode';

test.afterEach(stopAll);

test('Tệp > Giới thiệu Sổ Vốn shows the version and the book she has open', async ({ page }) => {
  const book = freshDemoBook();
  await openApp(page, book);
  await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
  await fileMenu(page, 'Giới thiệu Sổ Vốn…');
  const about = page.getByRole('dialog', { name: 'Giới thiệu Sổ Vốn' });
  const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  await expect(about).toContainText(`Phiên bản ${version} · Chế độ trình duyệt`);
  await expect(about.locator('.about-path')).toHaveText(book);
  await page.screenshot({ path: path.resolve(import.meta.dirname, '../../test-results/e2e/about.png') });
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
});

test('the menu bar\'s commands run what the page\'s own menus and keys run', async ({ page }) => {
  // Electron's binary cannot run here: a stand-in for the preload (electron/preload/index.ts),
  // its call carried over browser mode's HTTP, its onCommand kept for the test to play the menu bar
  await page.addInitScript(() => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const w = window as unknown as { sovon: unknown; menuBar: ((command: string) => void) | null };
    w.menuBar = null;
    w.sovon = {
      call: async (name: string, input: unknown) => (await fetch(`/api/${name}`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sovon-Token': token }, body: JSON.stringify(input),
      })).json(),
      onCommand: (fn: ((command: string) => void) | null) => { w.menuBar = fn; },
    };
  });
  await openApp(page, freshDemoBook());
  await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
  const menuBar = (command: string) => page.evaluate((c) => (window as unknown as { menuBar(command: string): void }).menuBar(c), command);

  await menuBar('about');
  await expect(page.getByRole('dialog', { name: 'Giới thiệu Sổ Vốn' })).toContainText('Ứng dụng Windows');
  await page.keyboard.press('Escape');
  await menuBar('find');
  await expect(page.getByRole('search')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Đối chiếu/ })).toBeVisible();
  await menuBar('toggleChecks');
  await expect(page.getByRole('heading', { name: /^Đối chiếu/ })).toBeHidden();
  await menuBar('shortcuts');
  await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toBeVisible();
  await page.keyboard.press('Escape');
  await menuBar('importExcel');
  await expect(page.getByRole('dialog', { name: 'Nhập từ Excel' })).toBeVisible();
});
