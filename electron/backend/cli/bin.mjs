#!/usr/bin/env node
// The `sovon` command. It runs the build of main.ts, out/cli/sovon.mjs (electron/build-cli.mjs,
// run by npm install, npm run build, npm test and npm start). Without that build (a fresh clone),
// or when a source file changed after it, the TypeScript runs through tsx. SOVON_CLI=tsx or
// SOVON_CLI=bundle chooses one regardless (the bench compares them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `sovon ... | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The bundle's path if it was built from the source files as they are now. */
function currentBuild() {
  if (process.env.SOVON_CLI === 'tsx') return null;
  const bundle = path.join(root, 'out', 'cli', 'sovon.mjs');
  if (process.env.SOVON_CLI === 'bundle') return bundle;
  try {
    // written by build-cli.mjs: the files the bundle was made of, and when the build began
    const { builtAt, inputs } = JSON.parse(fs.readFileSync(path.join(root, 'out', 'cli', 'sovon.json'), 'utf8'));
    if (!fs.existsSync(bundle)) return null;
    for (const input of inputs) {
      const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false });
      if (!stat || stat.mtimeMs > builtAt) return null;
    }
    return bundle;
  } catch {
    return null;
  }
}

async function load() {
  const bundle = currentBuild();
  if (bundle) return import(pathToFileURL(bundle).href);
  // tsx is a development tool: an installed Sổ Vốn runs its build, never its sources
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    process.stderr.write('Lỗi: chưa dựng lệnh sovon (out/cli/sovon.mjs). Hãy chạy: npm run build:cli\n');
    process.exit(70);
  }
  tsx.register();
  return import('./main.ts');
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
