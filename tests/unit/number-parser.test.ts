// The one number reader shared by the grid, the CLI, the interchange format and import:
// what it refuses, and why, so a pasted block or a stray sign is never saved as a wrong figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Decimal, MAX_NUMBER_LENGTH, decimalFromNumber, formatVi, parseDecimal, pow10 } from '../../shared/decimal';
import { parseInterchange } from '../../shared/interchange';
import { parseMoney } from '../../shared/money';
import { parseRate } from '../../shared/rate';

const dong = (text: string) => {
  const r = parseMoney(text, 'dong');
  return r.ok ? r.value : r.reason;
};
const decimal = (text: string) => {
  const r = parseDecimal(text);
  return r.ok ? r.value : r.reason;
};
const refused = (text: string) => {
  const r = parseDecimal(text);
  return r.ok ? null : r.reason;
};

/** Compares by value: "1,000" and "1" are the same number written with different precision. */
function sameValue(a: Decimal, b: Decimal): boolean {
  const d = Math.max(a.decimals, b.decimals);
  return a.coefficient * pow10(d - a.decimals) === b.coefficient * pow10(d - b.decimals);
}

describe('a block of cells pasted into one cell', () => {
  it('is refused, not read as one number', () => {
    expect(dong('120\t350')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('12\n500')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('12\r\n500')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('12\r500')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('120\t')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('\t120')).toMatch(/nhiều ô được dán vào một ô/);
    expect(dong('12\n\n')).toMatch(/nhiều ô được dán vào một ô/);
  });

  it('refuses other control characters too', () => {
    expect(refused('1\u00002')).not.toBeNull();
    expect(refused('12\u001b')).not.toBeNull();
  });

  it('accepts the line break Excel puts after the copy of a single cell', () => {
    expect(dong('12.060\n')).toBe(12_060);
    expect(dong('12.060\r\n')).toBe(12_060);
    expect(dong(' 1.234 \r\n')).toBe(1_234);
  });
});

describe('spaces', () => {
  it('group the integer part in threes, plain or non-breaking', () => {
    expect(dong('1 234 567')).toBe(1_234_567);
    expect(dong('1\u00a0234\u00a0567')).toBe(1_234_567);
    expect(dong('1\u202f234')).toBe(1_234);
    expect(decimal('1 234,5')).toEqual({ coefficient: 12345n, decimals: 1 });
    expect(dong('\u00a0 1 234 \u00a0')).toBe(1_234);
  });

  it('are refused anywhere else', () => {
    for (const text of ['12 34', '1  234', '1 2', '1234 567', '1 234,5 6', '1 2345']) {
      expect(refused(text), text).toMatch(/dấu cách chỉ dùng để tách nhóm ba chữ số/);
    }
  });
});

describe('signs and accounting parentheses', () => {
  it('read one sign, written any of the usual ways', () => {
    expect(dong('(5.000)')).toBe(-5_000);
    expect(dong('( 5.000 )')).toBe(-5_000);
    expect(dong('-5.000')).toBe(-5_000);
    expect(dong('\u22125.000')).toBe(-5_000);
    expect(dong('+5')).toBe(5);
  });

  it('refuse parentheses together with a sign instead of cancelling them', () => {
    expect(dong('(-5000)')).toMatch(/vừa có dấu ngoặc vừa có dấu trừ/);
    expect(dong('(\u22125000)')).toMatch(/vừa có dấu ngoặc vừa có dấu trừ/);
    expect(dong('-(5000)')).toMatch(/vừa có dấu ngoặc vừa có dấu trừ/);
    expect(dong('(+5000)')).toMatch(/dấu ngoặc/);
  });

  it('refuse an unbalanced parenthesis or a doubled sign', () => {
    expect(refused('(5000')).not.toBeNull();
    expect(refused('5000)')).not.toBeNull();
    expect(refused('--5')).not.toBeNull();
    expect(refused('()')).not.toBeNull();
  });
});

describe('the percent sign', () => {
  it('is not money', () => {
    expect(dong('50%')).toMatch(/số tiền không có dấu %/);
    expect(dong('50 %')).toMatch(/số tiền không có dấu %/);
    expect(parseMoney('0,5%', 'trieu')).toMatchObject({ ok: false });
  });

  it('is part of a rate', () => {
    expect(parseRate('50%')).toEqual({ ok: true, value: { coefficient: 50n, decimals: 0 } });
    expect(parseRate('81,82 %')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
    expect(parseRate('81,82\u00a0%')).toEqual({ ok: true, value: { coefficient: 8182n, decimals: 2 } });
  });

  it('is refused by the plain reader unless a rate is being read', () => {
    expect(refused('50%')).toMatch(/%/);
    expect(parseDecimal('50%', { percent: true })).toEqual({ ok: true, value: { coefficient: 50n, decimals: 0 } });
    expect(refused('50%%')).not.toBeNull();
  });
});

describe('dots and commas', () => {
  it('refuse a mark that is both decimal mark and group separator', () => {
    expect(refused('1.234,567.89')).toMatch(/lẫn lộn dấu chấm và dấu phẩy/);
    expect(refused('1,234.567,89')).toMatch(/lẫn lộn dấu chấm và dấu phẩy/);
    expect(refused('1.234,5,6')).toMatch(/lẫn lộn dấu chấm và dấu phẩy/);
  });

  it('refuse groups separated partly by spaces and partly by dots or commas', () => {
    expect(refused('1.234 567')).toMatch(/lẫn lộn/);
    expect(refused('1 234.567.890')).toMatch(/lẫn lộn/);
    expect(refused('1 234,567,890')).toMatch(/lẫn lộn/);
    expect(refused('1 234.567,5')).toMatch(/lẫn lộn/);
  });

  it('keep the readings accountants rely on', () => {
    expect(decimal('1,5')).toEqual({ coefficient: 15n, decimals: 1 });
    expect(decimal('1,234')).toEqual({ coefficient: 1234n, decimals: 3 });
    expect(decimal('1,234,567')).toEqual({ coefficient: 1234567n, decimals: 0 });
    expect(decimal('1.234.567')).toEqual({ coefficient: 1234567n, decimals: 0 });
    expect(decimal('12.060')).toEqual({ coefficient: 12060n, decimals: 0 });
    expect(decimal('0.5')).toEqual({ coefficient: 5n, decimals: 1 });
    expect(decimal('0.500')).toEqual({ coefficient: 500n, decimals: 3 });
    expect(decimal('1234.5')).toEqual({ coefficient: 12345n, decimals: 1 });
    expect(decimal('1.5')).toEqual({ coefficient: 15n, decimals: 1 });
    expect(decimal('1.234.567,5')).toEqual({ coefficient: 12345675n, decimals: 1 });
    expect(decimal('1,234,567.5')).toEqual({ coefficient: 12345675n, decimals: 1 });
  });

  it('refuse groups that are not exactly three digits', () => {
    for (const text of ['1.23.4', '1..234', '1,23,4', '1234.567.890', '1.234.56,7']) {
      expect(refused(text), text).toMatch(/không hợp lệ/);
    }
  });
});

describe('long text', () => {
  it('is refused up front, whatever it holds', () => {
    expect(refused(' '.repeat(1 << 20))).toMatch(/quá dài/);
    expect(refused('1' + ' '.repeat(200_000) + '2')).toMatch(/quá dài/);
    expect(refused('1'.repeat(MAX_NUMBER_LENGTH + 1))).toMatch(/quá dài \(tối đa 64 ký tự\)/);
    expect(decimal('1'.repeat(MAX_NUMBER_LENGTH))).toMatchObject({ decimals: 0 });
  });
});

describe('JSON numbers of the interchange format', () => {
  it('are read in plain notation', () => {
    expect(decimalFromNumber(1.234)).toEqual({ ok: true, value: { coefficient: 1234n, decimals: 3 } });
    expect(decimalFromNumber(-2500000)).toEqual({ ok: true, value: { coefficient: -2500000n, decimals: 0 } });
    expect(decimalFromNumber(0.1)).toEqual({ ok: true, value: { coefficient: 1n, decimals: 1 } });
  });

  it('are refused when only an exponent can write them', () => {
    expect(decimalFromNumber(1e21)).toMatchObject({ ok: false, reason: expect.stringMatching(/lũy thừa/) });
    expect(decimalFromNumber(1.5e300)).toMatchObject({ ok: false });
    expect(decimalFromNumber(1e-7)).toMatchObject({ ok: false });
    expect(decimalFromNumber(Number.NaN)).toMatchObject({ ok: false });
    expect(decimalFromNumber(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
  });
});

describe('the interchange format reads values with the same rules', () => {
  const file = (value: number | string, measure = 'rate') => ({
    format: 'sovon-claims/1',
    program: 'GNBV',
    origins: [{ id: 'books', kind: 'books', label: 'Sổ' }],
    claims: [{ origin: 'books', year: 2024, node: 'DA3', measure, value }],
  });

  it('refuses rates no column can hold', () => {
    expect(() => parseInterchange(file('0,' + '1'.repeat(40)))).toThrow(/quá nhiều chữ số thập phân/);
    expect(() => parseInterchange(file('0,' + '1'.repeat(100)))).toThrow(/quá dài/);
    expect(() => parseInterchange(file('0,' + '1'.repeat(401)))).toThrow();
    expect(() => parseInterchange(file((2n ** 64n).toString()))).toThrow(/tỷ lệ phải từ 0 đến 10\.000 %/);
    expect(() => parseInterchange(file(2 ** 64))).toThrow(/tỷ lệ phải từ 0 đến 10\.000 %/);
    expect(() => parseInterchange(file(-5))).toThrow(/tỷ lệ phải từ 0/);
  });

  it('accepts a rate with its percent sign and refuses one on money', () => {
    expect(parseInterchange(file('81,82 %')).claims[0]!.value).toEqual({ coefficient: 8182n, decimals: 2 });
    expect(() => parseInterchange(file('50%', 'allocated'))).toThrow(/%/);
    expect(() => parseInterchange(file('120\t350', 'allocated'))).toThrow(/nhiều ô/);
  });
});

describe('reasons', () => {
  it('never repeat what was typed', () => {
    for (const text of ['120\t350', '12 34', '(-5000)', 'abc123', '1.234,567.89', '1.23.4', '9'.repeat(70)]) {
      const reason = refused(text);
      expect(reason, text).not.toBeNull();
      expect(reason, text).not.toContain(text);
    }
  });
});

describe('properties', () => {
  const coefficient = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
  const decimals = fc.integer({ min: 0, max: 3 });

  it('reads back every number the app writes', () => {
    fc.assert(fc.property(coefficient, decimals, fc.boolean(), (c, d, trimZeros) => {
      const written = formatVi(c, d, trimZeros);
      const read = parseDecimal(written);
      expect(read.ok, written).toBe(true);
      expect(read.ok && sameValue(read.value, { coefficient: c, decimals: d }), written).toBe(true);
    }), { numRuns: 2000 });
  });

  it('refuses any text with a tab between digits', () => {
    const digit = fc.integer({ min: 0, max: 9 }).map(String);
    // Number-like neighbours find the dangerous pastes ("120\t350") far more often than any text.
    const numberish = fc.string({ unit: fc.constantFrom(...'0123456789., -()%'), maxLength: 12 });
    const side = fc.oneof(fc.string(), numberish);
    fc.assert(fc.property(side, digit, digit, side, (before, a, b, after) => {
      const text = `${before}${a}\t${b}${after}`;
      for (const r of [parseDecimal(text), parseMoney(text, 'trieu'), parseRate(text)]) {
        expect(r.ok, JSON.stringify(text)).toBe(false);
      }
      if (text.length <= MAX_NUMBER_LENGTH) {
        const r = parseDecimal(text);
        expect(!r.ok && r.reason).toMatch(/nhiều ô được dán vào một ô/);
      }
    }), { numRuns: 2000 });
  });
});
