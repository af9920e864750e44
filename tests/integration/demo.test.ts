// The demo book is the seed report (Phong Thổ, 6/2024): its figures must be the report's.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import type { Sheet } from '../../shared/sheet/sheet';
import { tempDir } from '../support/temp';

let service: Service;
beforeAll(async () => {
  service = new Service();
  await service.call('newBook', { path: path.join(tempDir('demo'), 'demo.sovon'), demo: true });
});
afterAll(() => service.close());

const sheet = (year: number, origin = 'books') => service.call('getSheet', { program: 'GNBV', origin, year, project: null });
const trieu = (s: Sheet, rowId: string, column: string) => {
  const cell = s.rows.find((r) => r.id === rowId)?.cells[column as never] as { dong: number } | undefined;
  return cell === undefined ? undefined : cell.dong / 1_000_000;
};

describe('the demo book "Phong Thổ 2022-2024 (mẫu)"', () => {
  it('is named and set up for the unit of the report', async () => {
    const info = await service.call('bookInfo', {});
    expect(info.settings.title).toBe('Phong Thổ 2022-2024 (mẫu)');
    expect(info.origins.map((o) => o.id)).toEqual(expect.arrayContaining(['books', 'report-II', 'report-III']));
    expect(info.programs[0]!.years).toEqual(expect.arrayContaining([2022, 2023, 2024]));
  });

  it('holds the units figures of section III in the books', async () => {
    const y2023 = await sheet(2023);
    expect(trieu(y2023, 'DA7.1', 'disbursed:SN')).toBe(696);
    expect(trieu(y2023, 'DA7.1', 'available:SN')).toBe(858);
    expect(trieu(y2023, 'DA2@Trung tâm DVNN', 'disbursed:SN')).toBe(5_808);
    expect(trieu(y2023, 'DA5', 'allocated:SN')).toBe(12_060);
    // DA7 is not stated in the books: it is the sum of its sub-projects, 696 + 402
    expect(trieu(y2023, 'DA7', 'disbursed:SN')).toBe(1_098);
  });

  it('keeps the report own statements as a separate origin, contradictions and all', async () => {
    expect(trieu(await sheet(2023, 'report-III'), 'DA7', 'disbursed:SN')).toBe(1_046);
    expect(trieu(await sheet(2023, 'report-II'), 'GNBV', 'disbursed:SN')).toBe(45_359);
  });
});
