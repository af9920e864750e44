// Where Electron's binary is in a checkout, or null: npm start decides Electron or browser mode by
// it, and `sovon print` prints with it when it is there. Plain JavaScript, because the launcher
// (electron/launch.mjs) reads it before any TypeScript loader runs.
import fs from 'node:fs';
import path from 'node:path';

/** @param {string} root the checkout (or the installed app's folder) */
export function electronBinary(root) {
  const dir = path.join(root, 'node_modules', 'electron');
  try {
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', rel);
    return rel && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
