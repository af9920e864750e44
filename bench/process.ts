// The `sovon` command as she runs it: whole processes, each against a bare `node` doing the floor
// of the same work; and where a full check's time goes, stage by stage, in a fresh process as cold
// as the command's (`node --import tsx bench/process.ts BOOK` prints the stages of one run).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Book } from '../electron/backend/book/book';
import { treeOf } from '../electron/backend/book/tree-of-book';
import { latestAsOf } from '../shared/claim';
import { Reconciler } from '../shared/reconcile/engine';
import { report } from '../shared/reconcile/report';
import { FLOOR_SQL } from './check';

const root = path.resolve(import.meta.dirname, '..');
const BIN = path.join(root, 'electron/backend/cli/bin.mjs');
const BUNDLE = path.join(root, 'out/cli/sovon.mjs');
// children start clean: no tsx hooks inherited from this process
const env = { ...process.env, NODE_OPTIONS: '' };

/** A node process; its stdout goes to /dev/null unless `out` asks for it. */
interface Command { args: string[]; env?: Record<string, string>; out?: boolean }
interface Timed { ms: number; outs: string[] }

/** Median wall time (ms) of each command as a whole process, after one warm-up round; the
 * commands take turns, so a busy moment of the machine falls on all of them alike. `sovon` runs
 * the bundle unless told otherwise (SOVON_CLI): an edit meanwhile would make it fall back to tsx. */
export function timeProcesses<K extends string>(commands: Record<K, Command>, runs: number): Record<K, Timed> {
  const results = Object.fromEntries(Object.keys(commands).map((k) => [k, { times: [] as number[], outs: [] as string[] }]));
  for (let i = 0; i <= runs; i++) {
    for (const [name, { args, env: extra, out }] of Object.entries<Command>(commands)) {
      const start = performance.now();
      const res = spawnSync(process.execPath, args, {
        cwd: root, env: { ...env, SOVON_CLI: 'bundle', ...extra }, encoding: 'utf8', stdio: ['ignore', out ? 'pipe' : 'ignore', 'pipe'], maxBuffer: 1 << 30,
      });
      const ms = performance.now() - start;
      if (res.status !== 0) throw new Error(`${args.join(' ')}: exit ${res.status}\n${res.stderr}`);
      if (i > 0) results[name]!.times.push(ms);
      if (i > 0 && out) results[name]!.outs.push(res.stdout);
    }
  }
  return Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { ms: round(median(r.times)), outs: r.outs }])) as Record<K, Timed>;
}

export interface StartupResult { runs: number; bareMs: number; bundleMs: number; tsxMs: number; ratio: number; tsxRatio: number }

/** `sovon check` on an empty book against `node` loading better-sqlite3 and opening the same file. */
export function benchStartup(emptyBook: string, runs = 9): StartupResult {
  if (!fs.existsSync(BUNDLE)) throw new Error('out/cli/sovon.mjs is missing: npm run build:cli');
  const t = timeProcesses({
    bare: { args: ['-e', `new (require('better-sqlite3'))(${JSON.stringify(emptyBook)}).close()`] },
    bundle: { args: [BIN, 'check', emptyBook] },
    tsx: { args: [BIN, 'check', emptyBook], env: { SOVON_CLI: 'tsx' } },
  }, runs);
  const [bareMs, bundleMs, tsxMs] = [t.bare.ms, t.bundle.ms, t.tsx.ms];
  return { runs, bareMs, bundleMs, tsxMs, ratio: round(bundleMs / bareMs, 2), tsxRatio: round(tsxMs / bareMs, 2) };
}

type Stage = 'open' | 'readClaims' | 'tree' | 'buildEngine' | 'check' | 'reportJson';
interface Stages {
  /** ms by stage */
  stages: Record<Stage, number>;
  /** of which the garbage collector held the main thread (ms by stage) */
  gcMs: Record<Stage, number>;
  flags: number;
  jsonBytes: number;
}

export interface ProcessCheckResult extends Stages { size: number; runs: number; sovonMs: number; floorMs: number; ratio: number }

/** `sovon check BOOK --json > /dev/null` against a bare process reading the same claims with
 * .raw(); and the stages of the same work in a fresh process (the run of median total). */
export function benchProcessCheck(size: number, file: string, runs = 3): ProcessCheckResult {
  const t = timeProcesses({
    sovon: { args: [BIN, 'check', file, '--json'] },
    floor: { args: ['-e', `const db = new (require('better-sqlite3'))(${JSON.stringify(file)}, { readonly: true });
      let n = 0; for (const _ of db.prepare(${JSON.stringify(FLOOR_SQL)}).raw().iterate()) n++; db.close();`] },
    stages: { args: ['--import', 'tsx', fileURLToPath(import.meta.url), file], out: true },
  }, runs);
  const total = (r: Stages) => Object.values(r.stages).reduce((a, b) => a + b, 0);
  const byTotal = t.stages.outs.map((out) => JSON.parse(out) as Stages).sort((a, b) => total(a) - total(b));
  return { size, runs, sovonMs: t.sovon.ms, floorMs: t.floor.ms, ratio: round(t.sovon.ms / t.floor.ms, 2), ...byTotal[Math.floor(runs / 2)]! };
}

/** What `sovon check --json` does (Checks.engine, runChecks, the command), timed by stage.
 * Evaluating (deriving the figures the checks compare with) happens lazily inside `check`;
 * `buildEngine` indexes the claims into each origin's and year's evaluator. */
async function stagesOf(file: string): Promise<Stages> {
  const gc = new PerformanceObserver(() => {});
  gc.observe({ entryTypes: ['gc'] });
  const t = timer();
  // as the command opens it: to look (no lock, no page walk, no migration)
  const book = Book.open(file, { readonly: true });
  const open = t('open');
  const claims = latestAsOf(book.claims.select({ program: 'GNBV', anyOrder: true }));
  const readClaims = t('readClaims');
  const tree = treeOf(book, 'GNBV');
  const treeMs = t('tree');
  const engine = new Reconciler(tree, book.tables.origins(), claims, book.tables.explanations());
  const buildEngine = t('buildEngine');
  engine.checkAll();
  const check = t('check');
  // what `check --json` prints: the report without its counts
  const { counts: _counts, ...shown } = report(engine.flags(), null, null);
  const json = JSON.stringify(shown, null, 2);
  fs.writeFileSync(os.devNull, `${json}\n`);
  const reportJson = t('reportJson');
  book.close();
  await new Promise(setImmediate); // the collector's entries arrive in a task of their own
  const gcMs = t.within(gc.takeRecords());
  gc.disconnect();
  return { stages: { open, readClaims, tree: treeMs, buildEngine, check, reportJson }, gcMs, flags: engine.flags().length, jsonBytes: json.length };
}

/** ms since the last stage ended; and the time of entries (GC pauses) falling in each stage. */
function timer(): ((stage: Stage) => number) & { within: (entries: PerformanceEntry[]) => Record<Stage, number> } {
  let last = performance.now();
  const windows: [Stage, number, number][] = [];
  const lap = (stage: Stage) => {
    const now = performance.now();
    windows.push([stage, last, now]);
    const ms = now - last;
    last = now;
    return round(ms);
  };
  const within = (entries: PerformanceEntry[]) => Object.fromEntries(windows.map(([stage, from, to]) => [stage,
    round(entries.filter((e) => e.startTime >= from && e.startTime < to).reduce((sum, e) => sum + e.duration, 0))])) as Record<Stage, number>;
  return Object.assign(lap, { within });
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await stagesOf(path.resolve(process.argv[2]!))));
}
