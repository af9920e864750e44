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
