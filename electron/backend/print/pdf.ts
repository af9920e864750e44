// A printed sheet (a whole HTML document) to the bytes of a PDF, headless, for `sovon print`: Electron
// when present, else the system Chromium; without either it says so in Vietnamese.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { PRINT } from '../../../shared/i18n/print';
import { UserError } from '../user-error';
import { resourcesDir } from '../paths';
import { ELECTRON_SCRIPT, chromiumArgs, findChromium } from './chromium';

export const NO_CHROMIUM = PRINT.noChromium;
const TIMEOUT_MS = 120_000;

export async function htmlToPdf(html: string): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-print-'));
  try {
    const htmlFile = path.join(dir, 'sheet.html');
    const pdfFile = path.join(dir, 'sheet.pdf');
    fs.writeFileSync(htmlFile, html);
    const electron = electronBinary(path.dirname(resourcesDir()));
    if (electron) {
      fs.writeFileSync(path.join(dir, 'print.cjs'), ELECTRON_SCRIPT);
      // Electron present but unable to start (no display): the system Chromium still may
      if (await run(electron, [path.join(dir, 'print.cjs'), htmlFile, pdfFile]) && fs.existsSync(pdfFile)) return fs.readFileSync(pdfFile);
    }
    const chromium = findChromium();
    if (!chromium) throw new UserError(NO_CHROMIUM);
    const ok = await run(chromium, chromiumArgs(htmlFile, pdfFile, path.join(dir, 'profile')));
    if (!ok || !fs.existsSync(pdfFile)) throw new UserError(PRINT.chromiumFailed(chromium));
    return fs.readFileSync(pdfFile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(bin: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: 'ignore', timeout: TIMEOUT_MS });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
