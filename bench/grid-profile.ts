// Where the grid bench's time goes (grid.ts --profile): the page's CPU profile with each sample
// put to its package (the renderer's script unminified, as electron-vite builds it, heads every
// module with a comment naming its file), a trace of its main thread, and the server's calls
// timed in process.
import fs from 'node:fs';
import path from 'node:path';
import { Book } from '../electron/backend/book/book';
import { Service } from '../electron/backend/service/service';
import type { SheetRow } from '../shared/sheet/sheet';
import { replyToWire } from '../shared/wire-reply';

/** The renderer built as out/renderer is, not minified (should its build ever minify): the
 * same code with its names and module comments. */
export async function unminifiedBuild(root: string, tmp: string): Promise<string> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = path.join(tmp, 'renderer-unminified');
  console.error('building an unminified renderer for the profiles (vite, minify: false)');
  await build({
    configFile: false, root: path.join(root, 'renderer'), base: './', plugins: [react()], logLevel: 'warn', mode: 'production',
    build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { input: path.join(root, 'renderer/index.html') } },
  });
  const assets = path.join(outDir, 'assets');
  const js = fs.readdirSync(assets).filter((f) => f.endsWith('.js'));
  if (js.length !== 1) throw new Error(`expected one script in ${assets}, found ${js.join(', ')}`);
  return fs.readFileSync(path.join(assets, js[0]!), 'utf8');
}

/** The package or folder a module of the bundle comes from. */
function packageOf(module: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (nm) return ['react-dom', 'react', 'scheduler'].includes(nm[1]!) ? 'react, react-dom, scheduler' : nm[1]!;
  if (module.startsWith('src/') || module.startsWith('renderer/')) return 'renderer/src (ours)';
  if (module.includes('shared/')) return 'shared/ (ours)';
  return module;
}

/** Line (1-based) → package, from the comment that heads each module of the bundle. */
function regions(js: string): (line: number) => string {
  const starts: [number, string][] = [];
  const lines = js.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // rolldown heads each module with its path: "// node_modules/react-dom/…", "// renderer/src/…"
    const m = /^\/\/ (?:#region )?((?:\\0)?[\w@.-]+(?:\/[\w@.-]+)+\.(?:[cm]?[jt]sx?|json))$/.exec(lines[i]!);
    if (m) starts.push([i + 1, packageOf(m[1]!.trim())]);
  }
  return (line) => {
    let lo = 0, hi = starts.length - 1, found = 'bundle (outside any module)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]![0] <= line) { found = starts[mid]![1]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
}

/** What CDP's Profiler.stop gives, as far as it is read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: { name: string; ms: number }[];
  topFunctions: { name: string; where: string; ms: number }[];
}

/** Self time by package (a native's time counted to the package that called it), and the
 * functions with most self time. V8's own entries keep their names: "(program)" is the
 * browser's work outside JavaScript (style, layout, paint, parsing a reply's JSON: the trace
 * summary splits it), "(garbage collector)", "(idle)". */
export function profileSummary(profile: CpuProfile, js: string): ProfileSummary {
  const where = regions(js);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < profile.samples!.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples![i]!, (self.get(profile.samples![i]!) ?? 0) + ms);
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, { name: string; where: string; ms: number }>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // a DOM or V8 native (classList.toggle, a forced layout behind a scrollLeft) counts for the
  // package whose code called it
  const caller = (id: number): string | null => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      if (f.url.includes('/assets/')) return where(f.lineNumber + 1);
      if (f.url !== '') return '(bench instruments, other scripts)';
    }
    return null;
  };
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id)!;
    const name = callFrame.functionName || '(anonymous)';
    const native = callFrame.url === '' && !name.startsWith('(');
    const pkg = callFrame.url.includes('/assets/') ? where(callFrame.lineNumber + 1)
      : name.startsWith('(') ? name
        : native ? `${caller(id) ?? '(no caller)'}` : '(bench instruments, other scripts)';
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    const key = `${name}@${callFrame.url}:${callFrame.lineNumber}`;
    const f = byFunction.get(key) ?? { name: native ? `${name} (native)` : name, where: pkg, ms: 0 };
    f.ms += ms;
    byFunction.set(key, f);
  }
  const r = (x: number) => Number(x.toFixed(1));
  return {
    totalMs: r((profile.endTime - profile.startTime) / 1000),
    byPackage: [...byPackage].map(([name, ms]) => ({ name, ms: r(ms) })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...byFunction.values()].filter((f) => !f.name.startsWith('(')).sort((a, b) => b.ms - a.ms).slice(0, 12).map((f) => ({ ...f, ms: r(f.ms) })),
  };
}

export function printProfile(title: string, p: ProfileSummary): void {
  console.log(`\nCPU profile of the page, ${title}: ${p.totalMs} ms profiled; self time by package`);
  const w = Math.max(...p.byPackage.map((x) => x.name.length));
  for (const x of p.byPackage.filter((x) => x.ms >= 0.5)) console.log(`  ${x.name.padEnd(w)}  ${String(x.ms).padStart(8)}`);
  console.log('  functions with most self time:');
  for (const f of p.topFunctions) console.log(`    ${String(f.ms).padStart(7)}  ${f.name}  (${f.where})`);
}

export interface ServerCall { name: string; dispatchMs: number; jsonMs: number; bytes: number }

/** What the server does for an edit's round trip, in process: setClaim, then the reload's calls
 * in the order the page sends them; each timed as Service.dispatch, then JSON.stringify of the
 * reply (what sendJson does). Alternates the edited figure as the page bench does. */
export async function serverCalls(file: string, x: { program: string; year: number; row: SheetRow; column: string; original: string }, runs = 5): Promise<ServerCall[]> {
  const service = new Service(Book.open(file));
  const [measure, capital] = x.column.split(':') as [string, string];
  const view = { program: x.program, origin: 'books', year: x.year, project: null };
  const inputs = (i: number): [string, unknown][] => [
    ['setClaim', { key: { program: x.program, origin: 'books', year: x.year, node: x.row.node, unit: x.row.unit, capital, source: null, measure }, text: i % 2 ? x.original : String(900_000 + i), scale: 'trieu', confirmNegative: false }],
    ['bookVersion', {}],
    ['getSheet', view],
    ['runChecks', { program: x.program, year: x.year, origin: null, project: null }],
    ['undoInfo', {}],
  ];
  const times = new Map<string, { dispatch: number[]; json: number[]; bytes: number }>();
  try {
    await service.call('runChecks', { program: x.program, year: x.year, origin: null, project: null });
    for (let i = 0; i <= runs; i++) {
      for (const [name, input] of inputs(i)) {
        const t0 = performance.now();
        const reply = await service.dispatch(name, input);
        const t1 = performance.now();
        const text = JSON.stringify(replyToWire(name, reply)); // as the transport sends it
        const t2 = performance.now();
        if (!reply.ok) throw new Error(`${name}: ${reply.error}`);
        const t = times.get(name) ?? { dispatch: [], json: [], bytes: 0 };
        if (i > 0) { t.dispatch.push(t1 - t0); t.json.push(t2 - t1); }
        t.bytes = Buffer.byteLength(text);
        times.set(name, t);
      }
    }
    if (runs % 2 === 0) await service.dispatch('setClaim', inputs(1)[0]![1]);
  } finally {
    service.close();
  }
  const median = (xs: number[]) => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1));
  return [...times].map(([name, t]) => ({ name, dispatchMs: median(t.dispatch), jsonMs: median(t.json), bytes: t.bytes }));
}

/** The categories of Chromium's Performance panel: what the main thread did, by trace event. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing'];

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }
export interface TraceSummary { windowMs: number; busyMs: number; byEvent: { name: string; ms: number }[] }

/** Self time by trace event on the page's main thread (the renderer's CrRendererMain with most
 * work): FunctionCall and friends are JavaScript, UpdateLayoutTree is style, Layout, Paint,
 * PrePaint, Layerize, Commit are the frame; the rest is named as Chromium names it. */
export function traceSummary(trace: Buffer): TraceSummary {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key) || e.dur === undefined) continue;
    byThread.set(key, [...(byThread.get(key) ?? []), e]);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.reduce((s, e) => s + e.dur!, 0) - a.reduce((s, e) => s + e.dur!, 0))[0] ?? [];
  busiest.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  let busy = 0;
  for (const e of busiest) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    else busy += e.dur!;
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push(e);
  }
  const first = busiest[0]?.ts ?? 0;
  const last = Math.max(first, ...busiest.map((e) => e.ts + e.dur!));
  const r = (us: number) => Number((us / 1000).toFixed(1));
  return {
    windowMs: r(last - first), busyMs: r(busy),
    byEvent: [...self].map(([name, us]) => ({ name, ms: r(us) })).filter((x) => x.ms >= 1).sort((a, b) => b.ms - a.ms).slice(0, 14),
  };
}

export function printTrace(title: string, t: TraceSummary): void {
  console.log(`\nTrace of the page's main thread, ${title}: busy ${t.busyMs} of ${t.windowMs} ms; self time by event`);
  const w = Math.max(...t.byEvent.map((x) => x.name.length));
  for (const x of t.byEvent) console.log(`  ${x.name.padEnd(w)}  ${String(x.ms).padStart(8)}`);
}
