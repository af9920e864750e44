// The second demo book (issue 31): a commune's book of 2026, "Xã Phong Thổ 2026 (mẫu, số liệu
// bịa)". The new programme's own lines beside the 2021-2025 money the district carried out of 2025
// and the commune carried into 2026. It reconciles except two slips put there on purpose
// (resources/demo-commune/README.md): the province decision's 950 triệu against her 900 on HP2,
// and a carry-in 5 triệu short of the district's carry-out on DA6.1.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flag } from '../../shared/reconcile/flag';
import type { UnitSpan } from '../../shared/units';
import { defaultView } from '../../shared/sheet/view';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
let file: string;
let service: Service;
beforeAll(async () => {
  dir = tempDir('demo-commune');
  file = path.join(dir, 'xa.sovon');
  const made = await sovon('new', file, '--demo', 'commune');
  expect(made.code, made.err).toBe(0);
  service = new Service(Book.open(file));
});
afterAll(() => service.close());

const check = async (...args: string[]): Promise<Flag[]> => {
  const r = await sovon('check', file, ...args, '--json');
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { flags: Flag[] }).flags;
};
const brief = (flags: Flag[]) => flags.map((f) => ({ id: f.id, rule: f.rule, difference: f.difference }));

const HP2_DECISION = { id: 'cross-origin|qd-tinh-2026|2026-2026|HP2||SN||allocated|vs:books', rule: 'cross-origin', difference: 50_000_000 };
const DA61_SHORT = { id: 'GNBV:year-chain-successor|books|2026-2026|DA6.1|Xã Phong Thổ|SN||carry_in', rule: 'year-chain-successor', difference: -5_000_000 };

describe('the demo book of a commune in 2026', () => {
  it('is the commune’s, holds both programmes, and opens on the new programme’s 2026', async () => {
    const info = await service.call('bookInfo', {});
    expect(info.settings).toMatchObject({
      title: 'Xã Phong Thổ 2026 (mẫu, số liệu bịa)', unitName: 'Ủy ban nhân dân xã Phong Thổ', parentAgency: 'Ủy ban nhân dân tỉnh Lai Châu', firstYear: 2026,
    });
    expect(info.programs.map((p) => p.code)).toEqual(['MTQG', 'GNBV']);
    expect(defaultView(info)).toEqual({ program: 'MTQG', year: 2026, origin: 'books', project: null });
  });

  it('shows on the new programme’s 2026 exactly the two slips put there: the decision’s 950 against her 900, and the carried 5 triệu', async () => {
    expect(brief(await check('--program', 'MTQG', '--year', '2026'))).toEqual([HP2_DECISION, DA61_SHORT]);
    expect(brief(await check('--program', 'GNBV', '--year', '2026'))).toEqual([{ ...DA61_SHORT, id: DA61_SHORT.id.replace(/^GNBV:/, '') }]);
    const short = (await check('--program', 'GNBV', '--year', '2026'))[0]!;
    expect(short).toMatchObject({ expected: 85_000_000, found: 80_000_000 });
    expect(short.claims.map((c) => [c.year, c.unit, c.measure])).toEqual([[2026, 'Xã Phong Thổ', 'carry_in'], [2025, 'Huyện Phong Thổ', 'carry_out']]);
  });

  it('chains every other old line from the district into the commune, and is clean in 2025', async () => {
    expect(await check('--program', 'GNBV', '--year', '2025')).toEqual([]);
    // every year of each programme (the carried block is the year's view only): nothing but the two slips
    expect(brief(await check('--program', 'GNBV')).map((f) => f.rule)).toEqual(['year-chain-successor']);
    expect(brief(await check('--program', 'MTQG'))).toEqual([HP2_DECISION]);
  });

  it('lists the district with its end and the communes that took it over', async () => {
    const units = (JSON.parse((await sovon('units', file, '--json')).out) as { units: UnitSpan[] }).units;
    expect(units).toEqual(expect.arrayContaining([
      { name: 'Huyện Phong Thổ', from: null, to: '2025-06-30', successors: ['Xã Phong Thổ', 'Xã Sì Lở Lầu'] },
      { name: 'Xã Phong Thổ', from: '2025-07-01', to: null, successors: [] },
    ]));
  });

  it('shows the 2021-2025 money carried into 2026 as a block of the new programme’s sheet', async () => {
    const sheet = await service.call('getSheet', { program: 'MTQG', origin: 'books', year: 2026, project: null });
    const own = sheet.rows.filter((r) => r.program === undefined).map((r) => r.id);
    expect(own).toEqual(['MTQG', 'HP1', 'HP1-C1', 'HP1-C2', 'HP1-C3', 'HP2', 'HP2-C1', 'HP2-C2']);
    const carried = sheet.rows.filter((r) => r.program === 'GNBV');
    expect(carried.map((r) => r.id)).toEqual(expect.arrayContaining(['GNBV:GNBV', 'GNBV:DA1.1', 'GNBV:DA4.1', 'GNBV:DA6.1']));
    const dong = (id: string, column: string) => (sheet.rows.find((r) => r.id === id)?.cells[column as never] as { dong: number } | undefined)?.dong;
    expect(dong('GNBV:GNBV', 'carry_in:ALL')).toBe(1_650_000_000);
    expect(dong('MTQG', 'allocated:ALL')).toBe(8_750_000_000);
    // the district's rows are not in 2026: it ended, and has no figure there
    expect(carried.some((r) => r.unit === 'Huyện Phong Thổ')).toBe(false);
  });

  it('says on every figure that it is invented', () => {
    const folder = path.join(__dirname, '../../resources/demo-commune');
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'book.json'), 'utf8')) as { claims: string[] };
    for (const name of manifest.claims) {
      const claims = (JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as { claims: { note?: string }[] }).claims;
      expect(claims.every((c) => c.note?.startsWith('Số liệu bịa'))).toBe(true);
    }
  });

  it('leaves `sovon new --demo` the district’s demo, and refuses a demo it does not have', async () => {
    const old = path.join(dir, 'huyen.sovon');
    expect((await sovon('new', old, '--demo')).code).toBe(0);
    const oldBook = new Service(Book.open(old));
    try {
      expect((await oldBook.call('bookInfo', {})).settings.title).toBe('Phong Thổ 2022-2024 (mẫu)');
    } finally {
      oldBook.close();
    }
    expect((await sovon('new', path.join(dir, 'khac.sovon'), '--demo', 'tinh')).code).not.toBe(0);
    expect((await sovon('new', path.join(dir, 'khac.sovon'), 'commune')).err).toContain('không dùng commune');
    expect(fs.existsSync(path.join(dir, 'khac.sovon'))).toBe(false);
  });
});
