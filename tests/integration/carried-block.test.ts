// Issue 31: the 2021-2025 money carried into 2026 is spent under its old lines beside the new
// programme's money. The 2026 sheet of the new programme shows it as a block of its own; its
// figures are written to, and checked in, the old programme (the year chain 2025 → 2026), and a
// check never mixes the two programmes' totals.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('carried'); });

const cell = (program: string, year: number, node: string, measure: 'carry_out' | 'carry_in' | 'allocated' | 'disbursed', trieu: string) => ({
  key: { program, origin: 'books', year, node, unit: null, capital: 'SN' as const, source: null, measure },
  text: trieu, scale: 'trieu' as const,
});

async function bookOf2026(name: string): Promise<Service> {
  const file = path.join(dir, `${name}.sovon`);
  expect((await sovon('new', file, '--demo')).code).toBe(0);
  expect((await sovon('catalog', 'add-program', file, 'mtqg-2026-2035')).code).toBe(0);
  const service = new Service(Book.open(file));
  await service.call('setClaim', cell('GNBV', 2025, 'DA1.1', 'carry_out', '300'));
  return service;
}

const sheet2026 = (service: Service, program = 'MTQG') => service.call('getSheet', { program, origin: 'books', year: 2026, project: null });

describe('the 2026 sheet with the money of 2021-2025 carried into it', () => {
  it('shows the old lines that carried money as a block after the new programme’s own rows', async () => {
    const service = await bookOf2026('block');
    try {
      const rows = (await sheet2026(service)).rows;
      const own = rows.filter((r) => r.program === undefined);
      const carried = rows.filter((r) => r.program === 'GNBV');
      expect(own.map((r) => r.id)).toEqual(['MTQG', 'HP1', 'HP2']);
      expect(rows.indexOf(carried[0]!)).toBe(own.length);
      // the line that carried money, with its ancestors only, in the old programme's space
      expect(carried.map((r) => [r.id, r.parentId])).toEqual([['GNBV:GNBV', null], ['GNBV:DA1', 'GNBV:GNBV'], ['GNBV:DA1.1', 'GNBV:DA1']]);
      expect(carried[0]!.label).toBe('Vốn chuyển sang năm 2026: Chương trình MTQG giảm nghèo bền vững 2021-2025');
      // the old programme's own sheet of 2026 has no block: nothing earlier carried into it
      expect((await sheet2026(service, 'GNBV')).rows.every((r) => r.program === undefined)).toBe(true);
    } finally {
      service.close();
    }
  });

  it('chains the carried money 2025 → 2026 under its old line, and flags it in the new year’s view', async () => {
    const service = await bookOf2026('chain');
    try {
      await service.call('setClaim', cell('GNBV', 2026, 'DA1.1', 'carry_in', '280'));
      await service.call('setClaim', cell('GNBV', 2026, 'DA1.1', 'disbursed', '200'));
      const block = (await sheet2026(service)).rows.find((r) => r.id === 'GNBV:DA1.1')!;
      expect(block.cells['carry_in:SN']).toMatchObject({ dong: 280_000_000, stated: true });
      expect(block.cells['available:SN']).toMatchObject({ dong: 280_000_000 });

      const report = await service.call('runChecks', { program: 'MTQG', year: 2026, origin: null, project: null });
      const chain = report.flags.filter((f) => f.rule === 'year-chain');
      expect(chain.map((f) => [f.program, f.id.startsWith('GNBV:year-chain|'), f.claims[0]!.node, f.difference])).toEqual([['GNBV', true, 'DA1.1', -20_000_000]]);
      // no cross-talk: the new programme's own rows have no flag, and it expects no carry-in
      expect(report.flags.filter((f) => f.program === undefined)).toEqual([]);
      expect((await service.call('runChecks', { program: 'GNBV', year: 2026, origin: null, project: null })).flags.map((f) => f.rule)).toContain('year-chain');

      // explained from the new year's view: the note lands on the old programme's flag
      await service.call('explainFlags', { program: 'MTQG', flagIds: [chain[0]!.id], note: 'Tỉnh thu hồi 20 triệu' });
      const again = await service.call('runChecks', { program: 'MTQG', year: 2026, origin: null, project: null });
      expect(again.flags.find((f) => f.id === chain[0]!.id)!.explained).toBe('Tỉnh thu hồi 20 triệu');
      expect(await service.call('flagFigures', { program: 'MTQG', flagId: chain[0]!.id })).not.toBeNull();
    } finally {
      service.close();
    }
  });

  it('leaves the block out of a project’s sheet, and when nothing was carried', async () => {
    const service = await bookOf2026('none');
    try {
      expect((await service.call('getSheet', { program: 'MTQG', origin: 'books', year: 2026, project: 'HP1' })).rows.some((r) => r.program)).toBe(false);
      await service.call('setClaim', { ...cell('GNBV', 2025, 'DA1.1', 'carry_out', ''), text: '' });
      expect((await sheet2026(service)).rows.some((r) => r.program)).toBe(false);
    } finally {
      service.close();
    }
  });
});
