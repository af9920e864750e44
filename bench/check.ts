// The reconciliation engine on generated books: a full check against the floor of reading the
// same claims straight from SQLite, and one incremental re-check after an edit.
import Database from 'better-sqlite3';
import { Book } from '../electron/backend/book/book';
import { treeOf } from '../electron/backend/book/tree-of-book';
import { type Claim, isRateClaim } from '../shared/claim';
import { dong, type Dong } from '../shared/money';
import { Reconciler } from '../shared/reconcile/engine';

export const FLOOR_SQL = `SELECT origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note
  FROM claims WHERE program = 'GNBV'`;

export interface CheckResult {
  claims: number;
  flags: number;
  fullMs: number;
  /** of which reading the claims from the book into objects */
  loadMs: number;
  /** of which indexing them into the engine (each origin's and year's evaluator) */
  buildMs: number;
  /** of which checking every claim (deriving, lazily, the figures it is compared with) */
  checkMs: number;
  floorMs: number;
  ratio: number;
  /** the engine's own work (index and check) against the same floor */
  engineRatio: number;
  incrementalMs: { median: number; max: number };
  incrementalShareOfFull: number;
}

export function benchCheck(file: string): CheckResult {
  const floorMs = timed(() => {
    const db = new Database(file, { readonly: true });
    for (const _row of db.prepare(FLOOR_SQL).iterate()) void _row;
    db.close();
  });
  const book = Book.open(file, { readonly: true });
  let engine!: Reconciler;
  let claims!: Claim[];
  let flags = 0;
  let loadMs = 0;
  let buildMs = 0;
  let checkMs = 0;
  const fullMs = timed(() => {
    loadMs = timed(() => { claims = book.claims.select({ program: 'GNBV', anyOrder: true }); });
    buildMs = timed(() => { engine = new Reconciler(treeOf(book, 'GNBV'), book.tables.origins(), claims); });
    checkMs = timed(() => { flags = engine.checkAll().length; });
  });
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const target = claims[Math.floor((i * 7919) % claims.length)]!;
    if (isRateClaim(target)) continue;
    const edited = { ...target, value: dong((target.value as Dong) + 1_000_000) };
    times.push(timed(() => engine.change(edited.key, edited)));
    engine.change(target.key, target);
  }
  book.close();
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return {
    claims: claims.length, flags, fullMs: round(fullMs), loadMs: round(loadMs), buildMs: round(buildMs), checkMs: round(checkMs), floorMs: round(floorMs), ratio: round(fullMs / floorMs, 2),
    engineRatio: round((fullMs - loadMs) / floorMs, 2),
    incrementalMs: { median: round(median, 3), max: round(times.at(-1)!, 3) },
    incrementalShareOfFull: round((median / fullMs) * 100, 4),
  };
}

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
