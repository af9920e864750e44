// Issue 28: the built-in reports print so that she can sign them. Exported from the demo book and
// printed by LibreOffice Calc (headless, to PDF): type no smaller than about 8 pt (no fit-to-width
// squeezing 23 columns to 5 pt), the columns split over pages with the row labels repeated, and
// no page holding only the repeated header and the signatures.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sovon } from '../support/cli';
import { pdfInfo, pdfText, squeeze } from '../support/pdf';
import { tempDir } from '../support/temp';

let dir: string;
const TEMPLATES = ['giao-von', 'giai-doan', 'chuyen-nguon'];
const pdf = (t: string) => path.join(dir, 'pdf', `${t}.pdf`);

beforeAll(async () => {
  dir = tempDir('template-pages');
  const book = path.join(dir, 'demo.sovon');
  expect((await sovon('new', book, '--demo')).code).toBe(0);
  for (const t of TEMPLATES) {
    const res = await sovon('export', book, '--template', t, '--year', '2023', '--years', '2022-2024', '--date', '2026-01-05', '--out', path.join(dir, `${t}.xlsx`));
    expect(res.err).toBe('');
  }
  const profile = `file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', 'pdf', ...TEMPLATES.map((t) => `${t}.xlsx`)],
    { cwd: dir, timeout: 170_000, stdio: 'pipe' });
}, 180_000);

/** The height of each word of a page's text, in points: the size it prints at. */
function wordHeights(file: string): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)].map((m) => Number(m[2]) - Number(m[1]));
}

/** The words of the first page with where they print. */
function words1(file: string): { text: string; xMin: number; xMax: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)]
    .map((m) => ({ text: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) }));
}

const pages = (t: string) => Array.from({ length: pdfInfo(pdf(t)).pages }, (_, i) => squeeze(pdfText(pdf(t), i + 1)));

describe('the built-in reports on paper', () => {
  it.each(TEMPLATES)('%s: type of about 8 pt at the least', (t) => {
    const heights = wordHeights(pdf(t)).sort((a, b) => a - b);
    // the smallest words (column numbers, 10 pt headers) stay legible: 11 pt at 73 % is 8 pt
    expect(heights[Math.floor(heights.length * 0.05)]!, t).toBeGreaterThanOrEqual(7);
  });

  it.each(TEMPLATES)('%s: every page signed carries rows of the table it signs', (t) => {
    for (const [i, text] of pages(t).entries()) {
      if (!text.includes('Ký, họ tên')) continue;
      // a row of the table: a project or sub-project, a year of the period, or the total
      expect(text, `${t} page ${i + 1}`).toMatch(/[Dd]ự án \d|Năm 20\d\d \d|TỔNG SỐ \d/);
    }
  });

  it('Tình hình giao vốn: 21 figure columns over two pages wide, the header and row labels on each', () => {
    const all = pages('giao-von');
    expect(all.length).toBeGreaterThan(1);
    for (const [i, text] of all.entries()) expect(text, `page ${i + 1}`).toContain('Dự án, tiểu dự án, nội dung');
    // the later measures on their own pages, each row named again
    const later = all.filter((p) => p.includes('Chuyển sang năm sau'));
    expect(later.length).toBeGreaterThan(0);
    expect(later.some((p) => /TỔNG SỐ 121,348/.test(p))).toBe(true);
    // a measure's three columns never part: ĐT, SN and Tổng số of each group on one page
    for (const p of all) expect(p.includes('Kế hoạch vốn giao') && p.includes('Giải ngân')).toBe(false);
  });

  it('04-SDKP/ĐVDT: one page wide, the nature of the money whole', () => {
    for (const text of pages('chuyen-nguon')) expect(text).toMatch(/11 = 5 - 9(?! - 10)/);
    // "Kinh phí thường xuyên" ends inside its column: left of "Loại, Khoản", the next one
    const words = words1(pdf('chuyen-nguon'));
    const next = words.find((w) => w.text.startsWith('Loại'))!;
    const nature = words.filter((w) => w.text === 'xuyên');
    expect(nature.length).toBeGreaterThan(0);
    for (const w of nature) expect(w.xMax).toBeLessThan(next.xMin - 1);
  });
});
