// A year's sheet packed for the trip to the window comes back the same, every figure of every
// kind, and is a fraction of the plain JSON.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import type { Sheet } from '../../shared/sheet/sheet';
import { packSheet, unpackSheet } from '../../shared/sheet/wire';
import { tempDir } from '../support/temp';

const trip = (sheet: Sheet) => unpackSheet(JSON.parse(JSON.stringify(packSheet(sheet))));

describe('a sheet packed for the window', () => {
  it('unpacks to the same sheet for every year and origin of the demo book, in under half the bytes (a large book: a quarter)', async () => {
    const service = new Service();
    await service.call('newBook', { path: path.join(tempDir('wire'), 'demo.sovon'), demo: true });
    const info = await service.call('bookInfo', {});
    let plain = 0;
    let packed = 0;
    for (const year of info.programs[0]!.years) {
      for (const origin of info.origins) {
        const sheet = await service.call('getSheet', { program: 'GNBV', origin: origin.id, year, project: null });
        expect(trip(sheet)).toEqual(sheet);
        plain += JSON.stringify(sheet).length;
        packed += JSON.stringify(packSheet(sheet)).length;
      }
    }
    service.close();
    expect(packed * 2).toBeLessThan(plain);
  });

  it('keeps which programme a carried row belongs to, and adds nothing to the year\'s own rows', () => {
    const row = { id: 'GNBV:DA1', node: 'DA1', unit: null, code: 'DA1', label: 'Dự án 1', kind: 'project' as const, depth: 1, parentId: 'GNBV:GNBV', hasChildren: false, own: false, cells: {} };
    const sheet: Sheet = { program: 'MTQG', origin: 'books', year: 2026, project: null, rows: [{ ...row, id: 'HP1', parentId: null }, { ...row, program: 'GNBV' }] };
    const back = trip(sheet);
    expect(back).toEqual(sheet);
    expect('program' in back.rows[0]!).toBe(false);
  });

  it('keeps what a plain figure does not have: a stated total\'s computed value, dates, negative and zero amounts, rates', () => {
    const sheet: Sheet = {
      program: 'GNBV', origin: 'kbnn', year: 2024, project: 'DA1',
      rows: [
        { id: 'DA1', node: 'DA1', unit: null, code: 'DA1', label: 'Dự án 1', kind: 'project', depth: 0, parentId: null, hasChildren: true, own: false, cells: {
          'allocated:DT': { kind: 'money', dong: 5_000, stated: true, computed: { dong: 4_000, from: 'children' } },
          'adjusted:SN': { kind: 'money', dong: -1_500, stated: true },
          'carry_in:SN': { kind: 'money', dong: 0, stated: false },
          'disbursed:ALL': { kind: 'money', dong: 12, stated: true, asOf: '2024-06-30', otherDates: ['2024-12-31'] },
          'rate:DT': { kind: 'rate', percent: 80.125, decimals: 3, stated: true },
          'rate:SN': { kind: 'rate', percent: 0, decimals: 2, stated: false, asOf: '2024-06-30' },
        } },
        { id: 'DA1@UBND xã "A"', node: 'DA1', unit: 'UBND xã "A"', code: '', label: '=cmd|x', kind: 'unit', depth: 1, parentId: 'DA1', hasChildren: false, own: true, cells: {} },
      ],
    };
    expect(trip(sheet)).toEqual(sheet);
  });
});
