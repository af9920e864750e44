// Holes issue, points 4 and 5: values a claims file (or a typed command) carries are bounded and
// refused in a short Vietnamese sentence naming the claim; her own ledger cannot be relabelled.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { Book } from '../../electron/backend/book/book';
import { tempDir } from '../support/temp';

let dir: string;
let book: string;
beforeAll(async () => {
  dir = tempDir('values');
  book = path.join(dir, 'values.sovon');
  await sovon('new', book);
});


const BOOKS = { id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' };
const claim = (over: Record<string, unknown> = {}) => ({ origin: 'books', year: 2023, node: 'DA5', capital: 'SN', measure: 'allocated', value: '100', scale: 'trieu', ...over });

let n = 0;
function file(content: unknown, encode: (text: string) => Buffer = (t) => Buffer.from(t, 'utf8')): string {
  const f = path.join(dir, `f${n++}.json`);
  fs.writeFileSync(f, encode(typeof content === 'string' ? content : JSON.stringify(content)));
  return f;
}
const doc = (claims: unknown[], origins: unknown[] = [BOOKS]) => ({ format: 'sovon-claims/1', program: 'GNBV', origins, claims });
const importFile = (f: string, ...flags: string[]) => sovon('claims', 'import', book, f, ...flags);

/** A refusal she can read: Vietnamese, a line or two, no English schema text, the book as it was. */
async function expectRefused(f: string, pattern: RegExp) {
  const before = fs.readFileSync(book);
  const res = await importFile(f);
  expect(res.code).toBe(1);
  expect(res.err).toMatch(pattern);
  expect(res.err.length).toBeLessThan(400);
  expect(res.err).not.toMatch(/expected|Invalid|Too (small|big)|Unrecognized|at claims|✖/);
  expect(fs.readFileSync(book).equals(before)).toBe(true);
}

describe('values in a claims file', () => {
  it('refuses a negative allocation or disbursement unless she confirms it; an adjustment may be negative', async () => {
    await expectRefused(file(doc([claim({ value: '-5' })])), /Số liệu thứ 0 \(claims\[0\]\): số âm ở chỉ tiêu "allocated"/);
    await expectRefused(file(doc([claim({ measure: 'disbursed', value: '(5)' })])), /số âm/);
    expect((await importFile(file(doc([claim({ measure: 'adjusted', value: '-5' })])))).code).toBe(0);
    expect((await importFile(file(doc([claim({ measure: 'cancelled', value: '-1' })])), '--allow-negative')).code).toBe(0);
  });

  it('refuses rates with hundreds of decimals or beyond 2^63 without a crash', async () => {
    await expectRefused(file(doc([claim({ measure: 'rate', scale: undefined, value: `1,${'1'.repeat(120)}` })])), /Số liệu thứ 0/);
    await expectRefused(file(doc([claim({ measure: 'rate', scale: undefined, value: 18446744073709551616 })])), /tỷ lệ phải từ 0 đến 10\.000 %|không hợp lệ/);
    await expectRefused(file(doc([claim({ measure: 'rate', scale: undefined, value: '12,1234567' })])), /chữ số thập phân/);
  });

  it('refuses a 10 MB note or name without echoing it', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    await expectRefused(file(doc([claim({ note: huge })])), /trường "note": quá dài/);
    await expectRefused(file(doc([claim()], [BOOKS, { id: 'qd', kind: 'province', label: huge }])), /trường "origins\[1\]\.label": quá dài/);
    await expectRefused(file(doc([claim({ unit: huge })])), /trường "unit"/);
  });

  it('refuses a value pasted from two cells, in a file and on the command line', async () => {
    await expectRefused(file(doc([claim({ value: '120\t350' })])), /nhiều ô được dán vào một ô/);
    const set = await sovon('set', book, '--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value', '120\t350', '--scale', 'trieu');
    expect(set).toMatchObject({ code: 1, err: expect.stringMatching(/nhiều ô được dán vào một ô/) });
    const negative = await sovon('set', book, '--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value=-5');
    expect(negative).toMatchObject({ code: 1, err: expect.stringMatching(/Số âm/) });
    expect((await sovon('set', book, '--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value=-5', '--allow-negative')).code).toBe(0);
  });

  it('refuses a key written twice, which JSON.parse would silently resolve', async () => {
    const text = JSON.stringify(doc([claim()])).replace('"value":"100"', '"value":"100","value":"-100"');
    await expectRefused(file(text), /trường "value" viết hai lần .*claims\[0\]/);
  });

  it('does not let an origin relabel her own ledger, nor another origin pose as it', async () => {
    await expectRefused(file(doc([claim()], [{ id: 'books', kind: 'report', label: 'Báo cáo' }])), /nguồn "books" là sổ kế toán/);
    await expectRefused(file(doc([], [BOOKS, { id: 'so-2', kind: 'books', label: 'Sổ thứ hai' }])), /nguồn "books" là sổ kế toán/);
    const b = Book.open(book);
    expect(b.tables.origins().find((o) => o.id === 'books')).toMatchObject({ kind: 'books' });
    b.close();
  });

  it('reads UTF-8 with a BOM and UTF-16, and refuses a Windows-1258 file by name instead of storing mojibake', async () => {
    const named = (unit: string) => doc([claim({ unit, value: '1' })]);
    expect((await importFile(file(named('Trung tâm Dịch vụ nông nghiệp'), (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])))).code).toBe(0);
    expect((await importFile(file(named('UBND xã Mường So'), (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])))).code).toBe(0);
    // "Phòng" in Windows-1258: ò is 0xF2, not valid UTF-8 on its own
    const cp1258 = (t: string) => Buffer.from(t.replace('Phòng', 'Ph\u00f2ng'), 'latin1');
    await expectRefused(file(named('Phòng Lao động'), cp1258), /không được lưu bằng mã UTF-8/);
    const b = Book.open(book);
    expect(b.tables.lines('GNBV').map((l) => l.name)).toEqual(expect.arrayContaining(['Trung tâm Dịch vụ nông nghiệp', 'UBND xã Mường So']));
    b.close();
  });

  it('says what is wrong in Vietnamese for a file of the wrong shape', async () => {
    await expectRefused(file({ format: 'sovon-claims/1', program: 'GNBV', origins: [BOOKS], claims: [claim({ measure: 'spent' })], extra: 1 }), /Tệp không đúng định dạng sovon-claims\/1: có trường không dùng được: "extra"/);
    await expectRefused(file(doc([claim({ year: 'năm ngoái' })])), /trường "year": cần số, nhận được chữ/);
    await expectRefused(file('{"format": "sovon-claims/1",'), /không phải JSON hợp lệ/);
  });
});
