// Issue 26: three annexes Lai Châu writes that the importer misread. Each header cell and each row
// is first recognised for what it is: a line's name is never a capital type, a "Tổng số" beside
// capital columns adds them, a group row or a district's total never becomes a work.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { loadCatalog } from '../../electron/backend/catalogs';
import { commitImport } from '../../electron/backend/import/commit-import';
import { previewImportBytes } from '../../electron/backend/import/import-file';
import { defaultSettings } from '../../shared/settings';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';
import { encodeTcvn3, encodeVni } from '../support/annex-corpus/legacy-encode';

const DA1 = 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo';
let book: Book;
let dir: string;
beforeAll(() => { dir = tempDir('import-roles'); book = Book.create(path.join(dir, 'roles.sovon'), defaultSettings('Roles', 'Phong Thổ'), [loadCatalog('gnbv-2021-2025')]); });
afterAll(() => book.close());

async function read(wb: ExcelJS.Workbook) {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const p = await previewImportBytes(book, bytes, 'phu-luc.xlsx', { program: 'GNBV' });
  const work = (code: string) => p.plan.lines.find((l) => l.code === code);
  return {
    preview: p,
    figures: p.claims.map((c) => {
      const w = work(c.key.node);
      return [w ? `${w.parent}/${w.name}` : c.key.node, c.key.capital, c.key.measure, Number(c.value) / 1e6];
    }),
  };
}

function sheet(wb: ExcelJS.Workbook, name: string, title: string, scaleAt: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = title;
  ws.getCell('A2').value = '(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/01/2024 của UBND tỉnh Lai Châu)';
  ws.getCell(scaleAt).value = 'ĐVT: triệu đồng';
  return ws;
}

/** Units as rows, Dự án 1's full name merged over its two sub-projects; `da2` as Dự án 2's caption. */
function sựNghiệpAnnex(da2 = 'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, 'PL01', 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024', 'F3');
  for (const r of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5']) ws.mergeCells(r);
  Object.entries({ A4: 'STT', B4: 'Tên đơn vị', C4: 'Tổng số', D4: DA1, D5: 'Tiểu dự án 1', E5: 'Tiểu dự án 2', F4: da2 })
    .forEach(([ref, text]) => { ws.getCell(ref).value = text; });
  ws.getRow(6).values = ['', 'Tổng cộng', 3811.5, 1510.5, 2001, 300];
  ws.getRow(7).values = [1, 'Huyện Mường Tè', 11, 10, 1, 0];
  ws.getRow(8).values = [2, 'Huyện Phong Thổ', 3800.5, 1500.5, 2000, 300];
  return wb;
}

describe('a sự nghiệp annex whose project caption names "đầu tư phát triển"', () => {
  it('reads Dự án 1\'s sub-project columns as sự nghiệp money, as the title says, and the province\'s total adds up', async () => {
    const { preview, figures } = await read(sựNghiệpAnnex());
    expect(figures).toEqual([['GNBV', 'SN', 'allocated', 3800.5], ['DA1.1', 'SN', 'allocated', 1500.5], ['DA1.2', 'SN', 'allocated', 2000], ['DA2', 'SN', 'allocated', 300]]);
    expect(preview.flags).toEqual([]);
  });
});

describe('contents as rows, districts as column groups with their capital under each', () => {
  it('reads each column\'s capital from its own words, and a Tổng số under her district as both capitals together', async () => {
    const { preview, figures } = await read(contentsByDistrict());
    expect(preview.plan.unit).toBe('H. Phong Thổ');
    expect(figures).toEqual([
      ['GNBV', null, 'allocated', 1500], ['GNBV', 'DT', 'allocated', 1000], ['GNBV', 'SN', 'allocated', 500],
      ['DA1', null, 'allocated', 1200], ['DA1', 'DT', 'allocated', 1000], ['DA1', 'SN', 'allocated', 200],
      ['DA1.1', null, 'allocated', 1000], ['DA1.1', 'DT', 'allocated', 800], ['DA1.1', 'SN', 'allocated', 200],
      ['DA1.2', null, 'allocated', 200], ['DA1.2', 'DT', 'allocated', 200],
      ['DA2', null, 'allocated', 300], ['DA2', 'SN', 'allocated', 300],
    ]);
    expect(preview.flags).toEqual([]);
  });

  it('reads a column as she says (its measure and capital, or not at all), and the next file of that shape so too', async () => {
    const wb = contentsByDistrict();
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const file = path.join(dir, 'columns.sovon');
    const own = Book.create(file, defaultSettings('Cột', 'Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
    try {
      const columns = [{ label: 'H. Phong Thổ / Tổng số', skip: true }, { label: 'H. Phong Thổ / Vốn đầu tư phát triển', measure: 'disbursed' as const, capital: 'DT' as const }];
      const asked = await previewImportBytes(own, bytes, 'a.xlsx', { program: 'GNBV', columns });
      const shown = (p: typeof asked) => p.claims.filter((c) => c.key.node === 'DA1').map((c) => [c.key.measure, c.key.capital, Number(c.value) / 1e6]);
      expect(shown(asked)).toEqual([['disbursed', 'DT', 1000], ['allocated', 'SN', 200]]);
      expect(asked.view.columns.filter((c) => c.corrected).map((c) => c.at)).toEqual(['I', 'J']);
      commitImport(own, asked, bytes);
      const next = await previewImportBytes(own, Buffer.from(await contentsByDistrict('2025').xlsx.writeBuffer()), 'b.xlsx', { program: 'GNBV' });
      expect(shown(next)).toEqual([['disbursed', 'DT', 1000], ['allocated', 'SN', 200]]);
    } finally {
      own.close();
    }
  });
});

function contentsByDistrict(year = '2024'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = sheet(wb, 'PL02', `PHÂN BỔ KẾ HOẠCH VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM ${year}`, 'K2');
  ws.getRow(3).values = ['STT', 'Nội dung', 'Tổng số', null, null, 'Huyện Sìn Hồ', null, null, 'H. Phong Thổ'];
  ws.getRow(4).values = [null, null, ...Array(3).fill(['Tổng số', 'Vốn đầu tư phát triển', 'Vốn sự nghiệp']).flat()];
  ['A3:A4', 'B3:B4', 'C3:E3', 'F3:H3', 'I3:K3'].forEach((r) => ws.mergeCells(r));
  ws.getRow(5).values = ['', 'TỔNG SỐ', 1650, 1100, 550, 150, 100, 50, 1500, 1000, 500];
  ws.getRow(6).values = ['I', DA1, 1300, 1100, 200, 100, 100, 0, 1200, 1000, 200];
  ws.getRow(7).values = ['1', 'Tiểu dự án 1', 1100, 900, 200, 100, 100, 0, 1000, 800, 200];
  ws.getRow(8).values = ['2', 'Tiểu dự án 2', 200, 200, null, null, null, null, 200, 200, null];
  ws.getRow(9).values = ['II', 'Dự án 2: Đa dạng hóa sinh kế', 350, null, 350, 50, null, 50, 300, null, 300];
  return wb;
}

describe('a list of works in district sections, with groups of works', () => {
  it('takes only her district\'s works, never a group row or another district\'s total', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = sheet(wb, 'DM', 'DANH MỤC DỰ ÁN ĐẦU TƯ NĂM 2024 CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG', 'F2');
    ws.getRow(3).values = ['STT', 'Danh mục dự án', 'Địa điểm', 'Quyết định đầu tư', 'Tổng mức đầu tư', 'Kế hoạch vốn năm 2024'];
    const rows = [
      ['', 'TỔNG SỐ', '', '', 9000, 4500],
      ['I', 'Huyện Mường Tè', '', '', 3000, 1500],
      ['1', 'Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng', '', '', 3000, 1500],
      ['a)', 'Dự án chuyển tiếp', '', '', 3000, 1500],
      ['-', 'Đường bản Pa Ủ', 'Pa Ủ', '12/QĐ-UBND', 3000, 1500],
      ['II', 'Huyện Phong Thổ', '', '', 6000, 3000],
      ['1', 'Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng', '', '', 4000, 2000],
      ['a)', 'Dự án chuyển tiếp', '', '', 2500, 1200],
      ['-', 'Trường THCS Mường So', 'Mường So', '5/QĐ-UBND', 2500, 1200],
      ['b)', 'Dự án khởi công mới', '', '', 1500, 800],
      ['-', 'Đường Nậm Xe', 'Nậm Xe', '6/QĐ-UBND', 1500, 800],
      ['2', 'Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo', '', '', 2000, 1000],
      ['-', 'Cầu Huổi Luông', 'Huổi Luông', '7/QĐ-UBND', 2000, 1000],
    ];
    rows.forEach((r, i) => { ws.getRow(4 + i).values = r; });
    const { preview, figures } = await read(wb);
    expect(preview.plan.layout).toBe('works');
    expect(figures).toEqual([
      ['GNBV', 'DT', 'allocated', 3000], ['DA1.1', 'DT', 'allocated', 2000],
      ['DA1.1/Trường THCS Mường So', 'DT', 'allocated', 1200], ['DA1.1/Đường Nậm Xe', 'DT', 'allocated', 800],
      ['DA1.2', 'DT', 'allocated', 1000], ['DA1.2/Cầu Huổi Luông', 'DT', 'allocated', 1000],
    ]);
    expect(preview.flags).toEqual([]);
  });
});

async function cliBook(name: string): Promise<string> {
  const file = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', file, '--unit', 'Phong Thổ')).code).toBe(0);
  return file;
}

describe('the reading, as she would check it', () => {
  it('prints each header cell\'s role, what each column is read as, each row\'s role and hers (--explain)', async () => {
    const file = path.join(dir, 'explain.xlsx');
    await sựNghiệpAnnex().xlsx.writeFile(file);
    const res = await sovon('import', await cliBook('explain'), file, '--dry-run', '--explain');
    expect(res.err).toBe('');
    expect(res.out).toContain('Bảng có đơn vị theo dòng: dòng 8 là đơn vị "Huyện Phong Thổ".');
    expect(res.out).toMatch(/★ D +"Dự án 1: Hỗ trợ đầu tư phát triển[^\n]*\[dòng chương trình\] › "Tiểu dự án 1" \[dòng chương trình\] → DA1\.1 · Vốn SN · Giao/);
    expect(res.out).toMatch(/★ 8 +Đơn vị +"Huyện Phong Thổ"/);
    expect(res.out).toMatch(/ {3}6 +Tổng +"Tổng cộng"/);
    expect(res.out).toContain('Không có chỗ nào đọc chưa chắc.');
  });

  it('never writes a reading it is unsure of without her say: a near name refuses the import until --yes', async () => {
    const file = path.join(dir, 'near-name.xlsx');
    await sựNghiệpAnnex('Đa dạng hóa sinh kế và phát triển mô hình giảm nghèo').xlsx.writeFile(file);
    const cli = await cliBook('near-name');
    const origins = () => { const b = Book.open(cli); try { return b.tables.origins().length; } finally { b.close(); } };
    const before = origins();
    const refused = await sovon('import', cli, file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/1 chỗ Sổ Vốn đọc chưa chắc[\s\S]*F: "Đa dạng hóa sinh kế và phát triển mô hình giảm nghèo" được đọc là DA2 vì tên gần giống[\s\S]*--yes/);
    expect(origins()).toBe(before);
    const taken = await sovon('import', cli, file, '--yes', '--json');
    expect(taken.err).toBe('');
    expect((JSON.parse(taken.out) as { claims: { node: string; value: number }[] }).claims.find((c) => c.node === 'DA2')?.value).toBe(300_000_000);
    expect(origins()).toBe(before + 1);
  });
});

describe('where the words allow two readings, the province\'s arithmetic decides', () => {
  /** One header row: "Dự án 1 | Tiểu dự án 1 | Tiểu dự án 2 | Dự án 2", sub-projects named without their project. */
  function flatHeader(da1: (tda1: number, tda2: number) => number): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = sheet(wb, 'PL01', 'PHÂN BỔ KINH PHÍ SỰ NGHIỆP NĂM 2024', 'F3');
    ws.getRow(4).values = ['STT', 'Tên đơn vị', 'Dự án 1', 'Tiểu dự án 1', 'Tiểu dự án 2', 'Dự án 2'];
    ws.getRow(5).values = [1, 'Huyện Mường Tè', da1(10, 5), 10, 5, 7];
    ws.getRow(6).values = [2, 'Huyện Phong Thổ', da1(300, 200), 300, 200, 90];
    ws.getRow(7).values = [3, 'Huyện Sìn Hồ', da1(40, 0), 40, null, 8];
    return wb;
  }

  it('reads a sub-project named alone under the project to its left, sure when the project\'s column adds them up', async () => {
    const { preview, figures } = await read(flatHeader((a, b) => a + b));
    expect(figures).toEqual([['DA1', 'SN', 'allocated', 500], ['DA1.1', 'SN', 'allocated', 300], ['DA1.2', 'SN', 'allocated', 200], ['DA2', 'SN', 'allocated', 90]]);
    expect(preview.plan.reading.doubts).toEqual([]);
    expect(preview.view.decisions).toContain('Các cột D, E ghi tiểu dự án không kèm dự án: đọc thuộc dự án bên trái (cột C); cột C bằng tổng của chúng trên các dòng của bảng, nên chắc chắn.');
  });

  it('reads them so but asks her to look when the province\'s sums say otherwise', async () => {
    const { preview, figures } = await read(flatHeader((a) => a));
    expect(figures.map((f) => f[0])).toEqual(['DA1', 'DA1.1', 'DA1.2', 'DA2']);
    expect(preview.plan.reading.doubts.map((d) => d.kind === 'guessedLine' && d.label)).toEqual(['Tiểu dự án 1', 'Tiểu dự án 2']);
    expect(preview.view.decisions.at(-1)).toMatch(/phép cộng của tỉnh không xác nhận, nên chưa chắc\.$/);
  });

  it('reads "Trong đó: NSTW" beside a Tổng số as the central budget\'s part of it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = sheet(wb, 'PL03', 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN NĂM 2024', 'E3');
    ws.getRow(4).values = ['STT', 'Nội dung', 'H. Phong Thổ', null, 'H. Sìn Hồ', null];
    ws.getRow(5).values = [null, null, 'Tổng số', 'Trong đó: NSTW', 'Tổng số', 'Trong đó: NSTW'];
    ws.mergeCells('C4:D4');
    ws.mergeCells('E4:F4');
    ws.getRow(6).values = ['', 'Tổng số', 1200, 1000, 50, 40];
    ws.getRow(7).values = ['1', 'Dự án 1', 1200, 1000, 50, 40];
    const { preview } = await read(wb);
    expect(preview.claims.map((c) => [c.key.node, c.key.source, Number(c.value) / 1e6])).toEqual([['GNBV', null, 1200], ['GNBV', 'NSTW', 1000], ['DA1', null, 1200], ['DA1', 'NSTW', 1000]]);
  });
});

describe('the same annexes typed in the old fonts', () => {
  /** Every text cell re-typed in a legacy encoding, drawn with its font, as old templates are. */
  function retype(wb: ExcelJS.Workbook, encoding: 'tcvn3' | 'vni'): ExcelJS.Workbook {
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value !== 'string' || (cell.isMerged && cell.master !== cell)) return;
      // TCVN3 has no accented capitals: a title in capitals is typed in lowercase in .VnTimeH
      const capitals = encoding === 'tcvn3' && cell.value === cell.value.toUpperCase() && cell.value !== cell.value.toLowerCase();
      cell.value = encoding === 'vni' ? encodeVni(cell.value) : encodeTcvn3(cell.value, capitals);
      cell.font = { name: encoding === 'vni' ? 'VNI-Times' : capitals ? '.VnTimeH' : '.VnTime', size: 12 };
    })));
    return wb;
  }

  it('reads the sự nghiệp annex in TCVN3 with Dự án 1\'s columns as sự nghiệp money', async () => {
    const { figures } = await read(retype(sựNghiệpAnnex(), 'tcvn3'));
    expect(figures).toEqual([['GNBV', 'SN', 'allocated', 3800.5], ['DA1.1', 'SN', 'allocated', 1500.5], ['DA1.2', 'SN', 'allocated', 2000], ['DA2', 'SN', 'allocated', 300]]);
  });

  it('reads the table of districts with their capital columns typed in VNI', async () => {
    const { preview, figures } = await read(retype(contentsByDistrict(), 'vni'));
    expect(preview.plan.unit).toBe('H. Phong Thổ');
    expect(figures.filter((f) => f[0] === 'DA1')).toEqual([['DA1', null, 'allocated', 1200], ['DA1', 'DT', 'allocated', 1000], ['DA1', 'SN', 'allocated', 200]]);
  });
});

describe('her own half-year report brought back in', () => {
  it('reads the plan\'s Tổng số over carry-in and the year\'s allocation as the money available, and never an estimate as disbursed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = sheet(wb, 'BC 6 thang', 'BÁO CÁO TÌNH HÌNH THỰC HIỆN VỐN SỰ NGHIỆP 6 THÁNG ĐẦU NĂM 2023 HUYỆN PHONG THỔ', 'H3');
    ws.getRow(4).values = ['STT', 'Nội dung', 'Tổng kế hoạch vốn năm 2023', null, null, 'Giải ngân', null, 'Ước giải ngân cả năm 2023', 'Ghi chú'];
    ws.getRow(5).values = [null, null, 'Tổng số', 'Vốn năm 2022 kéo dài sang', 'Vốn giao năm 2023', 'Lũy kế từ đầu năm đến 30/6', 'Tỷ lệ (%)', null, null];
    ['A4:A5', 'B4:B5', 'C4:E4', 'F4:G4', 'H4:H5', 'I4:I5'].forEach((r) => ws.mergeCells(r));
    ws.getRow(6).values = ['', 'Tổng số', 1200, 200, 1000, 300, 25, 1100, ''];
    ws.getRow(7).values = ['1', 'Dự án 2: Đa dạng hóa sinh kế', 1200, 200, 1000, 300, 25, 1100, 'đúng tiến độ'];
    const { preview } = await read(wb);
    const da2 = preview.claims.filter((c) => c.key.node === 'DA2' && c.key.measure !== 'rate').map((c) => [c.key.measure, Number(c.value) / 1e6]);
    expect(da2).toEqual([['available', 1200], ['carry_in', 200], ['allocated', 1000], ['disbursed', 300]]);
  });
});
