#!/usr/bin/env node
// Electron's fuses, flipped in the packaged binary (Electron's checklist, item 19): switches
// compiled into the executable that no command line, environment variable or edited file can turn
// back. Run at packaging only, on a machine that has the Electron binary:
//   electron-builder: "afterPack": "electron/fuses.mjs" (this file's default export);
//   by hand:          npm run fuses -- "dist/win-unpacked/Sổ Vốn.exe"
// It cannot run on the development machine here (no Electron binary can be downloaded); the
// configuration itself is held by tests/unit/electron-fuses.test.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';

export const FUSES = Object.freeze({
  version: FuseVersion.V1,
  // every fuse named, so an Electron upgrade that adds one makes us decide about it
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE=1 would turn Sổ Vốn.exe into a plain Node that runs any script
  [FuseV1Options.RunAsNode]: false,
  // NODE_OPTIONS could preload code into the main process, which holds her books
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect would let any local process debug (and so drive) the main process
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash in the executable: an edited app is refused, not run
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ...and only app.asar is loaded, so a loose resources/app folder cannot replace it
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // the session's cookies and storage encrypted with a key kept by the OS
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // Kept on (Electron's default) for now: the UI is served from app://, but the print window still
  // loads its sheet from a temporary file:// page (JavaScript off). Turn off once printing is
  // tried on a real build with it off.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
});

/** Where electron-builder put the executable for this platform. */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  return path.join(appOutDir, packager.executableName ?? name);
}

export function fuseConfig(platform) {
  // flipping fuses breaks a macOS ad-hoc signature; the signing step after afterPack signs again
  return platform === 'darwin' || platform === 'mas' ? { ...FUSES, resetAdHocDarwinSignature: true } : { ...FUSES };
}

/** electron-builder's afterPack hook. */
export default async function afterPack(context, flip = flipFuses) {
  await flip(packagedBinary(context), fuseConfig(context.electronPlatformName));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const binary = process.argv[2];
  if (!binary) {
    console.error('Cách dùng: npm run fuses -- <đường dẫn tệp chạy Electron đã đóng gói>');
    process.exit(2);
  }
  await flipFuses(path.resolve(binary), fuseConfig(process.platform));
  console.log(`Đã đặt cầu chì Electron cho ${binary}.`);
}
