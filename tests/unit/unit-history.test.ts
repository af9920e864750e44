// The units tab of Danh mục chương trình tells each unit's story from listUnits alone: the
// district that ended on 30/06/2025 and the communes that took its projects over, each commune
// naming the district it took them from.
import { describe, expect, it } from 'vitest';
import type { UnitSpan } from '../../shared/units';
import { dayAfter, predecessors, readDateField, unitHistory, unitState } from '../../renderer/src/catalog/unit-history';

const unit = (name: string, from: string | null, to: string | null, successors: string[] = []): UnitSpan => ({ name, from, to, successors });

const book = [
  unit('Huyện Phong Thổ', null, '2025-06-30', ['Xã Phong Thổ', 'Xã Sì Lở Lầu']),
  unit('Huyện Sìn Hồ', null, '2025-06-30', ['Xã Phong Thổ']),
  unit('Xã Phong Thổ', '2025-07-01', null),
  unit('Xã Sì Lở Lầu', null, null),
  unit('UBND xã', '2021-01-01', '2025-12-31'),
];

describe('a unit s history in words', () => {
  it('says how long a district ran and who took it over', () => {
    expect(unitHistory(book, 'Huyện Phong Thổ')).toBe('Huyện Phong Thổ: hoạt động đến 30/06/2025; kế thừa: Xã Phong Thổ, Xã Sì Lở Lầu');
  });

  it('says which units a commune took over, two districts into one', () => {
    expect(predecessors(book, 'Xã Phong Thổ')).toEqual(['Huyện Phong Thổ', 'Huyện Sìn Hồ']);
    expect(unitHistory(book, 'Xã Phong Thổ')).toBe('Xã Phong Thổ: hoạt động từ 01/07/2025; nhận lại từ: Huyện Phong Thổ, Huyện Sìn Hồ');
    expect(unitHistory(book, 'Xã Sì Lở Lầu')).toBe('Xã Sì Lở Lầu: chưa ghi thời hạn; nhận lại từ: Huyện Phong Thổ');
  });

  it('gives both ends of a span, and nothing for a unit not in the list', () => {
    expect(unitHistory(book, 'UBND xã')).toBe('UBND xã: hoạt động từ 01/01/2021 đến 31/12/2025');
    expect(unitHistory(book, 'Huyện Mường Tè')).toBe('');
  });
});

describe('a unit s state on a given day', () => {
  it('has stopped from the day after its last day', () => {
    expect(unitState(book[0]!, '2026-12-08')).toBe('đã thôi từ 01/07/2025');
    expect(unitState(book[0]!, '2025-06-30')).toBe('đang hoạt động');
    expect(unitState(book[2]!, '2025-06-30')).toBe('chưa hoạt động (từ 01/07/2025)');
    expect(unitState(book[3]!, '2026-12-08')).toBe('đang hoạt động');
  });

  it('turns months and years', () => {
    expect(dayAfter('2025-06-30')).toBe('2025-07-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
});

describe('a date field as she types it', () => {
  it('reads 30/06/2025 and ISO, clears on empty, and says what is wrong with a day not on the calendar', () => {
    expect(readDateField(' 30/06/2025 ')).toEqual({ iso: '2025-06-30' });
    expect(readDateField('1/7/2025')).toEqual({ iso: '2025-07-01' });
    expect(readDateField('2025-06-30')).toEqual({ iso: '2025-06-30' });
    expect(readDateField('  ')).toEqual({ iso: null });
    expect(readDateField('31/02/2025')).toEqual({ wrong: '"31/02/2025" không phải là một ngày có thật (viết 30/06/2025).' });
    expect(readDateField('tháng 6')).toHaveProperty('wrong');
  });
});
