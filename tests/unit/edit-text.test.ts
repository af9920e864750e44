// Holes issue, point 6: F2, Enter or a double-click opens the editor with the figure as she
// would type it, exactly (not "[object Object]", not rounded to the display).
import { describe, expect, it } from 'vitest';
import { datesText, editText, formatCell } from '../../renderer/src/grid/columns';
import { MAX_AMOUNT, parseMoney } from '../../shared/money';

const money = (dong: number) => ({ kind: 'money' as const, dong, stated: true });

describe('the text a cell editor opens with', () => {
  it('is the figure in the display unit, Vietnamese style', () => {
    expect(editText(money(116_200_000_000), 'trieu')).toBe('116.200');
    expect(editText(money(116_200_000_000), 'dong')).toBe('116.200.000.000');
    expect(editText({ kind: 'rate', percent: 81.82, decimals: 2, stated: true }, 'trieu')).toBe('81,82');
    expect(editText(undefined, 'trieu')).toBe('');
  });

  it('keeps every digit the display rounds away, so saving it back changes nothing', () => {
    const cell = money(1_234_567_891);
    expect(formatCell(cell, 'trieu')).toBe('1.234,568');
    expect(editText(cell, 'trieu')).toBe('1.234,567891');
    for (const dong of [1, 999_999, 1_234_567_891, -5_000_000, MAX_AMOUNT, -MAX_AMOUNT]) {
      for (const scale of ['dong', 'nghin', 'trieu'] as const) {
        expect(parseMoney(editText(money(dong), scale), scale)).toEqual({ ok: true, value: dong });
      }
    }
  });
});

describe('the date of a figure in its tooltip', () => {
  it('says to which day a figure runs, and the other days its origin gives', () => {
    expect(datesText({ kind: 'money', dong: 1, stated: true, asOf: '2024-12-31', otherDates: ['2024-06-30'] }))
      .toBe('Số liệu đến ngày 31/12/2024 (nguồn này còn ghi số đến ngày 30/06/2024)');
    expect(datesText({ kind: 'money', dong: 1, stated: true })).toBe('');
  });
});
