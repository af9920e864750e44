import { describe, expect, it } from 'vitest';
import { dong } from '../../shared/money';
import { MAX_RATE_PERCENT, checkRate, computeRate, formatRate, parseRate, sameRate, truncateRate } from '../../shared/rate';

const trieu = (n: number) => dong(n * 1_000_000);

describe('disbursement rates', () => {
  it('computes disbursed / available in percent, rounded at two decimals', () => {
    expect(formatRate(computeRate(trieu(696), trieu(858))!)).toBe('81,12');
    expect(formatRate(computeRate(trieu(66_313), trieu(71_570))!)).toBe('92,65');
    expect(formatRate(computeRate(trieu(5_808), trieu(6_687))!)).toBe('86,86');
  });

  it('can tell a rate that was cut instead of rounded', () => {
    const stated = parseRate('86,85');
    expect(stated.ok && sameRate(stated.value, computeRate(trieu(5_808), trieu(6_687))!)).toBe(false);
    expect(stated.ok && sameRate(stated.value, truncateRate(trieu(5_808), trieu(6_687), 2)!)).toBe(true);
  });

  it('has no rate when nothing is available', () => {
    expect(computeRate(trieu(5), trieu(0))).toBeNull();
  });

  it('compares rates written with different precision by value', () => {
    const a = parseRate('100');
    const b = parseRate('100,00');
    expect(a.ok && b.ok && sameRate(a.value, b.value)).toBe(true);
  });

  it('reads a stated rate with or without its percent sign', () => {
    expect(parseRate('81,82')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
    expect(parseRate('81,82%')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
    expect(parseRate('81,82 %')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
  });

  it('keeps at most six decimals', () => {
    expect(parseRate('81,123456')).toMatchObject({ ok: true });
    expect(parseRate('81,1234567')).toMatchObject({ ok: false, reason: expect.stringMatching(/quá nhiều chữ số thập phân/) });
  });

  it('is between 0 and 10 000 %, so its coefficient always fits a 64-bit integer', () => {
    expect(MAX_RATE_PERCENT).toBe(10_000);
    expect(parseRate('0')).toMatchObject({ ok: true });
    expect(parseRate('10.000')).toMatchObject({ ok: true });
    expect(parseRate('10.000,000000')).toMatchObject({ ok: true });
    const outside = { ok: false, reason: 'tỷ lệ phải từ 0 đến 10.000 %' };
    expect(parseRate('10.000,000001')).toEqual(outside);
    expect(parseRate('-1')).toEqual(outside);
    expect(parseRate('(0,5)')).toEqual(outside);
    expect(parseRate((2n ** 63n).toString())).toEqual(outside);
    expect(checkRate({ coefficient: 2n ** 70n, decimals: 0 })).toEqual(outside);
    expect(checkRate({ coefficient: 1n, decimals: 401 })).toMatchObject({ ok: false });
  });

  it('refuses what is not a single rate', () => {
    expect(parseRate('81,82\t92,65')).toMatchObject({ ok: false, reason: expect.stringMatching(/nhiều ô/) });
    expect(parseRate('81.82.5')).toMatchObject({ ok: false });
  });
});
