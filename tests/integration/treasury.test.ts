// Issue 32, Đối chiếu với Kho bạc: the Treasury's statement (01a-SDKP/ĐVDT as the portal and the
// Treasury's office give it) comes in as a `treasury` origin as of the period's end, its codes mapped
// to her lines; set against her books to the same date, a slip in one code is one flag naming her
// line and both figures; a statement of another unit, of another period, or with codes she has not
// mapped is refused with what and where, and the book is untouched.
import fs from 'node:fs';
import path from 'node:path';
import { DA2, DA3, type StatementRow as Row, statementBytes, usageStatementBytes } from '../support/treasury-statement';
import { beforeAll, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { Service } from '../../electron/backend/service/service';
import { parseTreasuryPeriod } from '../../shared/treasury/period';
import { demoBookIn, sovon } from '../support/cli';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('treasury'); });

const demo = (name: string) => demoBookIn(dir, name);

/** The statement written to a file she picks. */
async function statement(name: string, rows: Row[], o: { unitCode?: string; period?: string } = {}): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await statementBytes(rows, o));
  return file;
}

const matching: Row[] = [{ ...DA2, allocated: 10_515_000_000, disbursed: 14_308_000_000 }, { ...DA3, allocated: 5_807_000_000, disbursed: 6_334_000_000 }];

const input = (file: string, period: string, dryRun = false) => ({ program: 'GNBV', period, fileName: path.basename(file), data: fs.readFileSync(file).toString('base64'), dryRun });

describe('the period she names', () => {
  it('reads a quarter, a month, a day and a year, each to its last day', () => {
    expect(['2024-Q4', '2024-q2', '2024-2', '2024-06-30', '2024', '2024-Q5', '2024-13', '2024-02-30'].map((t) => parseTreasuryPeriod(t)?.end ?? null))
      .toEqual(['2024-12-31', '2024-06-30', '2024-02-29', '2024-06-30', '2024-12-31', null, null, null]);
    expect(parseTreasuryPeriod('2024-Q4')!.label).toBe('quý IV/2024');
  });
});

describe('a Treasury statement against her books', () => {
  it('matches her books to the đồng: no flag; the codes her lines took are kept for the next one', async () => {
    const service = new Service(Book.open(await demo('match')));
    try {
      const read = await service.call('importTreasury', input(await statement('match.xlsx', matching), '2023'));
      expect(read.rows.map((r) => [r.key, r.node, r.capital, r.mapped])).toEqual([['12|398|00510', 'DA2', 'SN', false], ['12|398|00520', 'DA3', 'SN', false]]);
      expect(read.claims).toBe(4);
      const check = await service.call('treasuryCheck', { program: 'GNBV', period: '2023' });
      expect(check.flags).toEqual([]);
      expect(check.rows.every((r) => r.difference === 0)).toBe(true);
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')).toMatchObject({ state: 'reconciled', stateLabel: 'khớp' });
      // read by content once, the codes are hers now: a row without content takes the same line
      const again = await service.call('importTreasury', input(await statement('again.xlsx', matching.map((r) => ({ ...r, content: '' }))), '2023', true));
      expect(again.rows.map((r) => [r.node, r.mapped])).toEqual([['DA2', true], ['DA3', true]]);
    } finally {
      service.close();
    }
  });

  it('with a slip in one code: one flag naming her line and both figures', async () => {
    const file = await demo('slip');
    const service = new Service(Book.open(file));
    try {
      const slipped = [matching[0]!, { ...matching[1]!, disbursed: 6_334_000_000 - 12_500_000 }];
      await service.call('importTreasury', input(await statement('slip.xlsx', slipped), '2023'));
      const check = await service.call('treasuryCheck', { program: 'GNBV', period: '2023' });
      expect(check.rows.filter((r) => r.difference !== 0).map((r) => [r.keys, r.node, r.measure, r.treasury, r.books, r.difference]))
        .toEqual([[['12|398|00520'], 'DA3', 'disbursed', 6_321_500_000, 6_334_000_000, -12_500_000]]);
      const treasury = check.flags.filter((f) => f.claims.some((c) => c.origin === 'kbnn-2023'));
      expect(treasury).toHaveLength(1);
      expect(treasury[0]!.message).toBe('DA3 · Vốn SN · Giải ngân · năm 2023 đến ngày 31/12/2023 (Kho bạc: bảng đối chiếu năm 2023): ghi 6.321,5 triệu đồng nhưng Sổ kế toán đơn vị có 6.334 triệu đồng (chênh -12,5 triệu đồng).');
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')!.state).toBe('differences');
    } finally {
      service.close();
    }
    const cli = JSON.parse((await sovon('treasury', 'check', file, '--period', '2023', '--json')).out) as { period: string; rows: unknown[]; flags: unknown[] };
    expect([cli.period, cli.rows.length, cli.flags.length]).toEqual(['2023', 4, 1]);
  });

  it('reads the 02a shape too: thực chi to the period’s end, a line’s expense items (mã NDKT) added up, tạm ứng and totals left out', async () => {
    const service = new Service(Book.open(await demo('usage')));
    try {
      const file = path.join(dir, '02a.xlsx');
      // DA3's 6.334.000.000 spent in 2023, as two expense items of its code
      fs.writeFileSync(file, await usageStatementBytes([
        { ...DA2, ndkt: '7049', disbursed: 14_308_000_000 },
        { ...DA3, ndkt: '6501', disbursed: 6_000_000_000 }, { ...DA3, content: '', ndkt: '7049', disbursed: 334_000_000 },
      ]));
      const read = await service.call('importTreasury', input(file, '2023'));
      expect(read.rows.map((r) => [r.key, r.node, r.figures])).toEqual([
        ['12|398|00510', 'DA2', { disbursed: 14_308_000_000 }], ['12|398|00520', 'DA3', { disbursed: 6_000_000_000 }], ['12|398|00520', 'DA3', { disbursed: 334_000_000 }],
      ]);
      const check = await service.call('treasuryCheck', { program: 'GNBV', period: '2023' });
      expect(check.rows.map((r) => [r.node, r.measure, r.treasury, r.difference])).toEqual([['DA2', 'disbursed', 14_308_000_000, 0], ['DA3', 'disbursed', 6_334_000_000, 0]]);
      expect(check.flags).toEqual([]);
    } finally {
      service.close();
    }
  });

  it('reads a statement typed again in another shape: one header row, "ĐVT: triệu đồng", "Loại - khoản", a code with a space, a figure as text', async () => {
    const service = new Service(Book.open(await demo('retyped')));
    try {
      const wb = new (await import('exceljs')).default.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A3').value = 'BẢNG ĐỐI CHIẾU DỰ TOÁN KINH PHÍ NGÂN SÁCH - Năm 2023';
      ws.getCell('G4').value = 'ĐVT: triệu đồng';
      ws.getRow(6).values = ['TT', 'Nội dung', 'Mã nguồn', 'Loại - khoản', 'Mã CTMT, DA', 'DT giao đầu năm', 'DT đã rút lũy kế'];
      ws.getRow(7).values = ['1', 'DA 2 - Đa dạng hóa sinh kế', '12', '398', '0051 0', 10515, 14308];
      ws.getRow(8).values = ['2', 'TDA 1 thuộc DA 3', '12', '398', '00521', 3000, '2.000,5'];
      ws.getRow(9).values = ['', 'Tổng cộng', '', '', '', 13515, 16308.5];
      const file = path.join(dir, 'retyped.xlsx');
      await wb.xlsx.writeFile(file);
      const read = await service.call('importTreasury', input(file, '2023', true));
      expect(read.rows.map((r) => [r.key, r.node, r.figures])).toEqual([
        ['12|398|00510', 'DA2', { allocated: 10_515_000_000, disbursed: 14_308_000_000 }],
        ['12|398|00521', 'DA3.1', { allocated: 3_000_000_000, disbursed: 2_000_500_000 }],
      ]);
    } finally {
      service.close();
    }
  });

  it('in mid-year sets the statement against her figures to the same date only, never against the year’s', async () => {
    const file = await demo('mid-year');
    const dated = path.join(dir, 'dated.json');
    fs.writeFileSync(dated, JSON.stringify({ format: 'sovon-claims/1', program: 'GNBV', origins: [{ id: 'books', kind: 'books', label: 'Sổ kế toán đơn vị' }],
      claims: [{ origin: 'books', year: 2023, node: 'DA2', capital: 'SN', measure: 'disbursed', value: 7_000_000_000, as_of: '2023-06-30' }] }));
    expect((await sovon('claims', 'import', file, dated)).code).toBe(0);
    const service = new Service(Book.open(file));
    try {
      const q2 = (disbursed: number) => statement(`q2-${disbursed}.xlsx`, [{ ...DA2, disbursed }, { ...DA3, disbursed: 3_000_000_000 }], { period: 'Quý II năm 2023' });
      await service.call('importTreasury', input(await q2(7_000_000_000), '2023-Q2'));
      let check = await service.call('treasuryCheck', { program: 'GNBV', period: '2023-Q2' });
      expect(check.rows.map((r) => [r.node, r.books, r.difference])).toEqual([['DA2', 7_000_000_000, 0], ['DA3', null, null]]);
      expect(check.flags).toEqual([]);
      await service.call('importTreasury', input(await q2(6_900_000_000), '2023-Q2'));
      check = await service.call('treasuryCheck', { program: 'GNBV', period: '2023-Q2' });
      expect(check.flags.map((f) => [f.claims[0]!.node, f.difference])).toEqual([['DA2', expect.any(Number)]]);
      expect(Math.abs(check.flags[0]!.difference)).toBe(100_000_000);
    } finally {
      service.close();
    }
  });

  it('refuses another unit’s, another period’s, and codes she has not mapped, saying what and where; nothing written', async () => {
    const file = await demo('refuse');
    const service = new Service(Book.open(file));
    try {
      const settings = (await service.call('bookInfo', {})).settings;
      await service.call('updateSettings', { settings: { ...settings, unitCode: '1034567' } });
      const before = service.book.claims.select({ program: 'GNBV' }).length;
      const refused = async (file: string, period: string) => (await service.call('importTreasury', input(file, period)).then(() => 'read', (e: Error) => e.message));
      expect(await refused(await statement('other-unit.xlsx', matching, { unitCode: '1099999' }), '2023'))
        .toBe('Tệp "other-unit.xlsx" là bảng của đơn vị có mã ĐVQHNS 1099999; sổ này của đơn vị mã 1034567 (Tệp > Cài đặt). Bảng của Kho bạc chưa được đọc; sổ không thay đổi.');
      expect(await refused(await statement('q3.xlsx', matching, { period: 'Quý III năm 2023' }), '2023-Q4'))
        .toContain('ghi kỳ "quý III, năm 2023", không phải quý IV/2023 như đã chọn');
      expect(await refused(await statement('codes.xlsx', [...matching, { source: '12', sector: '398', program: '00999', content: '', disbursed: 5 }]), '2023'))
        .toMatch(/1 mã của Kho bạc chưa gắn với dòng nào của sổ: 12\|398\|00999 \(ô A13\)/);
      expect(await refused(await statement('x.xlsx', matching), '2023-Q5')).toContain('Kỳ đối chiếu "2023-Q5" không đọc được');
      // ten unknown codes: the words name the first eight, the window is handed all ten to map
      const ten = Array.from({ length: 10 }, (_x, i) => ({ source: '12', sector: '398', program: `0090${i}`, content: '', disbursed: 5 }));
      const reply = await service.dispatch('importTreasury', input(await statement('ten.xlsx', ten), '2023'));
      expect(reply.ok ? null : [reply.error.match(/12\|398\|009\d\d/g)!.length, reply.detail?.unmapped]).toEqual([8, ten.map((r) => `12|398|${r.program}`)]);
      expect(service.book.claims.select({ program: 'GNBV' }).length).toBe(before);
      expect(service.book.tables.origins().some((o) => o.kind === 'treasury')).toBe(false);
    } finally {
      service.close();
    }
    // mapped by hand, the unknown code reads
    expect((await sovon('treasury', 'map', file, '--key', '12|398|00999', '--line', 'DA7', '--capital', 'SN')).code).toBe(0);
    const dry = await sovon('treasury', 'import', file, path.join(dir, 'codes.xlsx'), '--period', '2023', '--dry-run');
    expect(dry.out).toContain('12|398|00999\tDA7\tVốn SN');
  });
});

describe('a signed reconciliation, locked', () => {
  it('keeps both sides as signed; a later edit of a figure it covers asks first, reopens it in the log, and verify names a change behind it', async () => {
    const file = await demo('lock');
    const service = new Service(Book.open(file));
    const da3Disbursed = (trieu: string) => ({ key: { program: 'GNBV', origin: 'books', year: 2023, node: 'DA3.2', unit: null, capital: 'SN' as const, source: null, measure: 'disbursed' as const }, text: trieu, scale: 'trieu' as const });
    try {
      await service.call('importTreasury', input(await statement('lock.xlsx', matching), '2023'));
      const locked = await service.call('lockTreasury', { program: 'GNBV', period: '2023', by: 'Lò Văn Kế' });
      expect(locked).toMatchObject({ by: 'Lò Văn Kế', rows: 4, differences: 0 });
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')).toMatchObject({ state: 'locked', stateLabel: expect.stringMatching(/^đã khóa ngày \d\d\/\d\d\/\d{4} bởi Lò Văn Kế$/) });
      // DA3.2 is under DA3, which the lock covers: asked, not written
      const asked = await service.call('setClaim', da3Disbursed('1.000')).then(() => null, (e: { code?: string; message: string }) => e);
      expect(asked).toMatchObject({ code: 'reopenLocked', message: expect.stringMatching(/^Số này thuộc đối chiếu Kho bạc năm 2023 đã khóa ngày .* bởi Lò Văn Kế: sửa sẽ mở lại đối chiếu ấy/) });
      // a figure of another year is not the lock's
      await service.call('setClaim', { ...da3Disbursed('1.000'), key: { ...da3Disbursed('1.000').key, year: 2024 } });
      await service.call('setClaim', { ...da3Disbursed('1.000'), reopenLocked: true });
      expect((await service.call('undoInfo', {})).undo).toMatch(/\(mở lại đối chiếu Kho bạc năm 2023\)$/);
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')!.state).toBe('differences');
      // Hoàn tác takes the edit back and the lock stands again
      await service.call('undo', {});
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')!.state).toBe('locked');
      // the signed Treasury figures are not replaced behind the lock either: asked, then reopened
      const again = await statement('lock-again.xlsx', matching);
      expect(await service.call('importTreasury', input(again, '2023')).then(() => null, (e: { code?: string; message: string }) => e))
        .toMatchObject({ code: 'reopenLocked', message: expect.stringMatching(/^Đối chiếu Kho bạc năm 2023 đã khóa ngày .*: đọc lại bảng của Kho bạc sẽ mở lại đối chiếu ấy/) });
      expect((await service.call('importTreasury', input(again, '2023', true))).written).toBe(false); // a dry run is only looked at
      await service.call('importTreasury', { ...input(again, '2023'), reopenLocked: true });
      expect((await service.call('treasuryList', { program: 'GNBV' })).periods.find((p) => p.id === '2023')!.state).toBe('reconciled');
      await service.call('undo', {});
    } finally {
      service.close();
    }
    expect((await sovon('verify', file)).code).toBe(0);
    // a figure changed behind the lock's back
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file);
    db.prepare("UPDATE claims SET amount = amount + 1000000 WHERE node = 'DA3.2' AND measure = 'disbursed' AND capital = 'SN' AND year_from = 2023 AND origin = 'books'").run();
    db.close();
    const verified = await sovon('verify', file);
    expect(verified.out + verified.err).toContain('Đối chiếu Kho bạc năm 2023 đã khóa: DA3 · Vốn SN · Giải ngân lúc khóa là 6.334.000.000 đồng, nay sổ ghi 6.335.000.000 đồng.');
  });
});
