// Issue 30: a book in a folder she may not write opens read-only, as the README says: `sheet`
// and `verify` read it (SQLite could not make the -shm file a WAL book needs beside it, and
// refused), nothing is written beside it, and nothing of it is left behind. Root ignores folder
// rights, so as root the command runs without the capabilities that let it (setpriv).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const bin = path.resolve(import.meta.dirname, '../../electron/backend/cli/bin.mjs');
let folder: string;
let book: string;

beforeAll(async () => {
  const dir = tempDir('readonly-folder');
  folder = path.join(dir, 'chi-doc');
  fs.mkdirSync(folder);
  book = path.join(folder, 'so.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  fs.chmodSync(folder, 0o555);
}, 60_000);
afterAll(() => fs.chmodSync(folder, 0o755));

/** `sovon …` as a user without the right to write the folder. */
function asUser(...args: string[]) {
  const argv = process.getuid?.() === 0
    ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', process.execPath, bin, ...args]
    : [process.execPath, bin, ...args];
  return spawnSync(argv[0]!, argv.slice(1), { encoding: 'utf8', env: { ...process.env, SOVON_DATA_DIR: path.dirname(folder) } });
}

describe('a book in a read-only folder', () => {
  it('is read by sheet and verify, and nothing is written beside it', () => {
    const before = fs.readdirSync(folder).sort();
    const sheet = asUser('sheet', book, '--year', '2023');
    expect(sheet.stderr).toBe('');
    expect(sheet.stdout).toContain('GNBV');
    expect(sheet.stdout).toContain('161.128');
    const verify = asUser('verify', book);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('nguyên vẹn');
    expect(fs.readdirSync(folder).sort()).toEqual(before);
  }, 60_000);

  it('refuses a write with a message that says why', () => {
    const set = asUser('set', book, '--year', '2023', '--node', 'DA5', '--measure', 'allocated', '--value', '1');
    expect(set.status).not.toBe(0);
    expect(set.stderr).toMatch(/chỉ đọc|không cho ghi|không ghi được/);
  }, 60_000);
});
