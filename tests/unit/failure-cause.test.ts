// Why a backup, a restore or a written file failed reaches her in Vietnamese: a full disk made a
// backup say "database or disk is full", SQLite's words, in the middle of a Vietnamese sentence.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { failureCause, UserError } from '../../electron/backend/user-error';
import { MSG } from '../../shared/i18n/vi';

const thrown = (work: () => unknown): unknown => {
  try {
    work();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('failureCause', () => {
  it('says a full disk, a refused folder, a missing one and a busy file in her words', () => {
    expect(failureCause(new Database.SqliteError('database or disk is full', 'SQLITE_FULL'))).toBe(MSG.cause.diskFull);
    expect(failureCause(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe(MSG.cause.diskFull);
    expect(failureCause(new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY'))).toBe(MSG.cause.denied);
    expect(failureCause(new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'))).toBe(MSG.cause.io);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cause-'));
    expect(failureCause(thrown(() => fs.writeFileSync(path.join(dir, 'no', 'x.xlsx'), 'x')))).toBe(MSG.cause.missing);
    expect(failureCause(thrown(() => fs.writeFileSync(dir, 'x')))).toMatch(/^lỗi hệ thống \(mã EISDIR\)$/);
  });

  it('keeps our own message, and never passes English on', () => {
    expect(failureCause(new UserError('Sổ đang mở ở cửa sổ khác.'))).toBe('Sổ đang mở ở cửa sổ khác.');
    expect(failureCause(new Error('something odd'))).toBe('lỗi hệ thống');
    expect(failureCause(null)).toBe('lỗi hệ thống');
  });
});
