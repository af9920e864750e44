#!/usr/bin/env node
// `npm run lint:electron`: Electronegativity (Doyensec's scanner for Electron's security
// checklist) over electron/; fails on any HIGH or MEDIUM finding, or on a file it could not
// parse (a file it skipped is a file it did not check). LOW and INFORMATIONAL findings are
// printed: most ask for a human review of something already reviewed (see README).
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Electronegativity parses TypeScript with @typescript-eslint/typescript-estree 4, which npm
// hoists beside our typescript 7 (the native compiler, without the old JavaScript API): send
// that parser to the TypeScript 4 that Electronegativity brings for itself.
const own = createRequire(require.resolve('@doyensec/electronegativity/package.json'));
const ts4 = own.resolve('typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes(`${path.sep}@typescript-eslint${path.sep}`)) return ts4;
  return resolve.call(this, request, parent, ...rest);
};

// AvailableSecurityFixesGlobalCheck asks the internet for Electron's releases; CI has no
// internet, and the installed version is pinned in package.json anyway.
const OFFLINE_ONLY = ['AvailableSecurityFixesGlobalCheck'];
const FAILING = new Set(['HIGH', 'MEDIUM']);

export async function scan(input = path.join(root, 'electron')) {
  const run = own('./dist/runner.js'); // CommonJS: the function itself
  const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const quiet = console.log;
  console.log = () => {}; // its progress chatter; the findings come back as data
  try {
    return await run({
      input, output: undefined, isSarif: false, customScan: [], excludeFromScan: OFFLINE_ONLY,
      severitySet: undefined, confidenceSet: undefined, isRelative: true, isVerbose: false,
      electronUpgrade: undefined, electronVersionOverride: electronVersion, parserPlugins: [],
    }, false);
  } finally {
    console.log = quiet;
  }
}

/**
 * electron/ and the page. The scanner finds a CSP only in a page's <meta> or in a webRequest
 * header hook; ours is in renderer/index.html and in the app:// responses (app-protocol.ts),
 * so the CSP is judged on the page's own scan, and only the CSP findings are taken from it.
 */
export async function scanProject() {
  const code = await scan(path.join(root, 'electron'));
  const page = await scan(path.join(root, 'renderer', 'index.html'));
  const csp = (i) => i.id.startsWith('CSP_');
  return {
    issues: [...code.issues.filter((i) => !csp(i)), ...page.issues.filter(csp)],
    errors: [...code.errors, ...page.errors],
  };
}

async function main() {
  const { issues, errors } = process.argv[2] ? await scan(path.resolve(process.argv[2])) : await scanProject();
  const failing = issues.filter((i) => FAILING.has(i.severity.name));
  for (const i of issues) {
    const mark = FAILING.has(i.severity.name) ? '✗' : '·';
    console.log(`${mark} ${i.severity.name.padEnd(13)} ${i.confidence.name.padEnd(9)} ${i.id.padEnd(40)} ${i.file}:${i.location.line}:${i.location.column}`);
  }
  const unparsed = errors.filter((e) => !e.tolerable);
  for (const e of unparsed) console.log(`✗ không phân tích được ${path.relative(root, e.file)}: ${e.message}`);
  const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map((s) => `${s} ${issues.filter((i) => i.severity.name === s).length}`).join(', ');
  console.log(`Electronegativity: ${counts}; ${unparsed.length} tệp không đọc được.`);
  if (failing.length || unparsed.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
