// Every question the import cannot answer from the file comes to the window as a question with
// its answers, to ask with a control (issue 29): her unit, the sheet, the year, the table's unit
// of money. What the window gets names no command-line option; `sovon import` still names it.
// Her answer, sent with the same file, reads it.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportView } from '../../shared/api';
import type { ImportAsk } from '../../shared/import/question';
import { Book } from '../../electron/backend/book/book';
import { loadCatalog } from '../../electron/backend/catalogs';
import { Service } from '../../electron/backend/service/service';
import { defaultSettings } from '../../shared/settings';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/province');
const dir = tempDir('import-questions');
const OPTION = /--[a-z]/;
const services: Service[] = [];
afterAll(() => services.forEach((s) => s.close()));

function serviceFor(name: string, unit: string): Service {
  const service = new Service(Book.create(path.join(dir, `${name}.sovon`), defaultSettings('Sổ', unit), [loadCatalog('gnbv-2021-2025')]));
  services.push(service);
  return service;
}

/** A small annex: her district's row and another's, under projects as columns. */
async function annex(name: string, o: { title?: string; scale?: string | null; extraSheet?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (o.extraSheet) wb.addWorksheet(o.extraSheet).getCell('A1').value = 'Ghi chú của phòng tài chính';
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = o.title ?? 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2024';
  if (o.scale !== null) ws.getCell('D2').value = o.scale ?? 'ĐVT: triệu đồng';
  ws.addRow(['TT', 'Đơn vị', 'Tổng số', 'Dự án 2', 'Dự án 3']);
  ws.addRow([1, 'Huyện Phong Thổ', 300, 100, 200]);
  ws.addRow([2, 'Huyện Sìn Hồ', 90, 40, 50]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Contents as rows, a column per district: hers left blank by the province. */
async function contents(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PL01');
  ws.getCell('A1').value = 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP NĂM 2024';
  ws.getCell('D2').value = 'ĐVT: triệu đồng';
  ws.addRow(['TT', 'Nội dung', 'Huyện Phong Thổ', 'Huyện Sìn Hồ']);
  ws.addRow(['1', 'Dự án 2', null, 40]);
  ws.addRow(['2', 'Dự án 3', null, 50]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const input = (file: string, more: object = {}) => ({ program: 'GNBV', fileName: path.basename(file), data: fs.readFileSync(file).toString('base64'), ...more });

/** The reply is a question of that kind, worded without an option, about the file she chose. */
function asked(reply: ImportView | ImportAsk, kind: string): ImportAsk {
  expect('question' in reply, JSON.stringify(reply).slice(0, 300)).toBe(true);
  const ask = reply as ImportAsk;
  expect(ask.question.ask).toBe(kind);
  expect(ask.message).not.toMatch(OPTION);
  expect(JSON.stringify(ask)).not.toMatch(OPTION);
  return ask;
}

function read(reply: ImportView | ImportAsk): ImportView {
  expect('question' in reply, 'question' in reply ? reply.message : '').toBe(false);
  return reply as ImportView;
}

describe('the questions of an import, as the wizard gets them', () => {
  it('asks for her unit when the table has none of that name, with the table\'s units to pick from', async () => {
    const service = serviceFor('elsewhere', 'UBND xã Mường So');
    const file = path.join(fixtures, 'sample-2022-units-as-rows.xlsx');
    const ask = asked(await service.call('previewImport', input(file)), 'unit');
    expect(ask.question).toMatchObject({ why: 'notFound', tried: 'UBND xã Mường So' });
    expect(ask.question.ask === 'unit' && ask.question.units).toContain('Huyện Phong Thổ');
    expect(ask).toMatchObject({ file: 'sample-2022-units-as-rows.xlsx', sheet: 'PL01' });
    expect(read(await service.call('previewImport', input(file, { unit: 'Huyện Phong Thổ' }))).unit).toBe('Huyện Phong Thổ');
  });

  it('asks for her unit when the book names none', async () => {
    const service = serviceFor('unnamed', '');
    const file = path.join(fixtures, 'sample-2022-units-as-rows.xlsx');
    const ask = asked(await service.call('previewImport', input(file)), 'unit');
    expect(ask.question).toMatchObject({ why: 'unnamed', tried: null });
    expect(ask.question.ask === 'unit' && ask.question.units).toContain('Huyện Phong Thổ');
    expect(read(await service.call('previewImport', input(file, { unit: 'Huyện Phong Thổ' }))).figures.length).toBeGreaterThan(0);
  });

  it('asks for another unit when hers has no figure in the table', async () => {
    const service = serviceFor('empty', 'Huyện Phong Thổ');
    const file = await contents('empty.xlsx');
    const ask = asked(await service.call('previewImport', input(file)), 'unit');
    expect(ask.question).toMatchObject({ why: 'empty', units: ['Huyện Phong Thổ', 'Huyện Sìn Hồ'] });
    expect(read(await service.call('previewImport', input(file, { unit: 'Huyện Sìn Hồ' }))).unit).toBe('Huyện Sìn Hồ');
  });

  it('asks for a sheet when the one named is not in the file, or holds no table', async () => {
    const service = serviceFor('sheets', 'Huyện Phong Thổ');
    const file = await annex('sheets.xlsx', { extraSheet: 'Ghi chú' });
    expect(asked(await service.call('previewImport', input(file, { sheet: 'Không có' })), 'sheet')).toMatchObject({ question: { why: 'missing' }, sheets: ['Ghi chú', 'PL01'] });
    expect(asked(await service.call('previewImport', input(file, { sheet: 'Ghi chú' })), 'sheet').question).toMatchObject({ why: 'noTable', tried: 'Ghi chú' });
    expect(read(await service.call('previewImport', input(file, { sheet: 'PL01' }))).sheet).toBe('PL01');
  });

  it('asks for another sheet when the first table is another programme\'s', async () => {
    const service = serviceFor('programme', 'Huyện Phong Thổ');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await annex('programme-base.xlsx'));
    const other = wb.addWorksheet('Chi thường xuyên');
    other.getCell('A1').value = 'DỰ TOÁN CHI THƯỜNG XUYÊN NĂM 2024';
    other.getCell('C2').value = 'ĐVT: triệu đồng';
    other.addRow(['TT', 'Nội dung', 'Số tiền']);
    other.addRow(['1', 'Mua sắm bàn ghế', 100]);
    const file = path.join(dir, 'programme.xlsx');
    await wb.xlsx.writeFile(file);
    const ask = asked(await service.call('previewImport', input(file, { sheet: 'Chi thường xuyên' })), 'sheet');
    expect(ask).toMatchObject({ question: { why: 'otherProgramme', tried: 'Chi thường xuyên' }, sheets: ['PL01', 'Chi thường xuyên'] });
  });

  it('asks for the year when the title says none, and the scale when no line says it', async () => {
    const service = serviceFor('year', 'Huyện Phong Thổ');
    const noYear = await annex('no-year.xlsx', { title: 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP' });
    asked(await service.call('previewImport', input(noYear)), 'year');
    expect(read(await service.call('previewImport', input(noYear, { year: 2024 }))).year).toBe(2024);
    const noScale = await annex('no-scale.xlsx', { scale: null });
    expect(asked(await service.call('previewImport', input(noScale)), 'scale').question).toMatchObject({ scales: ['trieu', 'nghin', 'dong'] });
    const view = read(await service.call('previewImport', input(noScale, { scale: 'trieu' })));
    expect(view.figures.find((f) => f.node === 'DA2')).toMatchObject({ dong: 100_000_000 });
  });
});

describe('what the window is told when it writes', () => {
  it('asks for what the wizard has a control for, in its words: what is unsure, the same decision, both choices at once', async () => {
    const service = serviceFor('commit', 'Huyện Phong Thổ');
    // no capital type in title or columns: a doubt, to tick "Đã kiểm tra" for
    const silent = await annex('silent.xlsx', { title: 'PHÂN BỔ KẾ HOẠCH VỐN NĂM 2024' });
    const unsure = await service.call('commitImport', input(silent)).then(() => '', (e: Error) => e.message);
    expect(unsure).toMatch(/chỗ Sổ Vốn đọc chưa chắc[\s\S]*đánh dấu "Đã kiểm tra"/);
    expect(unsure).not.toMatch(OPTION);
    const file = path.join(fixtures, 'sample-2022-units-as-rows.xlsx');
    await service.call('commitImport', input(file));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('PL01')!.getCell('D8').value = 2100;
    const copy = path.join(dir, 'copy.xlsx');
    await wb.xlsx.writeFile(copy);
    for (const more of [{}, { replace: 'x', keepBothAs: 'y' }]) {
      const refused = await service.call('commitImport', input(copy, more)).then(() => '', (e: Error) => e.message);
      expect(refused).toMatch(/Tệp chưa được nhập/);
      expect(refused).not.toMatch(OPTION);
    }
  });
});

describe('the same questions on the command line', () => {
  it('names the option that answers each', async () => {
    const book = path.join(dir, 'cli.sovon');
    expect((await sovon('new', book, '--unit', 'Huyện Phong Thổ')).code).toBe(0);
    const noYear = await annex('cli-no-year.xlsx', { title: 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP' });
    expect((await sovon('import', book, noYear, '--dry-run')).err).toMatch(/không ghi năm: hãy cho biết năm của bảng \(--year\)/);
    expect((await sovon('import', book, await annex('cli-no-scale.xlsx', { scale: null }), '--dry-run')).err).toMatch(/--scale trieu, nghin hoặc dong/);
    expect((await sovon('import', book, noYear, '--dry-run', '--year', '2024', '--unit', 'Mường So')).err).toMatch(/Không thấy đơn vị "Mường So".*Hãy chọn một \(--unit\)/s);
    expect((await sovon('import', book, noYear, '--dry-run', '--sheet', 'X')).err).toMatch(/không có trang "X".*\(--sheet\): "PL01"/);
  });

  it('with --json, a question is the typed question a script can answer, not only words', async () => {
    const book = path.join(dir, 'cli-json.sovon');
    expect((await sovon('new', book, '--unit', 'Huyện Phong Thổ')).code).toBe(0);
    const noYear = await annex('cli-json-no-year.xlsx', { title: 'PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP' });
    const asked = await sovon('import', book, noYear, '--dry-run', '--json');
    expect(asked.code).toBe(1);
    expect(asked.err).toMatch(/không ghi năm/);
    const json = JSON.parse(asked.out) as { question: unknown; option: string; message: string; sheets: string[] };
    expect(json).toMatchObject({ question: { ask: 'year' }, option: '--year', sheets: ['PL01'] });
    expect(json.message).toMatch(/\(--year\)/);
    const unit = JSON.parse((await sovon('import', book, noYear, '--dry-run', '--json', '--year', '2024', '--unit', 'Mường So')).out);
    expect(unit).toMatchObject({ question: { ask: 'unit', why: 'notFound', tried: 'Mường So' }, option: '--unit' });
    expect(unit.question.units).toContain('Huyện Phong Thổ');
  });
});
