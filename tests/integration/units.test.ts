// Issue 31, units change: `sovon units` lists the implementing units with their validity and
// successors as the contract says, `sovon units set` records them as one action she can undo,
// and the book's checks follow a district into the communes that took it over.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnitSpan } from '../../shared/units';
import { Book } from '../../electron/backend/book/book';
import { verifyBook } from '../../electron/backend/book/verify';
import { Service } from '../../electron/backend/service/service';
import { demoBookIn, sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('units'); });

const demo = (name: string) => demoBookIn(dir, name);

const units = async (file: string): Promise<UnitSpan[]> => (JSON.parse((await sovon('units', file, '--json')).out) as { units: UnitSpan[] }).units;

/** A district under DA4.1 that ends on 30/06/2025, and the communes of its projects. */
async function withDistrict(file: string, communes: string[]): Promise<void> {
  const service = new Service(Book.open(file));
  try {
    for (const name of ['Huyện Phong Thổ', ...communes]) await service.call('addLine', { program: 'GNBV', parentRowId: 'DA4.1', kind: 'unit', name });
  } finally {
    service.close();
  }
}

const money = (unit: string, year: number, measure: 'carry_out' | 'carry_in' | 'allocated', trieu: string) => ({
  key: { program: 'GNBV', origin: 'books', year, node: 'DA4.1', unit, capital: 'SN' as const, source: null, measure },
  text: trieu, scale: 'trieu' as const,
});

describe('sovon units', () => {
  it('lists the units with validity and successors, and sets them as one action', async () => {
    const file = await demo('list');
    await withDistrict(file, ['Xã Phong Thổ', 'Xã Sì Lở Lầu']);
    expect(await units(file)).toContainEqual({ name: 'Huyện Phong Thổ', from: null, to: null, successors: [] });
    const set = await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Xã Phong Thổ', '--successor', 'Xã Sì Lở Lầu');
    expect(set).toMatchObject({ code: 0, out: expect.stringContaining('Huyện Phong Thổ\tđến 30/06/2025\tkế thừa: Xã Phong Thổ, Xã Sì Lở Lầu') });
    expect((await sovon('units', 'set', file, '--name', 'Xã Phong Thổ', '--from', '2025-07-01')).code).toBe(0);
    expect(await units(file)).toEqual(expect.arrayContaining([
      { name: 'Huyện Phong Thổ', from: null, to: '2025-06-30', successors: ['Xã Phong Thổ', 'Xã Sì Lở Lầu'] },
      { name: 'Xã Phong Thổ', from: '2025-07-01', to: null, successors: [] },
    ]));
    expect((await sovon('units', file)).out).toContain('Xã Phong Thổ\ttừ 01/07/2025');

    const service = new Service(Book.open(file));
    try {
      expect((await service.call('undo', {})).label).toBe('sửa thời hạn và đơn vị kế thừa của "Xã Phong Thổ"');
      expect((await service.call('listUnits', {})).units.find((u) => u.name === 'Xã Phong Thổ')!.from).toBeNull();
      await service.call('redo', {});
      expect(verifyBook(service.book).problems).toEqual([]);
    } finally {
      service.close();
    }
  });

  it('refuses what would chain money wrongly, saying what and where, and changes nothing', async () => {
    const file = await demo('refuse');
    await withDistrict(file, ['Xã Phong Thổ']);
    const before = await units(file);
    const refused = async (...args: string[]) => {
      const r = await sovon('units', 'set', file, '--name', ...args);
      expect(r.code).not.toBe(0);
      return r.err;
    };
    expect(await refused('Huyện Mường Tè', '--to', '30/06/2025')).toContain('Không có đơn vị "Huyện Mường Tè" trong sổ. Các đơn vị có: ');
    expect(await refused('Huyện Phong Thổ', '--to', '31/06/2025')).toContain('--to "31/06/2025" không phải là một ngày');
    expect(await refused('Huyện Phong Thổ', '--successor', 'Xã Phong Thổ')).toContain('chưa có ngày kết thúc');
    expect(await refused('Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Huyện Phong Thổ')).toContain('không thể là đơn vị kế thừa của chính nó');
    expect(await refused('Huyện Phong Thổ', '--from', '01/07/2025', '--to', '30/06/2025')).toContain('ngày kết thúc 30/06/2025 trước ngày bắt đầu 01/07/2025');
    expect(await units(file)).toEqual(before);
  });

  it('follows a district into the commune that took it over, in the book’s own checks', async () => {
    const file = await demo('chain');
    await withDistrict(file, ['Xã Phong Thổ']);
    await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Xã Phong Thổ');
    const service = new Service(Book.open(file));
    try {
      await service.call('setClaim', money('Huyện Phong Thổ', 2025, 'carry_out', '120'));
      await service.call('setClaim', money('Xã Phong Thổ', 2026, 'carry_in', '100'));
      const check = async () => (await service.call('runChecks', { program: 'GNBV', year: 2026, origin: 'books', project: null })).flags
        .filter((f) => f.rule.startsWith('year-chain')).map((f) => [f.rule, f.claims[0]!.unit, f.difference]);
      expect(await check()).toEqual([['year-chain-successor', 'Xã Phong Thổ', -20_000_000]]);
      await service.call('setClaim', money('Xã Phong Thổ', 2026, 'carry_in', '120'));
      expect(await check()).toEqual([]);
    } finally {
      service.close();
    }
    // taken back: the commune's carry-in stands alone again
    expect((await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--no-successor')).code).toBe(0);
    expect((await units(file)).find((u) => u.name === 'Huyện Phong Thổ')!.successors).toEqual([]);
  });
});

describe('a report across the reform, by successor', () => {
  it('adds a district’s figures to the commune that took it over, year by year', async () => {
    const file = await demo('report');
    await withDistrict(file, ['Xã Phong Thổ']);
    await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Xã Phong Thổ');
    const service = new Service(Book.open(file));
    try {
      const disbursed = (unit: string, year: number, node: string, trieu: string) => ({ ...money(unit, year, 'allocated', trieu), key: { ...money(unit, year, 'allocated', trieu).key, node, measure: 'disbursed' as const } });
      await service.call('setClaim', disbursed('Huyện Phong Thổ', 2025, 'DA4.1', '30'));
      await service.call('setClaim', disbursed('Xã Phong Thổ', 2026, 'DA4.1', '20'));
      await service.call('setClaim', disbursed('Xã Phong Thổ', 2026, 'DA6.1', '5'));
      const report = await service.call('unitFigures', { program: 'GNBV', origin: 'books', from: 2024, to: 2026, measure: 'disbursed' });
      expect(report.years).toEqual([2024, 2025, 2026]);
      expect(report.groups.find((g) => g.heirs.includes('Xã Phong Thổ'))).toEqual({
        heirs: ['Xã Phong Thổ'], members: ['Huyện Phong Thổ', 'Xã Phong Thổ'], dong: [null, 30_000_000, 25_000_000],
      });
    } finally {
      service.close();
    }
    const text = await sovon('units', 'report', file, '--years', '2024-2026');
    expect(text.out).toMatch(/Xã Phong Thổ \(gồm Huyện Phong Thổ\)\s+30\s+25/);
    expect((await sovon('units', 'report', file, '--years', '2026-2024')).err).toContain('2026-2024');
  });
});

describe('a year’s sheet after a unit ended or a line retired', () => {
  it('keeps the old name in the years it ran, and leaves it out later unless it has figures there', async () => {
    const file = await demo('sheet');
    await withDistrict(file, ['Xã Phong Thổ']);
    await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Xã Phong Thổ');
    await sovon('units', 'set', file, '--name', 'Xã Phong Thổ', '--from', '01/07/2025');
    await sovon('catalog', 'retire', file, '--program', 'GNBV', '--line', 'DA4.1-C1', '--year', '2025');
    const service = new Service(Book.open(file));
    try {
      const labels = async (year: number) => (await service.call('getSheet', { program: 'GNBV', origin: 'books', year, project: null })).rows
        .filter((r) => r.unit === 'Huyện Phong Thổ' || r.unit === 'Xã Phong Thổ' || r.node === 'DA4.1-C1').map((r) => r.unit ?? r.node);
      expect(await labels(2024)).toEqual(['DA4.1-C1', 'Huyện Phong Thổ']);
      expect(await labels(2025)).toEqual(['Huyện Phong Thổ', 'Xã Phong Thổ']);
      expect(await labels(2026)).toEqual(['Xã Phong Thổ']);
      // a figure in a year after the end keeps the row in sight, so nothing she wrote is hidden
      await service.call('setClaim', money('Huyện Phong Thổ', 2026, 'allocated', '5'));
      expect(await labels(2026)).toEqual(['Huyện Phong Thổ', 'Xã Phong Thổ']);
    } finally {
      service.close();
    }
  });
});

describe('the interchange format across programmes and the 2025 reform', () => {
  it('takes claims of two programmes, lines with their programme and retirement, and units with successors, as one import', async () => {
    const file = await demo('interchange');
    expect((await sovon('catalog', 'add-program', file, 'mtqg-2026-2035')).code).toBe(0);
    const json = {
      format: 'sovon-claims/1', program: 'MTQG',
      origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }],
      lines: [
        { code: 'HP1-C1', parent: 'HP1', kind: 'content', name: 'Nội dung thử của hợp phần 1' },
        { code: 'DA4.1-C9', parent: 'DA4.1', kind: 'content', name: 'Nội dung cũ', program: 'GNBV', retired: 2026 },
      ],
      units: [
        { name: 'Huyện Phong Thổ', to: '2025-06-30', successors: ['Xã Phong Thổ'] },
        { name: 'Xã Phong Thổ', from: '2025-07-01' },
      ],
      claims: [
        { origin: 'books', year: 2026, node: 'HP1-C1', unit: 'Xã Phong Thổ', capital: 'SN', measure: 'allocated', value: 500, scale: 'trieu' },
        { origin: 'books', program: 'GNBV', year: 2025, node: 'DA4.1', unit: 'Huyện Phong Thổ', capital: 'SN', measure: 'carry_out', value: 120, scale: 'trieu' },
        { origin: 'books', program: 'GNBV', year: 2026, node: 'DA4.1', unit: 'Xã Phong Thổ', capital: 'SN', measure: 'carry_in', value: 100, scale: 'trieu' },
      ],
    };
    const input = path.join(dir, 'mixed.json');
    (await import('node:fs')).writeFileSync(input, JSON.stringify(json));
    const imported = await sovon('claims', 'import', file, input);
    expect(imported.code, imported.err).toBe(0);
    expect(await units(file)).toEqual(expect.arrayContaining([
      { name: 'Huyện Phong Thổ', from: null, to: '2025-06-30', successors: ['Xã Phong Thổ'] },
      { name: 'Xã Phong Thổ', from: '2025-07-01', to: null, successors: [] },
    ]));
    const service = new Service(Book.open(file));
    try {
      const gnbv = await service.call('listCatalog', {});
      expect(gnbv.programs.find((p) => p.code === 'GNBV')!.lines).toContainEqual(expect.objectContaining({ code: 'DA4.1-C9', retired: 2026 }));
      expect(gnbv.programs.find((p) => p.code === 'MTQG')!.lines).toContainEqual(expect.objectContaining({ code: 'HP1-C1', parent: 'HP1' }));
      // the old programme's carry-in chained from the district into its commune: 20 triệu short
      const flags = (await service.call('runChecks', { program: 'GNBV', year: 2026, origin: null, project: null })).flags;
      expect(flags.filter((f) => f.rule === 'year-chain-successor').map((f) => f.difference)).toEqual([-20_000_000]);
      expect((await service.call('undo', {})).label).toMatch(/^nhập số liệu từ/);
      // the import brought the district: taken back, it is gone with its dates
      expect((await service.call('listUnits', {})).units.map((u) => u.name)).not.toContain('Huyện Phong Thổ');
    } finally {
      service.close();
    }
  });

  it('writes a claim of another programme with its programme, and the units it names with their dates', async () => {
    const file = await demo('export');
    await withDistrict(file, ['Xã Phong Thổ']);
    await sovon('units', 'set', file, '--name', 'Huyện Phong Thổ', '--to', '30/06/2025', '--successor', 'Xã Phong Thổ');
    const service = new Service(Book.open(file));
    try {
      await service.call('setClaim', money('Huyện Phong Thổ', 2025, 'carry_out', '120'));
    } finally {
      service.close();
    }
    const out = JSON.parse((await sovon('claims', 'export', file)).out) as { units?: unknown[]; claims: { program?: string }[] };
    expect(out.units).toEqual([{ name: 'Huyện Phong Thổ', to: '2025-06-30', successors: ['Xã Phong Thổ'] }]);
    expect(out.claims.every((c) => c.program === undefined)).toBe(true);
    // a file naming a unit as its own successor is refused whole
    const bad = path.join(dir, 'bad.json');
    (await import('node:fs')).writeFileSync(bad, JSON.stringify({ format: 'sovon-claims/1', program: 'GNBV', origins: [], units: [{ name: 'A', to: '2025-06-30', successors: ['A'] }], claims: [] }));
    expect((await sovon('claims', 'import', file, bad)).err).toContain('không thể là đơn vị kế thừa của chính nó');
  });
});
