// better-sqlite3 is a native addon built for one ABI. Tests, browser mode and the CLI run on
// Node and use the addon npm built; the packaged Electron app ships a second build made for
// Electron's ABI (electron-builder install-app-deps) under resources/native/. We choose it by
// where we run, never by trying one and catching the crash.
import path from 'node:path';

export interface RuntimeInfo {
  electronVersion: string | undefined;
  resourcesPath: string | undefined;
  packaged: boolean;
  /** the checkout's root, for the unpackaged Electron app */
  root?: string;
}

export function currentRuntime(): RuntimeInfo {
  const electronVersion = process.versions.electron;
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const packaged = Boolean(electronVersion && resourcesPath && !/node_modules[\\/]electron[\\/]/.test(resourcesPath));
  return { electronVersion, resourcesPath, packaged, root: process.cwd() };
}

/** The addon to load, or undefined for better-sqlite3's own lookup (the Node build). */
export function nativeBindingPath(runtime: RuntimeInfo = currentRuntime()): string | undefined {
  if (runtime.packaged && runtime.resourcesPath) return path.join(runtime.resourcesPath, 'native', 'better_sqlite3.node');
  // Electron from a checkout: the build `npm start` fetched (electron/electron-runtime.mjs)
  if (runtime.electronVersion && runtime.root) {
    return path.join(runtime.root, 'node_modules', 'better-sqlite3', 'build-electron', 'Release', 'better_sqlite3.node');
  }
  return undefined;
}
