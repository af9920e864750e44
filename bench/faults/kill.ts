// The kill harness: processes writing a book (edit loops, imports and their undo) are killed with
// SIGKILL at random moments; after each kill the book must open (the dead writer's lock taken
// over), verify clean (integrity, audit chain, every claim as last written), hold every figure the
// killed process reported committed, and hold the province's import whole or not at all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Book } from '../../electron/backend/book/book';
import { verifyBook } from '../../electron/backend/book/verify';
import { createDemoBook } from '../../electron/backend/demo';
import { prng } from '../../tests/support/consistent-book';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(ROOT, 'bench', 'faults', 'kill-child.ts');
export const ANNEX = path.resolve(ROOT, '../shared/fixtures/province/sample-2022-units-as-rows.xlsx');

export interface KillResult {
  kills: number;
  editKills: number;
  importKills: number;
  /** killed while the import or its undo was writing the book, not before or after */
  importKillsWriting: number;
  damaged: number;
  /** why a book would not open after a kill (other than the lock), for the record */
  openFailures: string[];
  verifyFailures: string[];
  lostCommits: number;
  partialImports: number;
  lockNotRecovered: number;
  /** runs whose writer held the book through a symbolic link to it */
  linkedRuns: number;
  /** a second writer let in by the book's real path while the writer held it through the link */
  secondWriters: number;
  ms: number;
}

export async function killHarness(kills: number, seed = 1): Promise<KillResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-kill-'));
  process.env.SOVON_DATA_DIR = path.join(dir, 'appdata');
  const file = path.join(dir, 'book.sovon');
  createDemoBook(file).close();
  // the same book under another name: its lock must be the real file's, whichever name opened it
  const link = path.join(dir, 'loi-tat.sovon');
  fs.symlinkSync(file, link);
  const random = prng(seed);
  const result: KillResult = { kills: 0, editKills: 0, importKills: 0, importKillsWriting: 0, damaged: 0, openFailures: [], verifyFailures: [], lostCommits: 0, partialImports: 0, lockNotRecovered: 0, linkedRuns: 0, secondWriters: 0, ms: 0 };
  const started = performance.now();
  let importClaims: number | null = null;
  for (let run = 0; run < kills; run++) {
    const importing = random() < 0.4;
    // an import reads the workbook for about a second, then writes for a few milliseconds: half
    // the kills aim anywhere, half at the moment it starts writing
    const aim = importing && random() < 0.5 ? 'writing' : 'ready';
    const delay = aim === 'writing' ? random() * 40 : 5 + random() * (importing ? 2000 : 150);
    const linked = !importing && random() < 0.5;
    if (linked) result.linkedRuns++;
    const onReady = linked ? () => { if (opensToWrite(file)) result.secondWriters++; } : undefined;
    const out = await killOnce(importing ? ['import', file, ANNEX] : ['edits', linked ? link : file, String(run)], aim, delay, onReady);
    result.kills++;
    if (importing) {
      result.importKills++;
      if (out.includes('writing') && !out.includes('done')) result.importKillsWriting++;
    } else result.editKills++;
    let book: Book;
    try {
      book = Book.open(file);
    } catch (e) {
      if (/đang được mở để ghi/.test((e as Error).message)) result.lockNotRecovered++;
      else {
        result.damaged++;
        result.openFailures.push((e as Error).message);
      }
      continue;
    }
    try {
      const { problems } = verifyBook(book);
      if (problems.length) result.verifyFailures.push(problems[0]!);
      result.lostCommits += lostCommits(book, out);
      const origin = book.tables.origins().find((o) => o.kind === 'province');
      const claims = origin ? book.claims.select({ program: 'GNBV', origin: origin.id }).length : 0;
      if (origin) {
        importClaims ??= claims;
        if (claims !== importClaims || claims === 0) result.partialImports++;
      }
    } finally {
      book.close();
    }
  }
  result.ms = Math.round(performance.now() - started);
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Starts the child, waits until it says `aim` (it has the book open; it starts writing), lets
 * it work `afterMs` more, kills it. */
function killOnce(args: string[], aim: 'ready' | 'writing', afterMs: number, onReady?: () => void): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (timer || !out.split('\n').includes(aim)) return;
      onReady?.();
      timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => { out += `\nERR ${d.toString()}`; });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve(out);
    });
  });
}

/** Whether the book opens to write while another process holds it (it must not). */
function opensToWrite(file: string): boolean {
  let book: Book;
  try {
    book = Book.open(file, { waitForLock: 0 });
  } catch {
    return false;
  }
  const writable = !book.readonly;
  book.close();
  return writable;
}

/** Figures the child said were committed that the book does not hold. */
function lostCommits(book: Book, out: string): number {
  let lost = 0;
  for (const line of out.split('\n')) {
    if (!line.startsWith('ok ')) continue;
    const { year, measure, unit, value } = JSON.parse(line.slice(3)) as { year: number; measure: 'allocated'; unit: string; value: number };
    const claim = book.claims.find({ origin: 'books', program: 'GNBV', period: { from: year, to: year }, node: 'DA5', unit, capital: 'SN', source: null, measure });
    if (claim?.value !== value) lost++;
  }
  return lost;
}
