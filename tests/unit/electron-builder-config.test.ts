// The installer's configuration (electron-builder.json5), read and checked the way electron-builder
// reads and checks it (its own loader, its own JSON schema, scheme.json), without building: that
// needs Electron and NSIS downloaded, which this machine cannot. Then what issue 33 asks of it.
import fs from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../electron/backend/book/native-binding';

const root = path.resolve(import.meta.dirname, '../..');
const quiet = { isEnabled: false, add() {} } as never;
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, null, null);
});

const nsis = () => config.nsis!;
const targets = () => (config.win!.target as Array<{ target: string }>).map((t) => t.target);
const associations = () => (config.fileAssociations as Array<{ ext: string | string[]; icon?: string; name?: string; description?: string }>);

/** The sizes an .ico holds (0 in its directory means 256). */
function icoSizes(file: string): number[] {
  const ico = fs.readFileSync(file);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
}

describe('the installer configuration', () => {
  it('is valid by electron-builder\'s own schema', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
  });

  it('is refused by that schema when an option is misspelt (the check itself)', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...nsis(), perMachin: false } as never }, quiet)).rejects.toThrow(/configuration\.nsis/);
    await expect(validateConfiguration({ ...config, fileAssociations: [{ ext: 'sovon', nam: 'Sổ Vốn' }] as never }, quiet)).rejects.toThrow(/configuration\.fileAssociations/);
  });

  it('installs for her alone, never asking for an administrator', () => {
    expect(nsis()).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
  });

  it('speaks Vietnamese, and only Vietnamese', () => {
    expect(nsis()).toMatchObject({ installerLanguages: ['vi_VN'], language: '1066', multiLanguageInstaller: false });
  });

  it('is "Sổ Vốn" with shortcuts on the desktop and in the Start menu, its version package.json\'s', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; productName: string };
    expect(config.productName).toBe('Sổ Vốn');
    expect(pkg.productName).toBe('Sổ Vốn');
    expect(config).not.toHaveProperty('extraMetadata.version');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(nsis()).toMatchObject({ createDesktopShortcut: 'always', createStartMenuShortcut: true, shortcutName: 'Sổ Vốn' });
    // her books and backups are in the app's data folder: removing the app keeps them
    expect(nsis().deleteAppDataOnUninstall).toBe(false);
  });

  it('builds an installer and a portable exe for Windows', () => {
    expect(targets()).toEqual(['nsis', 'portable']);
  });

  it('opens .sovon files, shown with an icon that exists', () => {
    const sovon = associations().find((a) => [a.ext].flat().includes('sovon'));
    expect(sovon).toMatchObject({ name: 'Sổ Vốn', description: expect.stringMatching(/Sổ theo dõi vốn/) });
    expect(icoSizes(path.join(root, sovon!.icon!))).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('has an icon of its own in resources/, as .ico and a 256×256 .png', () => {
    expect(icoSizes(path.join(root, config.win!.icon!))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    const png = fs.readFileSync(path.join(root, config.directories!.buildResources!, 'icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('ships the built app and its resources, not the tests, the benchmarks or the sources', () => {
    // the loader gives the list as one filter
    const files = (config.files as Array<{ filter: string[] }>).flatMap((f) => f.filter);
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['package.json', 'out/main/**/*', 'out/preload/**/*', 'out/renderer/**/*']);
    expect(config.extraResources).toContainEqual({ from: 'resources', to: 'resources', filter: ['**/*', '!icon/**/*'] });
  });

  it('rebuilds better-sqlite3 for Electron and puts it where the packaged app loads it', () => {
    expect(config.npmRebuild).toBe(true);
    const addon = (config.extraResources as Array<{ from: string; to: string }>).find((r) => r.from.includes('better-sqlite3'))!;
    expect(addon.from).toBe('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const resources = path.join('C:', 'Users', 'chi', 'AppData', 'Local', 'Programs', 'Sổ Vốn', 'resources');
    expect(nativeBindingPath({ electronVersion: '45.5.0', resourcesPath: resources, packaged: true })).toBe(path.join(resources, addon.to));
  });

  it('flips the fuses in the packed executable', () => {
    expect(config.afterPack).toBe('./electron/fuses.mjs');
    expect(fs.existsSync(path.join(root, 'electron', 'fuses.mjs'))).toBe(true);
  });

  it('is built by npm run dist:win and by the Windows workflow, never by install or test', () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['dist:win']).toMatch(/^electron-vite build && electron-builder --win nsis portable/);
    for (const [name, script] of Object.entries(scripts)) {
      if (name !== 'dist:win') expect(script, name).not.toMatch(/electron-builder|dist:win/);
    }
    const workflow = fs.readFileSync(path.join(root, '.github', 'workflows', 'windows-installer.yml'), 'utf8');
    expect(workflow).toMatch(/runs-on: windows-latest/);
    expect(workflow).toMatch(/- run: npm ci\n\s+- run: npm run dist:win/);
    expect(workflow).toMatch(/actions\/upload-artifact[\s\S]*SoVon-Setup-\*\.exe[\s\S]*portable\.exe/);
  });
});
