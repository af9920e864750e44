// Issue 15, first slice: the province's annexes into her book from the command line, in the
// layouts provinces use, figures exactly as the fixtures' README gives them; bad input refused
// with the book left as it was.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { sovon } from '../support/cli';
import { legacyAnnex } from '../support/legacy-annex';
import { tempDir } from '../support/temp';
import { viewed } from '../support/import-view';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');
const expected = JSON.parse(/```json\n([\s\S]*?)```/.exec(fs.readFileSync(path.join(fixtures, 'README.md'), 'utf8'))![1]!) as {
  file: string; year: number; capital: 'DT' | 'SN'; expected_trieu: Record<string, number>;
}[];
let dir: string;
beforeAll(() => { dir = tempDir('import'); });

async function freshBook(name: string, unit = 'Ủy ban nhân dân huyện Phong Thổ'): Promise<string> {
  const file = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', file, '--unit', unit)).code).toBe(0);
  return file;
}

interface ImportJson { committed: boolean; layout: string; year: number; capital: string | null; unit: string; origin: { id: string; kind: string; label: string; complete: boolean }; claims: { node: string; capital: string | null; measure: string; year: number; value: number }[]; flags: unknown[] }

async function importJson(book: string, file: string, ...options: string[]): Promise<ImportJson> {
  const res = await sovon('import', book, file, '--json', ...options);
  expect(res.err).toBe('');
  return JSON.parse(res.out) as ImportJson;
}

describe('the province\'s sample annexes', () => {
  for (const sample of expected) {
    it(`reads ${sample.file} to the figures its README gives for Phong Thổ`, async () => {
      const book = await freshBook(sample.file);
      const before = fs.readFileSync(book);
      const dry = await importJson(book, path.join(fixtures, sample.file), '--dry-run');
      expect(fs.readFileSync(book).equals(before)).toBe(true);
      expect(dry).toMatchObject({ committed: false, year: sample.year, capital: sample.capital, unit: 'Huyện Phong Thổ', flags: [] });
      for (const [node, trieu] of Object.entries(sample.expected_trieu)) {
        expect(dry.claims.find((c) => c.node === node)).toMatchObject({ capital: sample.capital, measure: 'allocated', year: sample.year, value: trieu * 1_000_000 });
      }
      const done = await importJson(book, path.join(fixtures, sample.file));
      expect(done.committed).toBe(true);
      const b = Book.open(book);
      const origin = b.tables.origins().find((o) => o.id === done.origin.id)!;
      expect(origin).toMatchObject({ kind: 'province', complete: true, scope: { capitals: [sample.capital], measures: ['allocated'] } });
      expect(b.claims.select({ program: 'GNBV', origin: origin.id }).length).toBe(done.claims.length);
      b.close();
    });
  }

  it('names the origin after the decision the title quotes', async () => {
    const book = await freshBook('named');
    const res = await importJson(book, path.join(fixtures, 'sample-2022-units-as-rows.xlsx'), '--dry-run');
    expect(res.origin.label).toBe('QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL01)');
    expect(res.layout).toBe('units-as-rows');
  });

  it('recognises a file imported before, and leaves the book as it is', async () => {
    const book = await freshBook('twice');
    const file = path.join(fixtures, 'sample-2023-content-as-rows-dautu.xlsx');
    expect((await sovon('import', book, file)).code).toBe(0);
    const before = fs.readFileSync(book);
    const again = await sovon('import', book, file);
    expect(again).toMatchObject({ code: 1, err: expect.stringMatching(/đã được nhập vào sổ/) });
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });
});

describe('annexes as provinces really write them', () => {
  it('reads an annex typed in TCVN3 and VNI, a figure stored as text "1.234,5", and flags the province\'s own total', async () => {
    const file = path.join(dir, 'legacy.xlsx');
    await legacyAnnex().xlsx.writeFile(file);
    const book = await freshBook('legacy');
    const res = await importJson(book, file, '--capital', 'SN', '--dry-run');
    expect(res.claims.map((c) => [c.node, c.value])).toEqual([['GNBV', 2_085_000_000], ['DA1.1', 2_085_000_000], ['DA1.2', 1_234_500_000]]);
    // the province's Cộng (2.085) leaves out the 1.234,5 it stored as text
    expect(res.flags).toHaveLength(1);
    // the same annex as an old .xls (Excel 97-2003) reads to the same figures
    const xls = await importJson(book, path.resolve(import.meta.dirname, '../fixtures/import/legacy-annex.xls'), '--capital', 'SN', '--dry-run');
    expect(xls.claims.map((c) => [c.node, c.value])).toEqual(res.claims.map((c) => [c.node, c.value]));
  });

  it('reads contents as rows in đồng, with Roman numbering, a memo row and the total at the bottom', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục 2');
    ws.getCell('A1').value = 'GIAO DỰ TOÁN KINH PHÍ SỰ NGHIỆP NĂM 2024';
    ws.getCell('A2').value = '(Kèm theo Quyết định số 1520/QĐ-UBND ngày 25/12/2023 của UBND tỉnh Lai Châu)';
    ws.getCell('D3').value = 'Đơn vị tính: đồng';
    ws.addRow(['STT', 'Nội dung', 'Tổng số', 'Huyện Phong Thổ', 'Huyện Sìn Hồ']);
    ws.addRow(['A', 'B', '1=2+3', '2', '3']);
    ws.addRow(['I', 'Dự án 2: Đa dạng hóa sinh kế', 5_000_000_000, '3.000.000.000', 2_000_000_000]);
    ws.addRow(['', 'Trong đó: hỗ trợ hộ nghèo', 1_000_000_000, 600_000_000, 400_000_000]);
    ws.addRow(['II', 'Dự án 3: Hỗ trợ phát triển sản xuất', 1_500_000_000, 1_000_000_000, 500_000_000]);
    ws.addRow(['1', 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 1_500_000_000, 1_000_000_000, 500_000_000]);
    ws.addRow(['', 'Tổng cộng', 6_500_000_000, 4_000_000_000, 2_500_000_000]);
    ws.addRow([]);
    ws.addRow(['', 'Ghi chú: số liệu theo dự toán được giao']);
    const file = path.join(dir, 'contents.xlsx');
    await wb.xlsx.writeFile(file);
    const book = await freshBook('contents');
    const res = await importJson(book, file, '--dry-run');
    expect(res).toMatchObject({ layout: 'contents-as-rows', year: 2024, capital: 'SN', flags: [] });
    expect(res.claims.map((c) => [c.node, c.value])).toEqual([['DA2', 3_000_000_000], ['DA3', 1_000_000_000], ['DA3.1', 1_000_000_000], ['GNBV', 4_000_000_000]]);
  });
});

describe('what cannot be imported', () => {
  it('says which units the table has when hers is not among them, and writes nothing', async () => {
    const book = await freshBook('elsewhere', 'UBND xã Mường So');
    const before = fs.readFileSync(book);
    const res = await sovon('import', book, path.join(fixtures, 'sample-2022-units-as-rows.xlsx'));
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/Không thấy đơn vị "UBND xã Mường So".*"Huyện Phong Thổ"/);
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });

  it('refuses a text file named .xlsx, in Vietnamese, and writes nothing', async () => {
    const book = await freshBook('text');
    const file = path.join(dir, 'not-excel.xlsx');
    fs.writeFileSync(file, 'Đây không phải là bảng tính');
    const before = fs.readFileSync(book);
    const res = await sovon('import', book, file);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/không phải là bảng tính Excel/) });
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });
});

describe('the allocations into her books', () => {
  it('copies them where her books state nothing yet, and keeps a figure she entered', async () => {
    const book = await freshBook('to-books');
    expect((await sovon('set', book, '--year', '2022', '--node', 'DA2', '--capital', 'SN', '--measure', 'allocated', '--value', '6.000', '--scale', 'trieu')).code).toBe(0);
    const res = await sovon('import', book, path.join(fixtures, 'sample-2022-units-as-rows.xlsx'), '--to-books');
    expect(res.code).toBe(0);
    const b = Book.open(book);
    const books = b.claims.select({ program: 'GNBV', origin: 'books', year: 2022 });
    expect(books.find((c) => c.key.node === 'DA1.1')!.value).toBe(2_085_000_000);
    expect(books.find((c) => c.key.node === 'DA2')!.value).toBe(6_000_000_000);
    b.close();
    // and the check says where her books and the decision differ
    const check = await sovon('check', book, '--year', '2022');
    expect(check.out).toMatch(/DA2 · Vốn SN · Giao · năm 2022.*6\.629/);
  });
});

describe('her readings of a file, kept for the next one', () => {
  it('reads a header as she says, and the next file written the same way with it', async () => {
    const { Service } = await import('../../electron/backend/service/service');
    const file = path.join(dir, 'odd.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL');
    ws.getCell('A1').value = 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP NĂM 2024';
    ws.getCell('C2').value = 'ĐVT: triệu đồng';
    ws.addRow(['TT', 'Tên đơn vị', 'Cộng', 'Hỗ trợ nhà ở', 'Dự án 2']);
    ws.addRow([1, 'Huyện Phong Thổ', 150, 100, 50]);
    await wb.xlsx.writeFile(file);
    const book = await freshBook('profile');
    const service = new Service(Book.open(book));
    const input = { program: 'GNBV', fileName: 'odd.xlsx', data: fs.readFileSync(file).toString('base64') };
    const first = viewed(await service.call('previewImport', input));
    expect(first.mappings.find((m) => m.label === 'Hỗ trợ nhà ở')).toMatchObject({ node: null, corrected: false });
    const corrected = viewed(await service.call('previewImport', { ...input, corrections: [{ label: 'Hỗ trợ nhà ở', node: 'DA5' }] }));
    expect(corrected.figures.find((f) => f.node === 'DA5')).toMatchObject({ dong: 100_000_000, cell: 'D4' });
    await service.call('commitImport', { ...input, corrections: [{ label: 'Hỗ trợ nhà ở', node: 'DA5' }] });
    // next year's annex, written the same way: read with her reading, no need to say it again
    ws.getCell('A1').value = 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP NĂM 2025';
    ws.getRow(4).getCell(4).value = 120;
    await wb.xlsx.writeFile(file);
    const next = viewed(await service.call('previewImport', { ...input, data: fs.readFileSync(file).toString('base64') }));
    expect(next.mappings.find((m) => m.label === 'Hỗ trợ nhà ở')).toMatchObject({ node: 'DA5', corrected: true });
    expect(next.figures.find((f) => f.node === 'DA5')).toMatchObject({ dong: 120_000_000 });
    service.close();
  });
});

describe('the wizard\'s progress bar', () => {
  it('hears each step of an import while it runs, and nothing once it is done', async () => {
    const { Service } = await import('../../electron/backend/service/service');
    const service = new Service(Book.open(await freshBook('progress')));
    const file = path.join(fixtures, 'sample-2022-units-as-rows.xlsx');
    const input = { program: 'GNBV', fileName: 'sample-2022-units-as-rows.xlsx', data: fs.readFileSync(file).toString('base64'), toBooks: true };
    const seen = new Set<string>();
    let done = false;
    const running = service.call('commitImport', input).finally(() => { done = true; });
    while (!done) {
      const p = await service.call('importProgress', {});
      if (p) seen.add(`${p.step}/${p.steps} ${p.label}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await running;
    expect([...seen]).toEqual(['1/5 Đọc tệp Excel', '2/5 Tìm bảng số liệu', '3/5 Đọc dòng, cột và số', '4/5 Đối chiếu với sổ', '5/5 Sao lưu sổ và ghi số liệu']);
    expect(await service.call('importProgress', {})).toBeNull();
    service.close();
  });
});

describe('rows the province hid', () => {
  it('reads a hidden row (its figure is in the province\'s total) and says it was hidden', async () => {
    const { Service } = await import('../../electron/backend/service/service');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(fixtures, 'sample-2023-content-as-rows-dautu.xlsx'));
    wb.worksheets[0]!.getRow(9).hidden = true; // Tiểu dự án 2: 20.800 triệu for Phong Thổ
    const file = path.join(dir, 'hidden-row.xlsx');
    await wb.xlsx.writeFile(file);
    const service = new Service(Book.open(await freshBook('hidden-row')));
    const input = { program: 'GNBV', fileName: 'hidden-row.xlsx', data: fs.readFileSync(file).toString('base64') };
    const view = viewed(await service.call('previewImport', input));
    expect(view.figures.find((f) => f.node === 'DA1.2')).toMatchObject({ dong: 20_800_000_000, hidden: true, sure: false });
    expect(view.figures.find((f) => f.node === 'DA1.1')).toMatchObject({ hidden: false });
    await service.call('commitImport', input);
    const origin = service.book.tables.origins().find((o) => o.kind === 'province')!;
    const notes = service.book.claims.select({ program: 'GNBV', origin: origin.id }).map((c) => `${c.key.node}: ${c.note}`);
    expect(notes).toContain('DA1.2: hidden-row.xlsx, trang Phan bo 2023, ô F9 (dòng ẩn trong tệp)');
    service.close();
  });
});

describe('a table she cannot trust as it is', () => {
  it('names the cell with a formula error in her row, and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    ws.getCell('A1').value = 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP NĂM 2024';
    ws.getCell('D2').value = 'ĐVT: triệu đồng';
    ws.addRow(['TT', 'Tên đơn vị', 'Cộng', 'Dự án 2', 'Dự án 5']);
    ws.addRow([1, 'Huyện Sìn Hồ', 30, 10, 20]);
    ws.addRow([2, 'Huyện Phong Thổ', 30, { formula: '1/0', result: { error: '#DIV/0!' } }, 20]);
    const file = path.join(dir, 'div0.xlsx');
    await wb.xlsx.writeFile(file);
    const book = await freshBook('div0');
    const before = fs.readFileSync(book);
    const res = await sovon('import', book, file);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/trang "PL01", ô D5: "#DIV\/0!" ô có lỗi công thức/) });
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });

  it('says so when a table of another programme has nothing it can place', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('NTM');
    ws.getCell('A1').value = 'PHÂN BỔ KINH PHÍ SỰ NGHIỆP CHƯƠNG TRÌNH NÔNG THÔN MỚI NĂM 2024';
    ws.getCell('D2').value = 'ĐVT: triệu đồng';
    ws.addRow(['TT', 'Tên đơn vị', 'Bê tông hóa đường làng', 'Nước sạch nông thôn', 'Chợ nông thôn']);
    ws.addRow([1, 'Huyện Phong Thổ', 300, 200, 100]);
    ws.addRow([2, 'Huyện Sìn Hồ', 100, 200, 300]);
    const file = path.join(dir, 'ntm.xlsx');
    await wb.xlsx.writeFile(file);
    const book = await freshBook('ntm');
    const res = await sovon('import', book, file);
    expect(res).toMatchObject({ code: 1, err: expect.stringMatching(/có thể đây là bảng của chương trình khác/) });
  });
});

describe('a report with measures under each unit', () => {
  it('reads her unit\'s plan, disbursement and rate (a percentage cell) by the words over each column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 02');
    ws.getCell('A1').value = 'TÌNH HÌNH GIẢI NGÂN VỐN SỰ NGHIỆP NĂM 2024';
    ws.getCell('A2').value = 'Lai Châu, ngày 10 tháng 01 năm 2025';
    ws.getCell('E3').value = 'ĐVT: triệu đồng';
    ws.addRow(['STT', 'Nội dung', 'Huyện Phong Thổ', '', '', 'Huyện Sìn Hồ', '', '']);
    ws.addRow(['', '', 'Kế hoạch vốn', 'Giải ngân', 'Tỷ lệ giải ngân', 'Kế hoạch vốn', 'Giải ngân', 'Tỷ lệ giải ngân']);
    ws.mergeCells('C4:E4');
    ws.mergeCells('F4:H4');
    ws.addRow(['I', 'Dự án 2: Đa dạng hóa sinh kế', 3_000, 2_400, 0.8, 2_000, 1_000, 0.5]);
    ws.addRow(['II', 'Dự án 3: Hỗ trợ phát triển sản xuất', 1_000, 900, 0.9, 500, 500, 1]);
    for (const col of ['E', 'H']) for (const row of [6, 7]) ws.getCell(`${col}${row}`).numFmt = '0.00%';
    const file = path.join(dir, 'measures-by-unit.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await importJson(await freshBook('measures-by-unit'), file, '--dry-run');
    expect(res).toMatchObject({ layout: 'contents-as-rows', year: 2024, capital: 'SN', unit: 'Huyện Phong Thổ' });
    expect(res.claims.map((c) => [c.node, c.measure, c.value])).toEqual([
      ['DA2', 'allocated', 3_000_000_000], ['DA2', 'disbursed', 2_400_000_000], ['DA2', 'rate', '80'],
      ['DA3', 'allocated', 1_000_000_000], ['DA3', 'disbursed', 900_000_000], ['DA3', 'rate', '90'],
    ]);
    expect(res.flags).toEqual([]);
  });

  it('reads her own table of measures by capital type, with a Tổng số column, as one unit\'s', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Giải ngân');
    ws.getCell('A1').value = 'TÌNH HÌNH GIAO VỐN VÀ GIẢI NGÂN NĂM 2023';
    ws.getCell('A2').value = 'Đơn vị tính: triệu đồng';
    ws.addRow(['STT', 'Nội dung', 'Kế hoạch vốn giao trong năm', '', '', 'Giải ngân', '', '']);
    ws.addRow(['', '', 'Vốn ĐT', 'Vốn SN', 'Tổng số', 'Vốn ĐT', 'Vốn SN', 'Tổng số']);
    ws.mergeCells('C3:E3');
    ws.mergeCells('F3:H3');
    ws.addRow(['I', 'Dự án 3: Hỗ trợ phát triển sản xuất', 100, 50, 150, 90, 40, 130]);
    const file = path.join(dir, 'measures-by-capital.xlsx');
    await wb.xlsx.writeFile(file);
    const res = await importJson(await freshBook('measures-by-capital'), file, '--dry-run');
    expect(res).toMatchObject({ layout: 'measures-as-columns', year: 2023, capital: null });
    expect(res.claims.map((c) => [c.measure, c.capital, c.value / 1e6])).toEqual([
      ['allocated', 'DT', 100], ['allocated', 'SN', 50], ['allocated', null, 150],
      ['disbursed', 'DT', 90], ['disbursed', 'SN', 40], ['disbursed', null, 130],
    ]);
    expect(res.flags).toEqual([]); // its Tổng số columns add up, and nothing in the new book disagrees
    // into her books: the flows by capital type, not the Tổng số her books add up themselves
    const book = await freshBook('measures-to-books');
    const committed = await importJson(book, file, '--to-books');
    expect(committed.committed).toBe(true);
    const books = JSON.parse((await sovon('claims', 'export', book, '--origin', 'books')).out) as { claims: { node: string; capital: string | null; measure: string; value: number }[] };
    expect(books.claims.map((c) => [c.node, c.measure, c.capital, c.value / 1e6]).sort()).toEqual([
      ['DA3', 'allocated', 'DT', 100], ['DA3', 'allocated', 'SN', 50], ['DA3', 'disbursed', 'DT', 90], ['DA3', 'disbursed', 'SN', 40],
    ]);
  });
});

describe('a family of annexes, not two files', () => {
  it('reads Phong Thổ\'s figures from annexes written in many ways', async () => {
    const { annexVariant } = await import('../support/annex-variants');
    const book = await freshBook('variants');
    for (let seed = 1; seed <= 24; seed++) {
      const { book: wb, expected, variant } = annexVariant(seed);
      const file = path.join(dir, `variant-${seed}.xlsx`);
      await wb.xlsx.writeFile(file);
      const res = await sovon('import', book, file, '--dry-run', '--json');
      expect(res.err, JSON.stringify(variant)).toBe('');
      const got = Object.fromEntries((JSON.parse(res.out) as ImportJson).claims.map((c) => [c.node, c.value]));
      expect(got, JSON.stringify(variant)).toEqual(expected);
    }
  }, 60_000);
});

describe('a list of works', () => {
  async function worksList(file: string, plan2024: number) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh mục');
    ws.getCell('A1').value = 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN NĂM 2024 CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG';
    ws.getCell('H2').value = 'ĐVT: triệu đồng';
    ws.addRow(['STT', 'Danh mục công trình', 'Địa điểm', 'Chủ đầu tư', 'Quyết định đầu tư', 'Tổng mức đầu tư', 'Lũy kế vốn đã bố trí đến hết năm 2023', 'Kế hoạch vốn năm 2024']);
    ws.addRow(['', 'TỔNG SỐ', '', '', '', 20_000, 6_000, plan2024 + 4_000]);
    ws.addRow(['I', 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo', '', '', '', 20_000, 6_000, plan2024 + 4_000]);
    ws.addRow(['1', 'Tiểu dự án 1', '', '', '', 20_000, 6_000, plan2024 + 4_000]);
    ws.addRow(['1', 'Sửa chữa trường THCS xã Mường So', 'Mường So', 'UBND huyện Phong Thổ', '123/QĐ-UBND 12/5/2023', 5_000, 2_000, plan2024]);
    ws.addRow(['2', 'Đường GTNT bản Nậm Xe\n(giai đoạn 2)', 'Nậm Xe', 'UBND huyện Phong Thổ', '124/QĐ-UBND 12/5/2023', 7_000, 1_000, 1_500]);
    ws.addRow(['3', 'Nhà văn hóa bản Chang', 'Sìn Hồ', 'UBND huyện Sìn Hồ', '88/QĐ-UBND 2/3/2023', 8_000, 3_000, 4_000 - 1_500]);
    await wb.xlsx.writeFile(file);
  }

  it('adds her works as lines under their sub-project, with this year\'s plan, and fills them the next time', async () => {
    const book = await freshBook('works');
    const file = path.join(dir, 'works.xlsx');
    await worksList(file, 2_500);
    const res = await sovon('import', book, file, '--json');
    expect(res.err).toBe('');
    const out = JSON.parse(res.out) as ImportJson & { layout: string };
    expect(out).toMatchObject({ layout: 'works', capital: 'DT', year: 2024 });
    const b = Book.open(book);
    const works = b.tables.lines('GNBV').filter((l) => l.kind === 'work');
    expect(works.map((l) => [l.parent, l.name])).toEqual([['DA1.1', 'Sửa chữa trường THCS xã Mường So'], ['DA1.1', 'Đường GTNT bản Nậm Xe (giai đoạn 2)']]);
    expect(out.claims.filter((c) => c.node.startsWith('DA1.1-W')).map((c) => c.value)).toEqual([2_500_000_000, 1_500_000_000]);
    b.close();
    // next year's list names the same works: they are filled, not added again
    const next = path.join(dir, 'works-2.xlsx');
    await worksList(next, 3_000);
    const again = JSON.parse((await sovon('import', book, next, '--dry-run', '--json')).out) as ImportJson;
    expect(again.claims.filter((c) => c.node.startsWith('DA1.1-W')).map((c) => c.node)).toEqual(works.map((l) => l.code));
  });
});
