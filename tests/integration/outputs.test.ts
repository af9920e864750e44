// Issue 30: an output never replaces her book (or any Sổ Vốn book), a folder or a device, nor a
// file already there unless she says so; and the command line refuses what it cannot use in
// Vietnamese, on stderr, with a non-zero exit, instead of a stack trace or a silent exit 0.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;

beforeAll(async () => {
  dir = tempDir('outputs');
  book = path.join(dir, 'so.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
}, 60_000);

describe('an output never replaces a book, nor a file unless she says so', () => {
  it('refuses --out onto the book itself, another book under another name, and its side files', async () => {
    const before = fs.readFileSync(book);
    const other = path.join(dir, 'ban-sao.xlsx');
    fs.copyFileSync(book, other); // a book renamed .xlsx is still a book
    for (const out of [book, other, `${book}-wal`]) {
      const res = await sovon('export', book, '--year', '2023', '--out', out, '--force');
      expect(res.code, out).toBe(1);
      expect(res.err).toContain('không bao giờ ghi báo cáo đè lên sổ');
    }
    const printed = await sovon('print', book, '--sheet', 'bang', '--year', '2023', '--out', book);
    expect(printed.code).toBe(1);
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  }, 60_000);

  it('writes a new file, refuses to replace it without --force, replaces it with --force', async () => {
    const out = path.join(dir, 'bang.xlsx');
    expect((await sovon('export', book, '--year', '2023', '--out', out)).code).toBe(0);
    fs.writeFileSync(out, 'ghi chú của chị');
    const again = await sovon('export', book, '--year', '2023', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('đã có');
    expect(fs.readFileSync(out, 'utf8')).toBe('ghi chú của chị');
    expect((await sovon('export', book, '--year', '2023', '--out', out, '--force')).code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('never writes over a device', async () => {
    const res = await sovon('export', book, '--year', '2023', '--out', '/dev/null', '--force');
    expect(res.code).toBe(1);
    expect(res.err).toContain('không phải một tệp thường');
  });
});

describe('what the command line cannot use is refused in Vietnamese', () => {
  it('a port out of range or not a number', async () => {
    for (const port of ['99999', 'abc', '0']) {
      const res = await sovon('serve', book, '--port', port);
      expect(res.code, port).toBe(1);
      expect(res.err).toContain(`cổng "${port}" không hợp lệ`);
      expect(res.err).not.toMatch(/RangeError|at \w/);
    }
  });

  it('a date that is not on the calendar, and a project the book does not have', async () => {
    const date = await sovon('export', book, '--template', 'giao-von', '--year', '2023', '--date', '2026-13-45', '--out', path.join(dir, 'ngay.xlsx'));
    expect(date.code).toBe(1);
    expect(date.err).toContain('ngày phải là một ngày có thật');
    const project = await sovon('sheet', book, '--year', '2023', '--project', 'nope');
    expect(project.code).toBe(1);
    expect(project.err).toContain('Không có dòng "nope"');
  });

  it('removing a template the book does not have is an error on stderr', async () => {
    const res = await sovon('templates', 'remove', book, 'nope');
    expect(res.code).toBe(1);
    expect(res.out).toBe('');
    expect(res.err).toContain('nope');
  });
});

describe('a restore takes only a copy of this book', () => {
  it('refuses another unit\'s book, saying whose it is, and puts back a copy of her own', async () => {
    const other = path.join(dir, 'xa-khac.sovon');
    expect((await sovon('new', other, '--demo', '--unit', 'UBND xã Mường So')).code).toBe(0);
    const before = fs.readFileSync(book);
    const refused = await sovon('restore', book, other);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('không phải bản sao lưu của sổ này');
    expect(fs.readFileSync(book).equals(before)).toBe(true);

    const copy = path.join(dir, 'ban-luu-tay.sovon');
    fs.copyFileSync(book, copy);
    expect((await sovon('set', book, '--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value', '99', '--scale', 'trieu')).code).toBe(0);
    const restored = await sovon('restore', book, copy);
    expect(restored.code, restored.err).toBe(0);
    expect((await sovon('sheet', book, '--year', '2023', '--project', 'DA5')).out).toContain('12.060');
  }, 60_000);
});
