// The printed sheet's own rules: totals that add up after rounding, dates as NĐ 30/2020 writes
// them, her text never taken for markup, and where to find a Chromium.
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/backend/print/chromium';
import { formatUnits, longDate, toUnits } from '../../shared/print/format';
import { esc } from '../../shared/print/html';
import { printPage } from '../../shared/print/page';
import { roundTree } from '../../shared/print/rounding';
import { defaultSettings } from '../../shared/settings';

describe('rounding to the display unit', () => {
  const lines = [{ id: 'DA3', parentId: null }, { id: 'a', parentId: 'DA3' }, { id: 'b', parentId: 'DA3' }, { id: 'c', parentId: 'DA3' }];

  it('moves the part rounded furthest so that the printed parts add up to the printed total', () => {
    // 400 + 400 + 700 = 1.500 đồng: the total prints 0,002 triệu (steps of a thousand đồng),
    // the parts 0 + 0 + 0,001; the part rounded furthest down moves up one step
    const dong = new Map([['DA3', 1_500], ['a', 400], ['b', 400], ['c', 700]]);
    const r = roundTree(lines, (id) => dong.get(id), 'trieu');
    expect(r.units.get('DA3')).toBe(2n);
    expect(r.units.get('a')! + r.units.get('b')! + r.units.get('c')!).toBe(2n);
    expect(r.adjusted.size).toBe(1);
  });

  it('leaves a real difference alone: it is what she reconciles', () => {
    const dong = new Map([['DA3', 5_000_000], ['a', 400], ['b', 400], ['c', 700]]);
    const r = roundTree(lines, (id) => dong.get(id), 'trieu');
    expect(r.units.get('DA3')).toBe(5_000n);
    expect(r.adjusted.size).toBe(0);
  });

  it('writes vi-VN figures, zero as a dash', () => {
    expect(formatUnits(toUnits(1_234_567_500, 'trieu'), 'trieu')).toBe('1.234,568');
    expect(formatUnits(toUnits(121_457_000_000, 'dong'), 'dong')).toBe('121.457.000.000');
    expect(formatUnits(0n, 'trieu')).toBe('-');
  });
});

describe('the page', () => {
  it('dates as NĐ 30/2020 writes: a zero before days below 10 and months 1 and 2 only', () => {
    expect(longDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(longDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
    expect(longDate('2025-03-09')).toBe('ngày 09 tháng 3 năm 2025');
  });

  it('prints her text as text, and carries no script', () => {
    const settings = { ...defaultSettings('Sổ'), unitName: 'UBND xã <script>alert(1)</script> & "Mường So"' };
    const html = printPage({ settings, title: 'Bảng', subtitles: [], scale: 'trieu', table: null, footnotes: [], date: '2026-01-05', parties: [] });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(esc('UBND xã <script>alert(1)</script> & "Mường So"'));
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('size: A4 landscape');
  });
});

describe('finding a Chromium to print with', () => {
  const only = (...files: string[]) => (f: string) => files.includes(f);
  it('takes CHROMIUM_PATH, then the PATH, then /usr/bin/chromium', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, only('/opt/c/chrome', '/usr/bin/chromium'))).toBe('/opt/c/chrome');
    expect(findChromium({ CHROMIUM_PATH: '/nowhere' }, only('/usr/bin/chromium'))).toBeNull();
    expect(findChromium({ PATH: '/a:/b' }, only('/b/google-chrome', '/usr/bin/chromium'))).toBe('/b/google-chrome');
    expect(findChromium({ PATH: '/a' }, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/a' }, only())).toBeNull();
  });
});
