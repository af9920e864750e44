// The built renderer (electron-vite writes it to out/renderer) that browser mode serves.
import path from 'node:path';
import { resourcesDir } from '../paths';

export function rendererDir(): string {
  return path.join(path.dirname(resourcesDir()), 'out', 'renderer');
}
