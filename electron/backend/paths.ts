// Where things live on disk: the shipped resources, and the app's own data folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentRuntime } from './book/native-binding';
import { MSG } from '../../shared/i18n/vi';

const here = path.dirname(fileURLToPath(import.meta.url));

/** resources/ of the repository, or of the packaged app. */
export function resourcesDir(): string {
  const rt = currentRuntime();
  if (rt.packaged && rt.resourcesPath) return path.join(rt.resourcesPath, 'resources');
  return findUp(here, 'resources');
}

function findUp(from: string, name: string): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, name, 'catalogs');
    if (fs.existsSync(candidate)) return path.join(dir, name);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(MSG.folderMissing(name));
    dir = parent;
  }
}

/** The app's data folder (recent books, the demo book): %APPDATA%\Sổ Vốn on Windows. */
export function appDataDir(): string {
  if (process.env.SOVON_DATA_DIR) return process.env.SOVON_DATA_DIR;
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'So Von');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'So Von');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'sovon');
}
