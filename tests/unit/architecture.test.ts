// The arrows of architecture.md point down: renderer → shared; electron/main → backend → shared.
// Every source file is in exactly one layer, and a layer imports only the layers and packages
// it is allowed (an allowlist: a new folder or package is a decision, not an accident). The
// import graph is esbuild's own reading of the code (the one that builds the app); it leaves
// type-only imports out, so the circles are looked for with those added (a circle of types is
// still two files that cannot be understood apart), and the per-layer tsconfig files hold their
// layers (tsconfig.*.json).
import fs from 'node:fs';
import path from 'node:path';
import { type Metafile, buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { importCycles } from '../support/import-cycles';

const root = path.resolve(import.meta.dirname, '../..');

interface Layer {
  name: string;
  files: RegExp;
  /** the layers it may import (itself included where it may) */
  layers: readonly string[];
  /** the packages it may import */
  packages: RegExp;
}

const LAYERS: readonly Layer[] = [
  { name: 'shared', files: /^shared\//, layers: ['shared'], packages: /^(zod|fastest-levenshtein|jsonc-parser)$/ },
  { name: 'renderer', files: /^renderer\/src\//, layers: ['renderer', 'shared'], packages: /^(react|react-dom(\/client)?|react\/jsx-runtime|ag-grid-community|ag-grid-react)$/ },
  {
    name: 'backend', files: /^electron\/backend\//, layers: ['backend', 'shared'],
    packages: /^(node:[a-z_/]+|better-sqlite3|exceljs|zod|@e965\/xlsx|tsx(\/esm\/api)?)$/,
  },
  { name: 'main', files: /^electron\/main\//, layers: ['main', 'backend', 'shared'], packages: /^(node:[a-z_/]+|electron)$/ },
  { name: 'preload', files: /^electron\/preload\//, layers: ['shared'], packages: /^electron$/ },
  // how the app is built and launched (plain Node scripts, before any TypeScript loader)
  { name: 'tooling', files: /^electron\/[^/]+\.mjs$/, layers: ['tooling', 'backend'], packages: /^(node:[a-z_/]+|esbuild|@electron\/fuses|@playwright\/test)$/ },
];

function sourceFiles(): string[] {
  return ['shared', 'renderer/src', 'electron'].flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !/\.d\.m?ts$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join('/')));
}

let graph: Metafile['inputs'] | null = null;
function importGraph(): Metafile['inputs'] {
  graph ??= buildSync({
    absWorkingDir: root, entryPoints: sourceFiles(), bundle: true, write: false, metafile: true, platform: 'node',
    packages: 'external', format: 'esm', splitting: true, outdir: path.join(root, 'out', 'architecture'), logLevel: 'silent',
  }).metafile.inputs;
  return graph;
}

const TYPE_IMPORT = /^\s*(?:import|export)\s+type\b[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/gm;
const NAMED_IMPORT = /^\s*import\s*\{([^}]*)\}\s*from\s+['"](\.[^'"]+)['"]/gm;

/** The files a file imports for their types only (which esbuild's graph leaves out). */
function typeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const specs = [...text.matchAll(TYPE_IMPORT)].map((m) => m[1]!);
  for (const m of text.matchAll(NAMED_IMPORT)) {
    if (m[1]!.split(',').map((x) => x.trim()).filter(Boolean).every((x) => x.startsWith('type '))) specs.push(m[2]!);
  }
  return specs.map((spec) => resolveSource(path.posix.join(path.posix.dirname(file), spec))).filter((f): f is string => f !== null);
}

function resolveSource(base: string): string | null {
  return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).isFile()) ?? null;
}

const layerOf = (file: string) => LAYERS.find((l) => l.files.test(file)) ?? null;

describe('layering', () => {
  it('puts every source file in one layer', () => {
    expect(sourceFiles().filter((f) => layerOf(f) === null)).toEqual([]);
  });

  it('lets each layer import only the layers and packages it is allowed', () => {
    const wrong: string[] = [];
    for (const [file, { imports }] of Object.entries(importGraph())) {
      const from = layerOf(file);
      if (!from) continue;
      for (const i of imports) {
        const ok = i.external ? from.packages.test(i.path) : from.layers.includes(layerOf(i.path)?.name ?? '');
        if (!ok) wrong.push(`${file} → ${i.original ?? i.path}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no circle of imports, types included, within a layer or across', () => {
    const edges = Object.entries(importGraph()).map(([file, { imports }]) => [file, [
      ...imports.filter((i) => !i.external).map((i) => i.path), ...typeImports(file),
    ]] as const);
    expect(importCycles(new Map(edges))).toEqual([]);
  });

  it('gives each layer a tsconfig of its own: shared sees neither DOM nor Node, the renderer no Node, the back end no DOM', () => {
    const config = (name: string) => JSON.parse(fs.readFileSync(path.join(root, `tsconfig.${name}.json`), 'utf8')) as { compilerOptions: { lib: string[]; types: string[] }; references?: { path: string }[] };
    const seen = (name: string) => ({ dom: config(name).compilerOptions.lib.includes('DOM'), node: config(name).compilerOptions.types.includes('node') });
    expect([seen('shared'), seen('renderer'), seen('backend'), seen('electron')]).toEqual([
      { dom: false, node: false }, { dom: true, node: false }, { dom: false, node: true }, { dom: false, node: true },
    ]);
    expect(config('shared').references ?? []).toEqual([]);
    expect(config('renderer').references).toEqual([{ path: './tsconfig.shared.json' }]);
  });

  it('finds a circle where there is one (the check itself)', () => {
    const edges = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts', 'a.ts']], ['c.ts', []], ['d.ts', ['d.ts']], ['e.ts', ['a.ts']]]);
    expect(importCycles(edges)).toEqual([['a.ts', 'b.ts'], ['d.ts']]);
  });

  it('shared/ does not touch the DOM or Node globals', () => {
    const code = (f: string) => fs.readFileSync(path.join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sourceFiles().filter((f) => f.startsWith('shared/')).filter((f) => /\b(document|window|process|require)\s*[.(]/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('all SQL of the book lives in its rooms: the file, the tables and the action log', () => {
    const rooms = ['book-file', 'identify', 'tables', 'claim-table', 'action-log', 'migrations'].map((f) => `electron/backend/book/${f}.ts`);
    const sqlOutside = sourceFiles().filter((f) => f.startsWith('electron/') && !rooms.includes(f))
      .filter((f) => /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(sqlOutside).toEqual([]);
  });
});
