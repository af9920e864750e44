// A book written by the release before this one's migrations (0712b4e, schema 7: the demo, two
// figures typed, the province's annex imported, a flag explained, a unit line added, a content
// line added and undone) opens in today's Sổ Vốn with every figure, flag, explanation and step of
// its history: nothing changed but the schema, undo and redo go on where they were, and verify
// finds it whole.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { verifyBook } from '../../electron/backend/book/verify';
import { SCHEMA_VERSION } from '../../electron/backend/book/migrations';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/books/release-0712b4e.sovon');
const FLAGS = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/books/release-0712b4e.check-2023.json'), 'utf8')) as {
  flags: { id: string; severity: string; explained: string | null }[];
};

let dir: string;
beforeAll(() => { dir = tempDir('migration'); });

function copy(name: string): string {
  const file = path.join(dir, `${name}.sovon`);
  fs.copyFileSync(FIXTURE, file);
  return file;
}

/** Every row of a table as text, in a fixed order: what the release wrote. */
function rows(file: string, sql: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sql).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
  } finally {
    db.close();
  }
}

const CLAIMS = 'SELECT origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note FROM claims';
const OTHERS = ['SELECT program, code, parent, kind, name, sort FROM lines', 'SELECT * FROM origins', 'SELECT * FROM explained_flags', "SELECT key, value FROM settings WHERE key <> 'log'"];

describe('a book of the previous release', () => {
  it('keeps every figure, line, origin, explanation and setting through the migrations', () => {
    const file = copy('figures');
    const before = [CLAIMS, ...OTHERS].map((sql) => rows(file, sql));
    expect(rows(file, 'PRAGMA user_version')).toEqual(['[7]']);
    Book.open(file).close();
    expect(rows(file, 'PRAGMA user_version')).toEqual([`[${SCHEMA_VERSION}]`]);
    expect([CLAIMS, ...OTHERS].map((sql) => rows(file, sql))).toEqual(before);
    expect(before[0]!.length).toBe(242);
  });

  it('gives the same flags and explanations, its history verifies, and undo and redo go on where they were', async () => {
    const file = copy('history');
    const service = new Service(Book.open(file));
    try {
      const report = await service.call('runChecks', { program: 'GNBV', year: 2023, origin: null });
      expect(report.flags.map((f) => ({ id: f.id, severity: f.severity, explained: f.explained }))).toEqual(FLAGS.flags);
      expect(verifyBook(service.book)).toEqual({ problems: [], unchecked: 0 });
      // every figure was in the log already: sealing it added no action (8: the undo was one)
      expect(service.book.lastAction()).toBe(Number(rows(copy('as-written'), 'SELECT MAX(action_id) FROM audit')[0]!.slice(1, -1)));
      expect((await service.call('redo', {})).label).toBe('thêm dòng "Nội dung thử"');
      expect((await service.call('undo', {})).label).toBe('thêm dòng "Nội dung thử"');
      expect((await service.call('undo', {})).label).toBe('thêm dòng "UBND xã Mường So"');
      expect(verifyBook(service.book).problems).toEqual([]);
      const code = service.book.checkCode();
      service.close();
      expect((await sovon('verify', file, '--code', code)).code).toBe(0);
    } finally {
      if (service.hasBook) service.close();
    }
  });
});
