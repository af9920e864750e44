#!/usr/bin/env node
// Builds the `sovon` command (electron/backend/cli/main.ts and all it imports, the browser-mode
// server included) into ES modules under out/cli, so a run starts without compiling TypeScript.
// Pure-JS packages are bundled too; native and UMD ones stay external. out/cli/sovon.mjs holds
// what every command needs; what only some commands or calls load (`import()`: the server,
// printing, Excel import and export, templates, each group of the service's calls) is split into
// out/cli/chunks, so `sovon check` does not compile it.
// Run by `npm install`/`npm ci` (prepare), `npm run build`, `npm test` and `npm start`.
// Beside the bundle, sovon.json lists its source files and when the build began: bin.mjs runs
// the bundle only while none of them has changed since, and compiles the sources otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

export const CLI_OUT_DIR = path.join('out', 'cli');
const CHUNKS = 'chunks';
/** A chunk no build refers to any more is removed once this old: a `sovon serve` started on an
 * earlier build may still load one of its chunks (on a first print or import) for a while. */
const STALE_CHUNK_MS = 24 * 60 * 60 * 1000;

export async function buildCli(root) {
  const builtAt = Date.now();
  const outDir = path.join(root, CLI_OUT_DIR);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { sovon: 'electron/backend/cli/main.ts' },
    outdir: CLI_OUT_DIR,
    outExtension: { '.js': '.mjs' },
    // content-hashed names: a new build never changes a chunk an older entry still refers to
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // zod is bundled: compiling its ~80 modules at every start was a third of the start-up. It
    // is imported as a namespace (`import * as z`), which lets esbuild leave out what we do not
    // use: with `import { z }` it kept all of zod, its 40 locales too, two thirds of the bundle.
    // better-sqlite3 loads a native addon and jsonc-parser's UMD build breaks when bundled.
    external: ['better-sqlite3', 'jsonc-parser', 'exceljs', '@e965/xlsx'],
    sourcemap: 'linked',
    metafile: true,
    write: false,
    logLevel: 'warning',
  }).finally(stop); // esbuild's service process would otherwise outlive the build (npm start)
  const inputs = Object.keys(result.metafile.inputs).sort();
  const entry = path.join(outDir, 'sovon.mjs');
  // the chunks first, then the entry that imports them, then the list bin.mjs trusts the build by
  const files = [
    ...result.outputFiles.filter((f) => !f.path.startsWith(entry)),
    ...result.outputFiles.filter((f) => f.path.startsWith(entry)),
  ].map((f) => [f.path, f.contents]);
  files.push([path.join(outDir, 'sovon.json'), JSON.stringify({ builtAt, inputs }, null, 1)]);
  fs.mkdirSync(path.join(outDir, CHUNKS), { recursive: true });
  // written beside and renamed into place: a `sovon` started meanwhile sees the old or the new file
  for (const [file, contents] of files) {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  }
  removeStaleChunks(path.join(outDir, CHUNKS), new Set(result.outputFiles.map((f) => f.path)), builtAt);
  return { inputs: inputs.length };
}

function removeStaleChunks(dir, current, now) {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (current.has(file)) continue;
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > STALE_CHUNK_MS) fs.rmSync(file, { force: true });
  }
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
