// The fuses flipped in the packaged executable (electron/fuses.mjs). Flipping needs Electron's
// binary, which this machine cannot download: here the configuration and where it is applied.
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';
import afterPack, { FUSES, fuseConfig, packagedBinary } from '../../electron/fuses.mjs';

describe('Electron fuses at packaging', () => {
  it('turns off every way to run other code in the app, and checks app.asar', () => {
    expect(FUSES).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });

  it('names every fuse this version of @electron/fuses knows', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of known) expect(typeof (FUSES as Record<number, unknown>)[fuse as number], String(fuse)).toBe('boolean');
  });

  it('flips them in the executable electron-builder packed, on each platform', async () => {
    const flip = vi.fn(async (_binary: string, _config: object) => 0);
    const packager = { appInfo: { productFilename: 'Sổ Vốn' }, executableName: 'so-von' };
    await afterPack({ appOutDir: '/dist/win-unpacked', electronPlatformName: 'win32', packager }, flip);
    expect(flip).toHaveBeenCalledWith(path.join('/dist/win-unpacked', 'Sổ Vốn.exe'), expect.objectContaining({ [FuseV1Options.RunAsNode]: false }));
    expect(flip.mock.calls[0]![1]).not.toHaveProperty('resetAdHocDarwinSignature');
    expect(packagedBinary({ appOutDir: '/dist/mac', electronPlatformName: 'darwin', packager })).toBe(path.join('/dist/mac', 'Sổ Vốn.app'));
    expect(packagedBinary({ appOutDir: '/dist/linux-unpacked', electronPlatformName: 'linux', packager })).toBe(path.join('/dist/linux-unpacked', 'so-von'));
    expect(fuseConfig('darwin')).toMatchObject({ resetAdHocDarwinSignature: true });
  });
});
