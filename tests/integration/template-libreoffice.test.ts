// A real spreadsheet program opens every bundled export: LibreOffice Calc, headless, turns each
// into CSV (raw values, its own recalculation of the formulas) and PDF. The CSV figures are the
// book's; the PDF is A4 landscape. Needs `soffice` (libreoffice-calc-nogui, installed by .ci/run).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
const TEMPLATES = ['giao-von', 'giai-doan', 'chuyen-nguon'];
const csv = new Map<string, string[][]>();

function soffice(args: string[]): void {
  // a private profile: a user's open LibreOffice (or another test) never shares its lock
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { cwd: dir, timeout: 170_000, stdio: 'pipe' });
}

beforeAll(async () => {
  dir = tempDir('libreoffice');
  const book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  for (const t of TEMPLATES) {
    const res = await sovon('export', book, '--template', t, '--year', '2023', '--years', '2022-2024', '--out', path.join(dir, `${t}.xlsx`));
    expect(res.err).toBe('');
  }
  const files = TEMPLATES.map((t) => `${t}.xlsx`);
  // comma, double quote, UTF-8, from line 1, raw values (not "as shown"): locale-free figures
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false', '--outdir', 'csv', ...files]);
  soffice(['--convert-to', 'pdf', '--outdir', 'pdf', ...files]);
  // a cell with a line break (as headers have) is one quoted field over two lines of the file
  for (const t of TEMPLATES) csv.set(t, parse(fs.readFileSync(path.join(dir, 'csv', `${t}.csv`), 'utf8')));
}, 180_000);

const rowOf = (t: string, label: string) => csv.get(t)!.find((r) => r[1] === label)!;

describe('the bundled exports opened by LibreOffice Calc', () => {
  it('Tổng hợp giai đoạn: the years of the seed, and the period', () => {
    expect(rowOf('giai-doan', 'Năm 2022').slice(2, 5)).toEqual(['71570', '12960', '84530']);
    expect(rowOf('giai-doan', 'Năm 2023').slice(2, 5)).toEqual(['116200', '44928', '161128']);
    expect(rowOf('giai-doan', 'Năm 2024').slice(2, 5)).toEqual(['85417', '51957', '137374']);
    // section II of the seed: 383.032 triệu for 2022-2024, of which 273.187 investment
    expect(rowOf('giai-doan', 'Cả giai đoạn 2022-2024').slice(2, 5)).toEqual(['273187', '109845', '383032']);
  });

  it('Tình hình giao vốn 2023: the total and a project as the book has them', () => {
    const total = rowOf('giao-von', 'TỔNG SỐ');
    expect(total.slice(2, 8)).toEqual(['5257', '8296', '13553', '116200', '44928', '161128']);
    const da5 = rowOf('giao-von', 'Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo');
    expect(da5[7]).toBe('12060');
  });

  it('Đối chiếu chuyển nguồn: columns 5 and 11 computed by Calc from 6-10, in đồng', () => {
    const total = rowOf('chuyen-nguon', 'TỔNG SỐ');
    const [c5, c6, c7, c8, c9, c10, c11] = total.slice(4, 11).map((v) => Number(v || 0));
    expect(c5).toBe(c6! + c7! + c8!);
    expect(c11).toBe(c5! - c9! - c10!);
    expect(c7).toBe(161_128_000_000);
  });

  it('prints each on A4 landscape', () => {
    for (const t of TEMPLATES) {
      const info = execFileSync('pdfinfo', [path.join(dir, 'pdf', `${t}.pdf`)], { encoding: 'utf8' });
      expect(info, t).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    }
  });
});
