import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder per test file; the app's data folder points there too. */
export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sovon-${name}-`));
  process.env.SOVON_DATA_DIR = path.join(dir, 'appdata');
  return dir;
}
