// A paste, a fill down, a block cleared: many cells as one action, all or none, one Ctrl+Z.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';

let dir: string;
beforeAll(() => { dir = tempDir('block'); });

const at = { program: 'GNBV', origin: 'books', year: 2023, scale: 'trieu' as const };
const cell = (node: string, measure: 'allocated' | 'disbursed', text: string | null) => ({ node, unit: null, capital: 'SN' as const, measure, text });

async function demo(name: string): Promise<Service> {
  const service = new Service();
  await service.call('newBook', { path: path.join(dir, `${name}.sovon`), demo: true });
  return service;
}

async function figures(service: Service, ...nodes: string[]): Promise<(number | null)[]> {
  const sheet = await service.call('getSheet', { program: 'GNBV', origin: 'books', year: 2023, project: null });
  return nodes.map((n) => {
    const c = sheet.rows.find((r) => r.id === n)!.cells['allocated:SN'];
    return c?.stated && c.kind === 'money' ? c.dong : null;
  });
}

describe('many cells as one action', () => {
  it('writes a pasted block, and one undo takes all of it back', async () => {
    const service = await demo('paste');
    const before = await figures(service, 'DA5', 'DA6.1', 'DA6.2');
    const checks = async () => (await service.call('runChecks', { program: 'GNBV', year: 2023 })).flags.map((f) => f.id).sort();
    const flagsBefore = await checks();
    const res = await service.call('setClaims', { ...at, what: 'paste', cells: [cell('DA5', 'allocated', '1.000'), cell('DA6.1', 'allocated', '2.000,5'), cell('DA6.2', 'allocated', '3000')] });
    expect(res.changed).toBe(3);
    expect(await figures(service, 'DA5', 'DA6.1', 'DA6.2')).toEqual([1_000_000_000, 2_000_500_000, 3_000_000_000]);
    expect((await service.call('undoInfo', {})).undo).toBe('dán 3 ô');
    // the report's DA5 allocation (12.060 triệu) no longer matches her books
    expect((await checks()).filter((id) => !flagsBefore.includes(id)).join(' ')).toMatch(/DA5/);
    await service.call('undo', {});
    expect(await figures(service, 'DA5', 'DA6.1', 'DA6.2')).toEqual(before);
    expect(await checks()).toEqual(flagsBefore);
    service.close();
  });

  it('writes none when one cell is wrong, and names that cell', async () => {
    const service = await demo('wrong');
    const before = await figures(service, 'DA5', 'DA6.1');
    await expect(service.call('setClaims', { ...at, what: 'paste', cells: [cell('DA5', 'allocated', '1.000'), cell('DA6.1', 'allocated', 'abc')] }))
      .rejects.toThrow(/^Ô DA6\.1 · Giao Vốn SN: Giá trị "abc" không hợp lệ.* Không ô nào được ghi\.$/);
    expect(await figures(service, 'DA5', 'DA6.1')).toEqual(before);
    expect((await service.call('undoInfo', {})).undo).toBeNull();
    service.close();
  });

  it('asks once before a negative allocation in a block, then writes it', async () => {
    const service = await demo('negative');
    const cells = [cell('DA5', 'allocated', '-5'), cell('DA6.1', 'allocated', '7')];
    const reply = await service.dispatch('setClaims', { ...at, what: 'paste', cells });
    expect(reply).toMatchObject({ ok: false, code: 'confirmNegative', error: expect.stringMatching(/^Ô DA5 · Giao Vốn SN: /) });
    await service.call('setClaims', { ...at, what: 'paste', cells, confirmNegative: true });
    expect(await figures(service, 'DA5', 'DA6.1')).toEqual([-5_000_000, 7_000_000]);
    service.close();
  });

  it('clears a block; cells already empty are no change', async () => {
    const service = await demo('clear');
    const res = await service.call('setClaims', { ...at, what: 'clear', cells: [cell('DA5', 'allocated', null), cell('DA5', 'disbursed', null), cell('DA1', 'allocated', null)] });
    expect(res.changed).toBe(2); // DA1's SN allocation is computed from its sub-projects: nothing stated to clear
    expect(await figures(service, 'DA5')).toEqual([null]);
    await service.call('undo', {});
    expect(await figures(service, 'DA5')).toEqual([12_060_000_000]);
    service.close();
  });
});
