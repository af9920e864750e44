// Which columns she sees: the sets, the layouts and a hidden column, in the order the block
// selection follows.
import { describe, expect, it } from 'vitest';
import { COLUMN_SETS, DEFAULT_CHOICE, offeredGroups, shownColumns, shownGroups, type ColumnChoice } from '../../renderer/src/grid/column-sets';
import { SHEET_COLUMNS } from '../../shared/sheet/columns';

const choice = (c: Partial<ColumnChoice>): ColumnChoice => ({ ...DEFAULT_CHOICE, ...c });

describe('column sets', () => {
  it('first open: plan and disbursement, ĐT, SN and Cộng under each measure', () => {
    expect(shownGroups(DEFAULT_CHOICE).map((g) => g.header)).toEqual(['Giao', 'Tổng được sử dụng', 'Giải ngân', 'Tỷ lệ %']);
    expect(shownColumns(DEFAULT_CHOICE).slice(0, 4)).toEqual(['allocated:DT', 'allocated:SN', 'allocated:ALL', 'available:DT']);
    expect(shownGroups(DEFAULT_CHOICE)[0]!.columns.map((c) => [c.header, c.title])).toEqual([
      ['ĐT', 'Giao — Vốn ĐT'], ['SN', 'Giao — Vốn SN'], ['Cộng', 'Giao — Cộng'],
    ]);
  });

  it('"Chuyển nguồn" follows the money from last year to the next', () => {
    expect(COLUMN_SETS.carry.measures).toEqual(['carry_in', 'available', 'disbursed', 'cancelled', 'carry_out']);
  });

  it('"Đầy đủ" by capital is the whole sheet in its old order', () => {
    expect(shownColumns(choice({ set: 'full', layout: 'by-capital' }))).toEqual(SHEET_COLUMNS.map((c) => c.id));
    expect(shownColumns(choice({ set: 'full' }))).toHaveLength(24);
  });

  it('one capital at a time: the measures of the set for that capital only', () => {
    expect(shownColumns(choice({ layout: 'SN' }))).toEqual(['allocated:SN', 'available:SN', 'disbursed:SN', 'rate:SN']);
    expect(shownGroups(choice({ layout: 'ALL' })).map((g) => g.header)).toEqual(['Cộng']);
  });

  it('a hidden column is left out, an emptied group goes, and the menu still offers both', () => {
    const c = choice({ layout: 'DT', hidden: ['available:DT', 'rate:SN'] });
    expect(shownColumns(c)).toEqual(['allocated:DT', 'disbursed:DT', 'rate:DT']);
    expect(offeredGroups(c)[0]!.columns).toHaveLength(4);
    const noRates = choice({ hidden: ['rate:DT', 'rate:SN', 'rate:ALL'] });
    expect(shownGroups(noRates).map((g) => g.header)).toEqual(['Giao', 'Tổng được sử dụng', 'Giải ngân']);
  });
});
