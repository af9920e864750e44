#!/usr/bin/env node
// Builds the `sovon` command (electron/backend/cli/main.ts and all it imports, the browser-mode
// server included) into one ES module, out/cli/sovon.mjs, so a run starts without compiling
// TypeScript. Pure-JS packages are bundled too; native and UMD ones stay external.
// Run by `npm install`/`npm ci` (prepare), `npm run build`, `npm test` and `npm start`.
// Beside the bundle, sovon.json lists its source files and when the build began: bin.mjs runs
// the bundle only while none of them has changed since, and compiles the sources otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

export const CLI_OUT_DIR = path.join('out', 'cli');

export async function buildCli(root) {
  const builtAt = Date.now();
  const outDir = path.join(root, CLI_OUT_DIR);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/backend/cli/main.ts'],
    outfile: path.join(CLI_OUT_DIR, 'sovon.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // zod is bundled: compiling its ~80 modules at every start was a third of the start-up.
    // better-sqlite3 loads a native addon and jsonc-parser's UMD build breaks when bundled.
    external: ['better-sqlite3', 'jsonc-parser', 'exceljs', '@e965/xlsx'],
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  }).finally(stop); // esbuild's service process would otherwise outlive the build (npm start)
  const inputs = Object.keys(result.metafile.inputs).sort();
  fs.mkdirSync(outDir, { recursive: true });
  // written beside and renamed into place: a `sovon` started meanwhile sees the old or the new file
  const files = [...result.outputFiles.map((f) => [f.path, f.contents]),
    [path.join(outDir, 'sovon.json'), JSON.stringify({ builtAt, inputs }, null, 1)]];
  for (const [file, contents] of files) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  }
  return { inputs: inputs.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    await buildCli(root);
  } catch {
    // esbuild has printed the errors
    console.error('Lỗi: không dựng được lệnh sovon (electron/build-cli.mjs).');
    process.exit(1);
  }
}
