import { describe, expect, it } from 'vitest';
import { dong } from '../../shared/money';
import { computeRate, formatRate, parseRate, sameRate, truncateRate } from '../../shared/rate';

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
});
