// A new book asks for her unit (issue 29): what she gives at Tệp > Mới or to `sovon new` is in
// the book's settings from the moment it exists, and the dialog offers the units her earlier
// books name.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { defaultView } from '../../shared/sheet/view';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('new-book'); });

const settingsOf = (file: string) => {
  const book = Book.open(file, { readonly: true });
  try {
    return book.tables.settings();
  } finally {
    book.close();
  }
};

describe('a new book with her unit', () => {
  it('writes the unit, parent, code, first year and signers she gave into the new book', async () => {
    const service = new Service();
    const file = path.join(dir, 'muong-so.sovon');
    const info = await service.call('newBook', {
      path: file, program: 'gnbv-2021-2025',
      details: {
        unitName: ' UBND xã Mường So ', parentAgency: 'UBND tỉnh Lai Châu', unitCode: '1234567', firstYear: 2024,
        preparer: 'Lò Thị Hoa', chiefAccountant: 'Tao Văn Minh', head: '',
      },
    });
    service.close();
    const expected = {
      title: 'muong-so', unitName: 'UBND xã Mường So', parentAgency: 'UBND tỉnh Lai Châu', unitCode: '1234567', firstYear: 2024,
      signers: {
        preparer: { title: 'Người lập biểu', name: 'Lò Thị Hoa' },
        chiefAccountant: { title: 'Kế toán trưởng', name: 'Tao Văn Minh' },
        head: { title: 'Thủ trưởng đơn vị', name: '' },
      },
    };
    expect(info.settings).toMatchObject(expected);
    expect(settingsOf(file)).toMatchObject(expected);
    // an empty book opens on the year she starts with, not on this year
    expect(defaultView(info).year).toBe(2024);
  });

  it('leaves every field for later when she gives none, and refuses a first year outside the programme', async () => {
    const service = new Service();
    const later = await service.call('newBook', { path: path.join(dir, 'later.sovon') });
    expect(later.settings).toMatchObject({ unitName: '', parentAgency: '', unitCode: '', firstYear: null });
    const outside = await service.dispatch('newBook', { path: path.join(dir, 'outside.sovon'), details: { firstYear: 2027 } });
    expect(outside).toMatchObject({ ok: false, error: 'Năm 2027 ngoài giai đoạn của chương trình (2021-2025).' });
    expect(fs.existsSync(path.join(dir, 'outside.sovon'))).toBe(false);
    service.close();
  });

  it('offers the units and parent agencies her recent books name, with the book each is from', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(dir, 'so.sovon'), details: { unitName: 'Sở Dân tộc và Tôn giáo', parentAgency: 'UBND tỉnh Lai Châu' } });
    await service.call('addLine', { program: 'GNBV', parentRowId: 'DA2', kind: 'unit', name: 'UBND xã Sì Lở Lầu' });
    const choices = await service.call('newBookChoices', {});
    service.close();
    expect(choices.units).toEqual(expect.arrayContaining([
      { name: 'Sở Dân tộc và Tôn giáo', from: 'so' },
      { name: 'UBND xã Sì Lở Lầu', from: 'so' },
      { name: 'UBND xã Mường So', from: 'muong-so' },
    ]));
    // one name once, however many books name it
    expect(choices.parents.filter((p) => p.name === 'UBND tỉnh Lai Châu')).toHaveLength(1);
    expect(choices.programs).toEqual([
      { id: 'gnbv-2021-2025', program: 'GNBV', name: 'Chương trình MTQG giảm nghèo bền vững 2021-2025', from: 2021, to: 2025 },
      { id: 'mtqg-2026-2035', program: 'MTQG', name: expect.stringMatching(/^Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững/), from: 2026, to: 2035 },
    ]);
  });
});

describe('sovon new with the unit\'s settings', () => {
  it('sets what Tệp > Mới asks, and reads them back', async () => {
    const file = path.join(dir, 'cli.sovon');
    const res = await sovon('new', file, '--unit', 'UBND xã Dào San', '--parent', 'UBND tỉnh Lai Châu', '--unit-code', '7654321',
      '--program', 'GNBV', '--year', '2025', '--preparer', 'Vàng Thị Mai', '--chief-accountant', 'Lý Văn Sơn', '--head', 'Chẩu A Dín');
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(settingsOf(file)).toMatchObject({
      unitName: 'UBND xã Dào San', parentAgency: 'UBND tỉnh Lai Châu', unitCode: '7654321', firstYear: 2025,
      signers: { preparer: { name: 'Vàng Thị Mai' }, chiefAccountant: { name: 'Lý Văn Sơn' }, head: { name: 'Chẩu A Dín' } },
    });
  });

  it('says in Vietnamese what it does not take', async () => {
    const file = path.join(dir, 'refused.sovon');
    expect(await sovon('new', file, '--unti', 'X')).toMatchObject({ code: 2, err: expect.stringMatching(/^Lỗi: không có tùy chọn "--unti"\./) });
    expect(await sovon('new', file, '--parent')).toMatchObject({ code: 2, err: expect.stringMatching(/^Lỗi: tùy chọn "--parent" cần một giá trị\./) });
    expect(await sovon('new', file, '--node', 'DA1')).toMatchObject({ code: 1, err: 'Lỗi: lệnh "sovon new" không dùng --node.\n' });
    expect(await sovon('new', file, '--program', 'NTM')).toMatchObject({ code: 1, err: expect.stringContaining('Không có danh mục chương trình "NTM"; có: GNBV, MTQG.') });
    expect(await sovon('new', file, '--year', '2030')).toMatchObject({ code: 1, err: expect.stringContaining('Năm 2030 ngoài giai đoạn') });
    expect(fs.existsSync(file)).toBe(false);
  });
});
