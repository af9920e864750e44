// The tamper harness: a book with a history is changed behind Sổ Vốn's back, the way another
// SQLite tool (or a flipped bit) would, family by family, and `verify` must say so. Each case
// starts from a fresh copy; the check code printed before the change (a signed sheet) is tried
// too, which is what catches a forger who recomputes the whole chain and its summary.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Book } from '../../electron/backend/book/book';
import { GENESIS, rowHash, type AuditRow } from '../../electron/backend/book/audit-chain';
import { findCheckCode, verifyBook } from '../../electron/backend/book/verify';
import { createDemoBook } from '../../electron/backend/demo';
import { Service } from '../../electron/backend/service/service';
import { prng } from '../../tests/support/consistent-book';
import type { CheckCode } from '../../shared/check-code';

type Db = Database.Database;
type Random = () => number;

/** One way to change a book behind its back. */
interface Family {
  name: string;
  /** a forger who rewrites the history consistently: only the printed code can tell */
  codeOnly?: boolean;
  apply(db: Db, random: Random): void;
}

const pick = <T>(xs: readonly T[], random: Random): T => xs[Math.floor(random() * xs.length)]!;
const claimIds = (db: Db) => db.prepare('SELECT id FROM claims').pluck().all() as number[];
const auditIds = (db: Db) => db.prepare('SELECT id FROM audit ORDER BY id').pluck().all() as number[];

const FAMILIES: Family[] = [
  { name: 'a figure changed', apply: (db, r) => { db.prepare('UPDATE claims SET amount = amount + ? WHERE id = ?').run(1 + Math.floor(r() * 1e9), pick(claimIds(db), r)); } },
  { name: 'a bit flipped in a figure', apply: (db, r) => { db.prepare('UPDATE claims SET amount = CASE WHEN amount & @bit THEN amount - @bit ELSE amount + @bit END WHERE id = @id').run({ bit: 2 ** Math.floor(r() * 40), id: pick(claimIds(db), r) }); } },
  { name: 'a note changed', apply: (db, r) => { db.prepare("UPDATE claims SET note = 'sửa lén' WHERE id = ?").run(pick(claimIds(db), r)); } },
  {
    name: 'a figure put in',
    apply: (db, r) => {
      db.prepare(`INSERT INTO claims (origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note)
        SELECT origin, program, year_from, year_to, 'DA9', unit, capital, source, measure, amount, decimals, as_of, note FROM claims WHERE id = ?`).run(pick(claimIds(db), r));
    },
  },
  { name: 'a figure deleted', apply: (db, r) => { db.prepare('DELETE FROM claims WHERE id = ?').run(pick(claimIds(db), r)); } },
  { name: 'a log row changed', apply: (db, r) => { db.prepare("UPDATE audit SET at = '2020-01-01T00:00:00.000Z' WHERE id = ?").run(pick(auditIds(db), r)); } },
  { name: 'a log row deleted', apply: (db, r) => { db.prepare('DELETE FROM audit WHERE id = ?').run(pick(auditIds(db), r)); } },
  { name: 'the last action deleted from the log', apply: (db) => { db.exec('DELETE FROM audit WHERE action_id = (SELECT MAX(action_id) FROM audit)'); } },
  {
    name: 'the last action and its figures deleted',
    apply: (db) => {
      const last = db.prepare('SELECT MAX(action_id) FROM audit').pluck().get() as number;
      for (const target of db.prepare("SELECT target FROM audit WHERE action_id = ? AND kind = 'claim'").pluck().all(last) as string[]) {
        const { key } = JSON.parse(target) as { key: { node: string; measure: string; period: { from: number } } };
        db.prepare('DELETE FROM claims WHERE node = ? AND measure = ? AND year_from = ?').run(key.node, key.measure, key.period.from);
      }
      db.prepare('DELETE FROM audit WHERE action_id = ?').run(last);
    },
  },
  { name: 'the whole log deleted', apply: (db) => { db.exec('DELETE FROM audit'); } },
  { name: 'the log and every figure deleted', apply: (db) => { db.exec('DELETE FROM audit; DELETE FROM claims'); } },
  { name: 'the log summary deleted', apply: (db) => { db.exec("DELETE FROM settings WHERE key = 'log'"); } },
  {
    name: 'a figure changed, its history rewritten and the chain recomputed',
    codeOnly: true,
    apply: (db, r) => {
      const row = pick(db.prepare("SELECT id, target FROM audit WHERE kind = 'claim' AND after IS NOT NULL").all() as { id: number; target: string }[], r);
      const { key } = JSON.parse(row.target) as { key: { node: string; measure: string; period: { from: number; to: number }; origin: string } };
      const last = db.prepare("SELECT MAX(id) FROM audit WHERE kind = 'claim' AND target = ?").pluck().get(row.target) as number;
      const forged = 7_000_000;
      db.prepare("UPDATE audit SET after = json_set(after, '$.amount', ?) WHERE id = ?").run(String(forged), last);
      db.prepare('UPDATE claims SET amount = ? WHERE node = ? AND measure = ? AND year_from = ? AND year_to = ? AND origin = ?')
        .run(forged, key.node, key.measure, key.period.from, key.period.to, key.origin);
      rechain(db);
    },
  },
  {
    name: 'the last action undone by hand, log and summary made to agree',
    codeOnly: true,
    apply: (db) => {
      const last = db.prepare('SELECT MAX(action_id) FROM audit').pluck().get() as number;
      for (const { target, before } of db.prepare("SELECT target, before FROM audit WHERE action_id = ? AND kind = 'claim' ORDER BY id DESC").all(last) as { target: string; before: string | null }[]) {
        const { key } = JSON.parse(target) as { key: { node: string; measure: string; period: { from: number } } };
        const where = 'node = ? AND measure = ? AND year_from = ?';
        if (before === null) db.prepare(`DELETE FROM claims WHERE ${where}`).run(key.node, key.measure, key.period.from);
        else db.prepare(`UPDATE claims SET amount = ? WHERE ${where}`).run(Number((JSON.parse(before) as { amount: string }).amount), key.node, key.measure, key.period.from);
      }
      db.prepare('DELETE FROM audit WHERE action_id = ?').run(last);
      rechain(db);
    },
  },
];

/** What a forger who read audit-chain.ts does: every hash again, and the summary to match. */
function rechain(db: Db): void {
  let head = GENESIS;
  const rows = db.prepare('SELECT * FROM audit ORDER BY id').all() as AuditRow[];
  for (const row of rows) {
    head = rowHash(head, row);
    db.prepare('UPDATE audit SET hash = ? WHERE id = ?').run(head, row.id);
  }
  db.prepare("UPDATE settings SET value = ? WHERE key = 'log'").run(JSON.stringify({ rows: rows.length, head }));
}

export interface TamperResult {
  cases: number;
  /** per family: cases, found by verify alone, found with the code printed before */
  families: Record<string, { cases: number; found: number; foundWithCode: number }>;
  /** cases neither verify nor the code caught */
  missed: string[];
  ms: number;
}

export async function tamperHarness(cases: number, seed = 1): Promise<TamperResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-tamper-'));
  process.env.SOVON_DATA_DIR = path.join(dir, 'appdata');
  const base = await bookWithHistory(path.join(dir, 'base.sovon'));
  const random = prng(seed);
  const result: TamperResult = { cases: 0, families: {}, missed: [], ms: 0 };
  const started = performance.now();
  for (let i = 0; i < cases; i++) {
    const family = FAMILIES[i % FAMILIES.length]!;
    const file = path.join(dir, `case-${i}.sovon`);
    fs.copyFileSync(base.file, file);
    const db = new Database(file);
    family.apply(db, random);
    db.close();
    const book = Book.inspect(file);
    const found = verifyBook(book).problems.length > 0;
    const foundWithCode = found || findCheckCode(book, base.code) === null;
    book.close();
    fs.rmSync(file);
    const tally = (result.families[family.name] ??= { cases: 0, found: 0, foundWithCode: 0 });
    tally.cases++;
    if (found) tally.found++;
    if (foundWithCode) tally.foundWithCode++;
    if (!foundWithCode || (!found && !family.codeOnly)) result.missed.push(`${family.name} (case ${i})`);
    result.cases++;
  }
  result.ms = Math.round(performance.now() - started);
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The demo book and a few actions after it: edits, a new figure, a note; its code as printed. */
async function bookWithHistory(file: string): Promise<{ file: string; code: CheckCode }> {
  createDemoBook(file).close();
  const service = new Service(Book.open(file));
  const key = { program: 'GNBV', origin: 'books', year: 2023, node: 'DA5', unit: null, capital: 'SN' as const, measure: 'allocated' as const };
  await service.call('setClaim', { key, text: '12.061', scale: 'trieu' });
  await service.call('setClaim', { key: { ...key, year: 2024, measure: 'disbursed' }, text: '17.100', scale: 'trieu' });
  await service.call('setClaim', { key: { ...key, node: 'DA6.1', year: 2024 }, text: '5', scale: 'trieu' });
  const code = service.book.checkCode();
  service.close();
  return { file, code };
}
