// Can this machine run the Electron shell? It needs Electron's binary (electron 45 fetches it on
// first use, not at install) and a better-sqlite3 addon built for Electron's ABI (the one npm
// built serves Node). `npm start` tries to fetch both once; offline that fails within a second
// and Sổ Vốn opens in browser mode instead. Nothing here may require('electron').
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { electronBinary } from './backend/print/electron-binary.mjs';

export { electronBinary };

/** Where the Electron build of better-sqlite3 lives in a development checkout (see native-binding.ts). */
export function electronBindingPath(root) {
  return path.join(root, 'node_modules', 'better-sqlite3', 'build-electron', 'Release', 'better_sqlite3.node');
}

/** Returns null when Electron can run, or the reason (Vietnamese) why not. */
export function prepareElectron(root) {
  if (!electronBinary(root)) {
    spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  }
  if (!electronBinary(root)) return 'không tải được bản chạy của Electron';
  if (!fs.existsSync(electronBindingPath(root)) && !fetchElectronBinding(root)) {
    return 'không có better-sqlite3 dựng cho Electron';
  }
  return null;
}

/** prebuild-install fetches the addon for Electron's ABI, in a scratch copy so the Node build stays. */
function fetchElectronBinding(root) {
  const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-native-'));
  try {
    fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), scratch, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
    const bin = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const res = spawnSync(process.execPath, [bin, '--runtime', 'electron', '--target', version, '--arch', process.arch], { cwd: scratch, stdio: 'ignore', timeout: 180_000 });
    const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node');
    if (res.status !== 0 || !fs.existsSync(built)) return false;
    fs.mkdirSync(path.dirname(electronBindingPath(root)), { recursive: true });
    fs.copyFileSync(built, electronBindingPath(root));
    return true;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
