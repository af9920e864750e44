// Which program turns a sheet into PDF without a window: Electron where its binary is installed
// (the app's own engine), else the system's Chromium (CHROMIUM_PATH, the PATH, /usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = isFile): string | null {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) if (exists(path.join(dir, name))) return path.join(dir, name);
  }
  return exists('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Headless Chromium's print: no header or footer of its own (the sheet numbers its pages), a
 * throwaway profile, nothing that reaches the network. */
export function chromiumArgs(htmlFile: string, pdfFile: string, profileDir: string): string[] {
  return [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdfFile}`,
    `--user-data-dir=${profileDir}`, '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-extensions', '--js-flags=--jitless',
    `file://${htmlFile}`,
  ];
}

/** Run by the Electron binary: load the sheet in a hidden window without JavaScript and print
 * it to PDF with the sheet's own page size and margins (CSS @page). */
export const ELECTRON_SCRIPT = `
const { app, BrowserWindow } = require('electron');
const fs = require('node:fs');
const [html, out] = process.argv.slice(-2);
app.whenReady().then(async () => {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true } });
  await win.loadFile(html);
  fs.writeFileSync(out, await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
  app.exit(0);
}).catch((e) => { console.error(e); app.exit(1); });
`;
