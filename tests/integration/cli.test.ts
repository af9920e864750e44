import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;
beforeAll(() => { dir = tempDir('cli'); });


describe('the sovon command line', () => {
  it('creates a book, sets a figure in triệu and shows it in đồng as stated', async () => {
    const book = path.join(dir, 'set.sovon');
    expect((await sovon('new', book, '--unit', 'UBND huyện Phong Thổ')).code).toBe(0);
    const set = await sovon('set', book, '--year', '2023', '--node', 'DA5', '--capital', 'SN', '--measure', 'allocated', '--value', '12.060', '--scale', 'trieu');
    expect(set).toMatchObject({ code: 0, err: '' });
    const sheet = await sovon('sheet', book, '--year', '2023', '--json');
    const rows = JSON.parse(sheet.out) as { rows: { node: string; unit: string | null; label: string; depth: number; cells: Record<string, unknown> }[] };
    const da5 = rows.rows.find((r) => r.node === 'DA5')!;
    expect(da5).toMatchObject({ unit: null, depth: 1 });
    expect(da5.cells['allocated:SN']).toEqual({ kind: 'money', dong: 12_060_000_000, stated: true });
    expect(da5.cells['allocated:ALL']).toEqual({ kind: 'money', dong: 12_060_000_000, stated: false });
  });

  it('makes an implementing unit a row of its node when a figure is set for it', async () => {
    const book = path.join(dir, 'unit.sovon');
    await sovon('new', book);
    const set = await sovon('set', book, '--year', '2023', '--node', 'DA2', '--unit', 'Trung tâm DVNN', '--capital', 'SN', '--measure', 'allocated', '--value', '2.015', '--scale', 'trieu');
    expect(set.code).toBe(0);
    const rows = JSON.parse((await sovon('sheet', book, '--year', '2023', '--project', 'DA2', '--json')).out).rows as { id: string; depth: number }[];
    expect(rows.map((r) => [r.id, r.depth])).toEqual([['DA2', 1], ['DA2@Trung tâm DVNN', 2]]);
    const bad = await sovon('set', book, '--year', '2023', '--node', 'DA99', '--unit', 'X', '--measure', 'allocated', '--value', '1');
    expect(bad).toMatchObject({ code: 1, err: expect.stringMatching(/Không có dòng "DA99@X"/) });
  });

  it('round-trips claims through the interchange format', async () => {
    const a = path.join(dir, 'a.sovon');
    const b = path.join(dir, 'b.sovon');
    await sovon('new', a);
    await sovon('new', b);
    const file = path.join(dir, 'in.json');
    fs.writeFileSync(file, JSON.stringify({
      format: 'sovon-claims/1', program: 'GNBV',
      origins: [{ id: 'report-II', kind: 'report', label: 'Báo cáo 6/2024, mục II' }, { id: 'books', kind: 'books', label: 'Sổ kế toán' }],
      claims: [
        { origin: 'report-II', year: 2023, node: 'GNBV', capital: 'SN', measure: 'disbursed', value: '45.359', scale: 'trieu' },
        { origin: 'report-II', years: [2022, 2024], node: 'GNBV', capital: 'DT', measure: 'allocated', value: '273.187', scale: 'trieu' },
        { origin: 'books', year: 2023, node: 'DA2', unit: 'Trung tâm DVNN', capital: 'SN', measure: 'allocated', value: 2015, scale: 'trieu' },
        { origin: 'report-II', year: 2023, node: 'DA7.1', capital: 'SN', measure: 'rate', value: '81,82' },
      ],
    }));
    expect(await sovon('claims', 'import', a, file)).toMatchObject({ code: 0, out: expect.stringMatching(/Đã nhập 4 số liệu/) });
    const exported = await sovon('claims', 'export', a);
    const json = JSON.parse(exported.out);
    expect(json.claims).toContainEqual({ origin: 'report-II', years: [2022, 2024], node: 'GNBV', capital: 'DT', measure: 'allocated', value: 273_187_000_000, scale: 'dong' });
    expect(json.claims).toContainEqual({ origin: 'report-II', year: 2023, node: 'DA7.1', capital: 'SN', measure: 'rate', value: '81,82' });
    const again = path.join(dir, 'again.json');
    fs.writeFileSync(again, exported.out);
    expect((await sovon('claims', 'import', b, again)).code).toBe(0);
    expect(JSON.parse((await sovon('claims', 'export', b)).out)).toEqual(json);
  });

  it('rejects a whole file when one claim is bad, naming its index', async () => {
    const book = path.join(dir, 'reject.sovon');
    await sovon('new', book);
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({
      format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'books', kind: 'books', label: 'Sổ' }],
      claims: [
        { origin: 'books', year: 2023, node: 'DA5', capital: 'SN', measure: 'allocated', value: '1', scale: 'trieu' },
        { origin: 'books', year: 2023, node: 'DA5', capital: 'SN', measure: 'allocated', value: 'mười', scale: 'trieu' },
      ],
    }));
    const res = await sovon('claims', 'import', book, file);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/claims\[1\].*không phải là số/);
    expect(JSON.parse((await sovon('claims', 'export', book)).out).claims).toEqual([]);
  });

  it('verifies a sound book and fails on a damaged one', async () => {
    const book = path.join(dir, 'verify.sovon');
    await sovon('new', book, '--demo');
    expect(await sovon('verify', book)).toMatchObject({ code: 0, out: expect.stringMatching(/nguyên vẹn/) });
    const bytes = fs.readFileSync(book);
    bytes.fill(0x41, 4096, 8192);
    fs.writeFileSync(path.join(dir, 'broken.sovon'), bytes);
    const res = await sovon('verify', path.join(dir, 'broken.sovon'));
    expect(res.code).not.toBe(0);
    expect(res.err).toMatch(/^Lỗi: /);
  });

  it('runs as `sovon` in a fresh clone: errors on stderr in Vietnamese, non-zero exit', () => {
    const res = spawnSync(process.execPath, [path.join(root, 'electron/backend/cli/bin.mjs'), 'sheet', path.join(dir, 'missing.sovon'), '--year', '2023', '--json'], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/Không tìm thấy tệp sổ/);
  });
});
