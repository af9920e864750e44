#!/usr/bin/env node
// `npm start`: build (the interface, and the `sovon` command: build-cli.mjs), then open Sổ Vốn
// in Electron when its binary is installed; otherwise in browser mode, saying so. Nothing here
// may require('electron'): without its binary that require tries a download and fails.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';
import { electronBinary, prepareElectron } from './electron-runtime.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function run(cmd, argv) {
  const child = spawn(cmd, argv, { cwd: root, stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
  cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('Lỗi: không dựng được giao diện (electron-vite build).');
  process.exit(1);
}
try {
  await buildCli(root);
} catch {
  console.error('Lỗi: không dựng được lệnh sovon (electron/build-cli.mjs).');
  process.exit(1);
}

const notReady = prepareElectron(root);
if (notReady === null) {
  run(electronBinary(root), ['.', ...args]);
} else {
  console.log(`Không chạy được Electron trên máy này (${notReady}): mở Sổ Vốn ở chế độ trình duyệt.`);
  run(process.execPath, [path.join(root, 'electron', 'backend', 'cli', 'bin.mjs'), 'serve', ...args, '--open']);
}
