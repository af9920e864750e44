import { describe, expect, it } from 'vitest';
import { quote } from '../../shared/i18n/vi';

describe('a value from a file quoted in a message', () => {
  it('cannot turn the message around with a right-to-left override', () => {
    // "exe.txt" written backwards after U+202E reads as "txt.exe" on screen.
    const quoted = quote('bao-cao\u202Etxt.exe');
    expect(quoted).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(quoted).toBe('"bao-cao txt.exe"');
  });

  it('drops zero-width and isolate characters that hide text, keeps Vietnamese', () => {
    expect(quote('Huy\u200Bện Phong Th\u2067ổ\u2069')).toBe('"Huy ện Phong Th ổ "');
    expect(quote('Tiểu dự án 1 – Đường giao thông')).toBe('"Tiểu dự án 1 – Đường giao thông"');
  });

  it('keeps a pasted value on one short line', () => {
    expect(quote('a\nb\tc')).toBe('"a b c"');
    expect(quote('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });
});

describe('a name from her file in an import message', () => {
  it('is quoted as a value is: a sheet named with U+202E cannot turn the message around', async () => {
    const { IMPORT_MSG, IMPORT_PLAN_MSG } = await import('../../shared/i18n/import');
    const message = IMPORT_PLAN_MSG.badCell('phu-luc.xlsx', 'Giải ngân\u202Exslx.exe', { cell: 'E5', text: '5000000', reason: 'tỷ lệ phải từ 0 đến 10.000 %' });
    expect(message).toBe('Tệp "phu-luc.xlsx", trang "Giải ngân xslx.exe", ô E5: "5000000" tỷ lệ phải từ 0 đến 10.000 %. Tệp chưa được nhập; hãy sửa ô đó trong Excel.');
    expect(IMPORT_MSG.notExcel('bao-cao\u202Etxt.xlsx')).not.toMatch(/\u202e/);
  });
});
