import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, dong, formatMoney, parseMoney } from '../../shared/money';
import { parseDecimal } from '../../shared/decimal';

const inTrieu = (text: string) => {
  const r = parseMoney(text, 'trieu');
  return r.ok ? r.value : r.reason;
};

describe('money typed by the accountant', () => {
  it('reads Vietnamese notation in triệu into whole đồng', () => {
    expect(inTrieu('1.234,5')).toBe(1_234_500_000);
    expect(inTrieu('12.060')).toBe(12_060_000_000);
    expect(inTrieu('121.457')).toBe(121_457_000_000);
    expect(inTrieu('1.493,825')).toBe(1_493_825_000);
    expect(inTrieu('0,5')).toBe(500_000);
  });

  it('reads the English and plain forms people paste', () => {
    expect(inTrieu('1,234.5')).toBe(1_234_500_000);
    expect(inTrieu('1,234,567')).toBe(1_234_567_000_000);
    expect(inTrieu('1234.5')).toBe(1_234_500_000);
    expect(inTrieu('1234,5')).toBe(1_234_500_000);
    expect(inTrieu('1 234 567')).toBe(1_234_567_000_000);
  });

  it('reads signs and accounting parentheses', () => {
    expect(inTrieu('-2.000')).toBe(-2_000_000_000);
    expect(inTrieu('(2.000)')).toBe(-2_000_000_000);
    expect(inTrieu('+15')).toBe(15_000_000);
  });

  it('converts between scales without floats', () => {
    expect(parseMoney('1.234.567', 'dong')).toEqual({ ok: true, value: 1_234_567 });
    expect(parseMoney('1,5', 'ty')).toEqual({ ok: true, value: 1_500_000_000 });
    expect(parseMoney('0,1', 'nghin')).toEqual({ ok: true, value: 100 });
    // 0.1 + 0.2 would not be 0.3 in floats; here it is exact
    expect(inTrieu('0,3')).toBe(Number(inTrieu('0,1')) + Number(inTrieu('0,2')));
  });

  it('refuses what is not money, saying why in Vietnamese', () => {
    expect(inTrieu('abc')).toMatch(/không phải là số/);
    expect(inTrieu('1.23.4')).toMatch(/không hợp lệ/);
    expect(inTrieu('')).toMatch(/trống/);
    expect(parseMoney('0,5', 'dong')).toMatchObject({ ok: false, reason: expect.stringMatching(/dưới một đồng/) });
  });

  it('refuses a percent sign, a pasted block and the holes that hid a wrong figure', () => {
    expect(inTrieu('50%')).toMatch(/số tiền không có dấu %/);
    expect(parseMoney('120\t350', 'dong')).toMatchObject({ ok: false, reason: expect.stringMatching(/nhiều ô/) });
    expect(parseMoney('12\n500', 'dong')).toMatchObject({ ok: false, reason: expect.stringMatching(/nhiều ô/) });
    expect(inTrieu('(-2.000)')).toMatch(/dấu ngoặc/);
    expect(inTrieu('1.234,567.89')).toMatch(/lẫn lộn/);
    expect(inTrieu('12 34')).toMatch(/dấu cách/);
  });

  it('refuses amounts beyond any budget (a million tỷ đồng), in any scale, so no total of them leaves exact numbers', () => {
    expect(parseMoney('1.000.000.000.000.000', 'dong')).toEqual({ ok: true, value: MAX_AMOUNT });
    expect(parseMoney('1.000.000', 'ty')).toEqual({ ok: true, value: MAX_AMOUNT });
    const tooBig = { ok: false, reason: expect.stringMatching(/^số tiền quá lớn/) };
    expect(parseMoney('1.000.000.000.000.001', 'dong')).toMatchObject(tooBig);
    expect(parseMoney('9.007.199.254.740.992', 'dong')).toMatchObject(tooBig);
    expect(parseMoney('-1.000.000.000.000.001', 'dong')).toMatchObject(tooBig);
    expect(parseMoney('1.000.001', 'ty')).toMatchObject(tooBig);
    expect(parseMoney('1,5', 'dong')).toMatchObject({ ok: false, reason: expect.stringMatching(/dưới một đồng/) });
    expect(parseMoney('0,0001', 'nghin')).toMatchObject({ ok: false, reason: expect.stringMatching(/dưới một đồng/) });
  });

  it('formats đồng in triệu the Vietnamese way, up to three decimals', () => {
    expect(formatMoney(dong(1_234_567_500_000), 'trieu')).toBe('1.234.567,5');
    expect(formatMoney(dong(12_060_000_000), 'trieu')).toBe('12.060');
    expect(formatMoney(dong(1_493_825_000), 'trieu')).toBe('1.493,825');
    expect(formatMoney(dong(1_234_567), 'trieu')).toBe('1,235');
    expect(formatMoney(dong(-2_500_000), 'trieu')).toBe('-2,5');
    expect(formatMoney(dong(1_234_567), 'dong')).toBe('1.234.567');
    expect(formatMoney(dong(0), 'trieu')).toBe('0');
  });

  it('keeps the number of decimals a figure was written with', () => {
    expect(parseDecimal('81,82')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
    expect(parseDecimal('39,9')).toEqual({ ok: true, value: { coefficient: 399n, decimals: 1 } });
    expect(parseDecimal('100')).toEqual({ ok: true, value: { coefficient: 100n, decimals: 0 } });
  });

  it('refuses amounts that are not whole đồng at the type boundary', () => {
    expect(() => dong(1.5)).toThrow(/số nguyên/);
  });
});
