// Placeholders as an accountant types them, with and without diacritics, and the reasons she is
// given when one cannot be read.
import { describe, expect, it } from 'vitest';
import { parseCell, parsePlaceholder } from '../../shared/template/parse';
import { checkTemplate, issueText } from '../../shared/template/check';
import { copyFormula, shiftFormula } from '../../shared/template/formula-shift';
import { amountIn } from '../../shared/template/amount';
import { dateInWords } from '../../shared/template/date-words';
import { dong } from '../../shared/money';

const read = (text: string) => {
  const r = parsePlaceholder(text);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};

describe('a figure placeholder', () => {
  it('reads a node, a measure, a capital and a year offset, in Vietnamese or plain ASCII alike', () => {
    const vi = read('DA3.1 | giải ngân | SN | năm N-1');
    const ascii = read('DA3.1 giai ngan sn nam n - 1');
    expect(vi).toEqual({ kind: 'figure', node: 'DA3.1', unit: null, measure: 'disbursed', capital: 'SN', source: null, origin: null, program: null, year: { kind: 'offset', by: -1 }, scale: null });
    // a programme named as a key, the code taken as typed
    expect(parsePlaceholder('* giải ngân | chương trình: GNBV')).toMatchObject({ ok: true, value: { kind: 'figure', node: '*', measure: 'disbursed', program: 'GNBV' } });
    expect(ascii).toEqual(vi);
  });

  it('tells "chuyển sang năm sau" from "chuyển sang", and "huy động" from "hủy"', () => {
    expect(read('GNBV chuyển sang năm sau ĐT')).toMatchObject({ measure: 'carry_out', capital: 'DT' });
    expect(read('GNBV chuyển sang ĐT')).toMatchObject({ measure: 'carry_in' });
    expect(read('DA1 giao huy động')).toMatchObject({ measure: 'allocated', source: 'HUY_DONG' });
    expect(read('DA1 hủy NSĐP')).toMatchObject({ measure: 'cancelled', source: 'NSDP' });
  });

  it('reads absolute years, periods, origins, implementing units and the unit to write in', () => {
    expect(read('DA5 giao năm 2023 đồng')).toMatchObject({ year: { kind: 'absolute', year: 2023 }, scale: 'dong' });
    expect(read('* tỷ lệ giai đoạn')).toMatchObject({ node: '*', measure: 'rate', year: { kind: 'period' } });
    expect(read('GNBV giao giai đoạn 2022-2024')).toMatchObject({ year: { kind: 'period', from: 2022, to: 2024 } });
    expect(read('DA3.1 giao SN | theo: report-III | đvth: UBND xã Mường So')).toMatchObject({ origin: 'report-III', unit: 'UBND xã Mường So' });
    expect(read('giải ngân Cộng')).toMatchObject({ node: null, capital: null });
  });
});

describe('other placeholders', () => {
  it('reads settings, dates, years, row fields, the display unit and repeats', () => {
    expect(read('tên đơn vị in hoa')).toEqual({ kind: 'setting', field: 'unitName', upper: true });
    expect(read('ke toan truong')).toEqual({ kind: 'setting', field: 'chiefAccountant', upper: false });
    expect(read('địa danh, ngày lập')).toEqual({ kind: 'date', withPlace: true });
    expect(read('năm N+1')).toEqual({ kind: 'year', year: { kind: 'offset', by: 1 } });
    expect(read('giai đoạn')).toEqual({ kind: 'year', year: { kind: 'period' } });
    expect(read('tên')).toEqual({ kind: 'field', field: 'name', upper: false });
    expect(read('đơn vị tính triệu')).toEqual({ kind: 'scale', scale: 'trieu' });
    expect(read('lặp tiểu dự án của DA3')).toEqual({ kind: 'repeat', list: 'subprojects', of: 'DA3' });
    expect(read('lap cong trinh')).toEqual({ kind: 'repeat', list: 'works', of: null });
  });

  it('cuts a cell into text and placeholders', () => {
    const { pieces, errors } = parseCell('TÌNH HÌNH NĂM {{năm}} ({{giai đoạn}})');
    expect(errors).toEqual([]);
    expect(pieces.map((p) => ('text' in p ? p.text : p.source))).toEqual(['TÌNH HÌNH NĂM ', '{{năm}}', ' (', '{{giai đoạn}}', ')']);
  });
});

describe('placeholders she mistyped', () => {
  it.each([
    ['{{DA3.1 giai ngam SN}}', 'không hiểu "giai ngam"'],
    ['{{DA3.1 SN}}', 'thiếu chỉ tiêu'],
    ['{{DA3.1 DA3.2 giao}}', 'hai mã dòng'],
    ['{{DA3.1 giao năm 20233}}', 'năm "20233" không đúng'],
    ['{{DA3.1 giao ĐT SN}}', 'ghi hai lần'],
    ['{{lặp}}', 'cần tên danh sách'],
    ['{{đơn vị tính tấn}}', 'đồng, nghìn, triệu hoặc tỷ'],
    ['{{}}', 'rỗng'],
    ['{{DA3.1 giao', 'thiếu "}}"'],
    ['{{DA3.1 giao | theo: }}', 'chưa ghi gì'],
  ])('%s is refused: %s', (text, reason) => {
    const { errors } = parseCell(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.reason).toContain(reason);
  });

  it('suggests the word she probably meant, with its diacritics, when the slip is small', () => {
    expect(parseCell('{{DA3.1 giai ngam SN}}').errors[0]!.reason).toBe('không hiểu "giai ngam" (có phải "giải ngân"?)');
    expect(parseCell('{{DA3.1 dieu chin}}').errors[0]!.reason).toBe('không hiểu "dieu chin" (có phải "điều chỉnh"?)');
    expect(parseCell('{{DA3.1 giao xyz}}').errors[0]!.reason).toBe('không hiểu "xyz"');
  });

  it('lists every bad placeholder of a template with its sheet and cell', () => {
    const plan = checkTemplate([
      { sheet: 'Biểu 1', address: 'C12', row: 12, text: '{{DA9 giao ĐT}}' },
      { sheet: 'Biểu 1', address: 'D12', row: 12, text: '{{giao ĐT}}' },
      { sheet: 'Biểu 1', address: 'B14', row: 14, text: '{{tên}}' },
      { sheet: 'Biểu 1', address: 'E12', row: 12, text: '{{DA1 giao | theo: tinh}}' },
      { sheet: 'Biểu 1', address: 'A20', row: 20, text: '{{lặp dự án}}{{lặp công trình}}' },
    ], { nodes: new Set(['GNBV', 'DA1']), origins: new Set(['books']) });
    const lines = plan.issues.map(issueText);
    expect(lines).toEqual(expect.arrayContaining([
      'Trang "Biểu 1", ô C12: {{DA9 giao ĐT}} — không có dòng mã "DA9" trong danh mục của sổ',
      expect.stringMatching(/^Trang "Biểu 1", ô D12: \{\{giao ĐT\}\} — chưa ghi mã dòng/),
      expect.stringMatching(/ô B14: \{\{tên\}\} — số thứ tự, mã và tên/),
      expect.stringMatching(/ô E12: .* sổ không có nguồn số liệu "tinh"/),
      expect.stringMatching(/ô A20: \{\{lặp công trình\}\} — một dòng chỉ có một/),
    ]));
  });

  it('refuses a workbook with no placeholder at all', () => {
    expect(checkTemplate([]).issues[0]!.reason).toContain('không có chỗ điền');
  });
});

describe('formulas when a repeating row is copied', () => {
  const place = { sheet: 'S', formulaSheet: 'S', inRepeatRow: false };
  it('grows a subtotal over the copies and moves references below', () => {
    expect(shiftFormula('SUM(C10:C10)', { after: 10, count: 4 }, place)).toBe('SUM(C10:C14)');
    expect(shiftFormula('SUM(C8:C10)+C12-$D$11', { after: 10, count: 4 }, place)).toBe('SUM(C8:C14)+C16-$D$15');
    expect(shiftFormula('C9*2', { after: 10, count: 4 }, place)).toBe('C9*2');
  });

  it('leaves strings, function names and other sheets alone', () => {
    expect(shiftFormula('IF(A12="C12",LOG10(B12),Khac!B12)', { after: 10, count: 1 }, place)).toBe('IF(A13="C12",LOG10(B13),Khac!B12)');
    expect(shiftFormula("'S'!B12+B12", { after: 10, count: 1 }, { ...place, formulaSheet: 'Khac' })).toBe("'S'!B13+B12");
  });

  it('keeps a row of its own as its own in the repeating row, and follows each copy', () => {
    expect(shiftFormula('C10+D10', { after: 10, count: 3 }, { ...place, inRepeatRow: true })).toBe('C10+D10');
    expect(shiftFormula('SUM(C10:E10)', { after: 10, count: 3 }, { ...place, inRepeatRow: true })).toBe('SUM(C10:E10)');
    expect(copyFormula('C10+D10/$C$5', 2, 'S')).toBe('C12+D12/$C$5');
  });
});

describe('amounts and dates as the sheet writes them', () => {
  it('divides đồng exactly into the unit asked for', () => {
    expect(amountIn(dong(12_060_500_000), 'trieu')).toBe(12060.5);
    expect(amountIn(dong(-1), 'trieu')).toBe(-0.000001);
    expect(amountIn(dong(5_257_000_000), 'dong')).toBe(5_257_000_000);
    expect(amountIn(dong(9_007_199_254_740_991), 'ty')).toBe(9007199.254740991);
  });

  it('writes a date in words with its place', () => {
    expect(dateInWords('2026-01-05', 'Phong Thổ')).toBe('Phong Thổ, ngày 05 tháng 01 năm 2026');
    expect(dateInWords('2026-01-05')).toBe('Ngày 05 tháng 01 năm 2026');
  });
});
