// She completes the 2026-2035 catalogue from the province's decision annex (issue 31): an Excel
// table of STT and names, under a title block, often with figures after them, sometimes typed in
// .VnTime. What Sổ Vốn cannot read is said naming the file, the sheet and the cell.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCatalogAnnex } from '../../electron/backend/catalog/read-catalog-annex';
import { UserError } from '../../electron/backend/user-error';
import { prng } from '../support/consistent-book';

type Row = (string | number | null)[];

async function workbook(rows: Row[], setUp?: (ws: ExcelJS.Worksheet) => void, sheet = 'PL01'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  rows.forEach((row, i) => row.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
  setUp?.(ws);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const shape = (lines: { stt: string; name: string; depth: number; parent: number | null }[]) =>
  lines.map(({ stt, name, depth, parent }) => [stt, name, depth, parent]);

async function refusal(bytes: Buffer, file: string, sheet?: string): Promise<string> {
  const error = await readCatalogAnnex(bytes, file, sheet).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('reading a decision annex into the lines of the catalogue', () => {
  it('reads a plain annex numbered I / 1 / 1.1 / a into a tree', async () => {
    const bytes = await workbook([
      ['STT', 'Nội dung'],
      ['I', 'Hợp phần 1: Xây dựng nông thôn mới và giảm nghèo bền vững'],
      [1, 'Hỗ trợ đầu tư hạ tầng'],
      ['1.1', 'Đường giao thông'],
      ['a', 'Đường trục xã'],
      ['b', 'Đường thôn'],
      ['1.2', 'Thủy lợi'],
      [2, 'Phát triển sản xuất'],
      ['II', 'Hợp phần 2: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số'],
    ]);
    const annex = await readCatalogAnnex(bytes, 'QĐ 12.xlsx');
    expect(annex.sheet).toBe('PL01');
    expect(shape(annex.lines)).toEqual([
      ['I', 'Hợp phần 1: Xây dựng nông thôn mới và giảm nghèo bền vững', 0, null], ['1', 'Hỗ trợ đầu tư hạ tầng', 1, 0],
      ['1.1', 'Đường giao thông', 2, 1], ['a', 'Đường trục xã', 3, 2], ['b', 'Đường thôn', 3, 2], ['1.2', 'Thủy lợi', 2, 1],
      ['2', 'Phát triển sản xuất', 1, 0], ['II', 'Hợp phần 2: Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số', 0, null],
    ]);
    expect(annex.lines.map((l) => l.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('finds the table under a title block, with merged headers, a column-number row and figures after the name', async () => {
    const bytes = await workbook([
      ['UBND TỈNH LAI CHÂU', null, null, null],
      ['PHỤ LỤC I: DANH MỤC DỰ ÁN, NỘI DUNG THÀNH PHẦN NĂM 2026', null, null, null],
      ['(Kèm theo Quyết định số 12/QĐ-UBND ngày 10/02/2026)', null, null, null],
      [null, null, null, 'ĐVT: Triệu đồng'],
      ['STT', 'Tên dự án, nội dung', 'Kế hoạch vốn', null],
      [null, null, 'Tổng số', 'NSTW'],
      ['A', 'B', 1, 2],
      ['A', 'VỐN ĐẦU TƯ PHÁT TRIỂN', 70000, 50000],
      [null, 'Dự án 1: Hỗ trợ đầu tư hạ tầng', 40000, 30000],
      [1, 'Tiểu dự án 1', 20000, 15000],
      [2, 'Tiểu dự án 2', 20000, 15000],
      [null, 'Dự án 2: Nhà ở', 30000, 20000],
      ['B', 'KINH PHÍ THƯỜNG XUYÊN', 30000, 30000],
    ], (ws) => { ws.mergeCells('A5:A6'); ws.mergeCells('B5:B6'); ws.mergeCells('C5:D5'); ws.mergeCells('A1:B1'); });
    const annex = await readCatalogAnnex(bytes, 'PL1.xlsx');
    expect(shape(annex.lines)).toEqual([
      ['A', 'VỐN ĐẦU TƯ PHÁT TRIỂN', 0, null], ['', 'Dự án 1: Hỗ trợ đầu tư hạ tầng', 1, 0], ['1', 'Tiểu dự án 1', 2, 1],
      ['2', 'Tiểu dự án 2', 2, 1], ['', 'Dự án 2: Nhà ở', 1, 0], ['B', 'KINH PHÍ THƯỜNG XUYÊN', 0, null],
    ]);
    expect(annex.lines[0]?.row).toBe(8);
  });

  it('reads an annex typed in .VnTime as the Vietnamese she sees', async () => {
    const vn = (text: string) => ({ richText: [{ text, font: { name: '.VnTime', size: 12 } }] });
    const bytes = await workbook([], (ws) => {
      const rows: [string | null, string][] = [['STT', 'Néi dung'], ['I', 'Dù ¸n 1: Hç trî ®Çu t\u00ad ph¸t triÓn h¹ tÇng'], ['1', 'TiÓu dù ¸n 1'], [null, 'Tæng céng']];
      rows.forEach(([stt, name], i) => {
        if (stt) ws.getCell(i + 1, 1).value = stt;
        ws.getCell(i + 1, 2).value = vn(name);
      });
    });
    const annex = await readCatalogAnnex(bytes, 'tcvn3.xlsx');
    expect(shape(annex.lines)).toEqual([['I', 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng', 0, null], ['1', 'Tiểu dự án 1', 1, 0]]);
    expect(annex.skipped).toEqual([{ row: 4, text: 'Tổng cộng', why: 'total' }]);
  });

  it('leaves out the totals and the "Trong đó" notes, and says which rows', async () => {
    const bytes = await workbook([
      ['TT', 'Danh mục', 'Số tiền'],
      [null, 'TỔNG SỐ', 1000],
      ['I', 'Dự án 1', 600],
      [null, 'Trong đó: vốn NSTW', 500],
      [1, 'Nội dung 1', 600],
      ['II', 'Dự án 2', 400],
      [null, 'Cộng', 1000],
    ]);
    const annex = await readCatalogAnnex(bytes, 'a.xlsx');
    expect(shape(annex.lines)).toEqual([['I', 'Dự án 1', 0, null], ['1', 'Nội dung 1', 1, 0], ['II', 'Dự án 2', 0, null]]);
    expect(annex.skipped).toEqual([
      { row: 2, text: 'TỔNG SỐ', why: 'total' }, { row: 4, text: 'Trong đó: vốn NSTW', why: 'note' }, { row: 7, text: 'Cộng', why: 'total' },
    ]);
  });
});

describe('what it cannot read is said naming the file, the sheet and the cell', () => {
  it('a sheet with no STT and name header', async () => {
    const message = await refusal(await workbook([['Danh sách'], ['Huyện A', 1, 2]]), 'khong-tieu-de.xlsx');
    expect(message).toContain('"khong-tieu-de.xlsx"');
    expect(message).toContain('"PL01"');
    expect(message).toContain('STT');
  });

  it('a numbering that goes down two levels', async () => {
    const bytes = await workbook([['STT', 'Nội dung'], ['I', 'Dự án 1'], [1, 'Nội dung 1'], ['a', 'Việc a'], ['II', 'Dự án 2'], ['a', 'Việc b']]);
    const message = await refusal(bytes, 'nhay-cap.xlsx');
    expect(message).toContain('"nhay-cap.xlsx"');
    expect(message).toContain('"PL01"');
    expect(message).toContain('ô A6');
    expect(message).toContain('ô A5');
  });

  it('a numbering it cannot read, and a numbered row without a name', async () => {
    expect(await refusal(await workbook([['STT', 'Nội dung'], ['1', 'Dự án'], ['1a', 'X']]), 'x.xlsx')).toMatch(/"x.xlsx".*"PL01".*ô A3.*"1a"/);
    expect(await refusal(await workbook([['STT', 'Nội dung'], ['1', 'Dự án'], ['2', null]]), 'x.xlsx')).toMatch(/"x.xlsx".*"PL01".*ô B3/);
  });

  it('an empty sheet, and a table with a header and nothing under it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Bìa').getCell('A1').value = 'Quyết định';
    book.addWorksheet('PL02');
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(await refusal(bytes, 'rong.xlsx', 'PL02')).toMatch(/"rong.xlsx".*"PL02".*ô A1/);
    expect(await refusal(bytes, 'rong.xlsx', 'PL09')).toMatch(/"rong.xlsx".*"PL09".*"Bìa", "PL02"/);
    expect(await refusal(await workbook([['STT', 'Nội dung'], [null, 'Tổng cộng']]), 'rong.xlsx')).toMatch(/"rong.xlsx".*"PL01".*ô A1/);
  });
});

/** A level of a generated tree: how its lines are numbered, given their place among siblings. */
interface LevelStyle { stt: (n: number, parentStt: string) => string; word?: string; letters?: 'upper' | 'lower'; roman?: 'upper' | 'lower' }

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const STYLES: Record<string, LevelStyle> = {
  upperLetter: { stt: (n) => String.fromCharCode(64 + n), letters: 'upper' },
  upperRoman: { stt: (n) => `${ROMANS[n - 1]!}.`, roman: 'upper' },
  arabic: { stt: (n) => `${n}.` },
  lowerLetter: { stt: (n) => `${String.fromCharCode(96 + n)})`, letters: 'lower' },
  lowerRoman: { stt: (n) => ROMANS[n - 1]!.toLowerCase(), roman: 'lower' },
  dash: { stt: () => '-' },
  plus: { stt: () => '+' },
  star: { stt: () => '*' },
  project: { stt: () => '', word: 'Dự án' },
  subProject: { stt: () => '', word: 'Tiểu dự án' },
  component: { stt: () => '', word: 'Hợp phần' },
};
const dotted: LevelStyle = { stt: (n, parent) => `${parent.replace(/\.$/, '')}.${n}` };

type Expected = [string, string, number, number | null];

/** Distinct styles per level; a dotted level only under an Arabic or dotted one. Where letters and
 * Roman numerals of one case meet, letters stop at G: "I" under "H" is ambiguous to her too. */
function randomTree(r: () => number): Expected[] {
  const depth = 2 + Math.floor(r() * 3);
  const levels: LevelStyle[] = [];
  const names = Object.keys(STYLES);
  while (levels.length < depth) {
    const above = levels.at(-1);
    if (above && (above === STYLES.arabic || above === dotted) && r() < 0.5) { levels.push(dotted); continue; }
    const style = STYLES[names[Math.floor(r() * names.length)]!]!;
    if (!levels.includes(style)) levels.push(style);
  }
  const meet = (s: LevelStyle) => levels.some((l) => (s.letters && l.roman === s.letters) || (s.roman && l.letters === s.roman));
  const out: Expected[] = [];
  const grow = (level: number, parent: number | null, parentStt: string) => {
    const style = levels[level]!;
    const most = style.letters && meet(style) ? 7 : 12;
    const count = level === 0 ? 1 + Math.floor(r() * 4) : Math.floor(r() * Math.min(most, 4) + (r() < 0.1 ? most - 4 : 0));
    for (let n = 1; n <= Math.min(count, most); n++) {
      const stt = style.stt(n, parentStt);
      const name = style.word ? `${style.word} ${n}: nội dung ${out.length + 1}` : `Việc ${out.length + 1} ${stt}`;
      out.push([stt, name, level, parent]);
      if (level + 1 < levels.length) grow(level + 1, out.length - 1, stt);
    }
  };
  grow(0, null, '');
  return out;
}

describe('any tree written as STT and names reads back as the same tree', () => {
  it('holds for 40 random trees of mixed numbering styles', async () => {
    const r = prng(31);
    for (let i = 0; i < 40; i++) {
      const tree = randomTree(r);
      const bytes = await workbook([['STT', 'Nội dung', 'Kinh phí'], ...tree.map(([stt, name]) => [stt, name, 1000])]);
      const annex = await readCatalogAnnex(bytes, `cay-${i}.xlsx`);
      expect(shape(annex.lines), `tree ${i}: ${tree.map(([stt, name]) => stt || name).join(' | ')}`).toEqual(tree);
    }
  });
});
