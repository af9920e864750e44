// Her place, remembered per book in the browser: what was stored comes back, and a damaged
// value never breaks the page (each bad part falls back to its default alone).
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutKey, loadLayout, parseLayout, rememberLayout } from '../../renderer/src/layout-memory';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('remembered layout', () => {
  it('gives back what she left, per book', () => {
    const s = memoryStorage();
    rememberLayout(s, '/a.sovon', { view: { program: 'GNBV', year: 2023, origin: 'books', project: 'DA7' }, collapsed: ['DA6'] });
    rememberLayout(s, '/a.sovon', { scale: 'dong', widths: { label: 300 }, panel: { open: false, dock: 'below' } });
    rememberLayout(s, '/a.sovon', { columns: { set: 'carry', layout: 'SN', hidden: ['carry_out:SN'], wrapLabels: true } });
    const back = loadLayout(s, '/a.sovon');
    expect(back.view).toEqual({ program: 'GNBV', year: 2023, origin: 'books', project: 'DA7' });
    expect(back.collapsed).toEqual(['DA6']);
    expect(back.scale).toBe('dong');
    expect(back.widths).toEqual({ label: 300 });
    expect(back.panel).toEqual({ open: false, dock: 'below' });
    expect(back.columns).toEqual({ set: 'carry', layout: 'SN', hidden: ['carry_out:SN'], wrapLabels: true });
    expect(loadLayout(s, '/b.sovon')).toEqual(DEFAULT_LAYOUT);
  });

  it('reads nothing, broken JSON or a stranger as the first open', () => {
    for (const text of [null, '', '{', 'null', '42', '"x"', '[1,2]']) expect(parseLayout(text)).toEqual(DEFAULT_LAYOUT);
  });

  it('keeps the good parts of a damaged value', () => {
    const back = parseLayout(JSON.stringify({
      view: { program: 'GNBV', year: '2023', origin: 'books' },
      scale: 'km',
      columns: { set: 'carry', layout: 'sideways', hidden: ['rate:SN', 'nope', 3], wrapLabels: 'yes' },
      widths: { label: 250.4, code: -4, 'rate:SN': 'wide', 'disbursed:DT': 1e9 },
      collapsed: 'DA7',
      panel: { open: false, dock: 'left' },
    }));
    expect(back.view).toBeNull();
    expect(back.scale).toBe('trieu');
    expect(back.columns).toEqual({ set: 'carry', layout: 'by-measure', hidden: ['rate:SN'], wrapLabels: false });
    expect(back.widths).toEqual({ label: 250 });
    expect(back.collapsed).toBeNull();
    expect(back.panel).toEqual({ open: false, dock: 'right' });
  });

  it('a storage that refuses to read or write costs her only the memory', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(loadLayout(refusing, '/a.sovon')).toEqual(DEFAULT_LAYOUT);
    expect(rememberLayout(refusing, '/a.sovon', { scale: 'ty' }).scale).toBe('ty');
  });

  it('keys by the book path, so two books keep two places', () => {
    expect(layoutKey('C:\\Sổ\\a.sovon')).not.toBe(layoutKey('C:\\Sổ\\b.sovon'));
  });
});
