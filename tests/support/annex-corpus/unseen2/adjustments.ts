// Unseen2 5: an adjustment decision: "Dự toán giao đầu năm | Điều chỉnh tăng | Điều chỉnh giảm |
// Dự toán sau điều chỉnh" (the two adjustment columns under one "Điều chỉnh" caption as "Tăng |
// Giảm", or flat; or a decision that only adds: "Bổ sung" alone), now and then a carry-in column
// first and a "Tổng dự toán được sử dụng" last. Either her district's table (contents as rows, the
// title names her) or the districts as rows (node GNBV). The title names the capital type.
// expected: her cells: allocated = "đầu năm"; adjusted = tăng − giảm, ONE signed figure per row,
// stated when at least one of the two cells states a number (blank and "-" state nothing; a
// decrease alone is −giảm, an increase alone +tăng) — the "sau điều chỉnh" column proves the
// reading on every row (sau = đầu năm + tăng − giảm); carry_in from the carry-in column, available
// from "Tổng dự toán được sử dụng" (= carry-in + sau điều chỉnh). "Dự toán sau điều chỉnh" itself
// is NOT a figure: it is allocated + adjusted, and without the year's carry-in it is not the
// money available (it is in no expected: reading it as available or allocated is a fault).
import type { Cell } from '../common';
import { type Figure, record } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, PROGRAMME, TAKES_DT, someDistricts, unitSpelling } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type PRow, family2, numbering, programmeRows, under } from './lib';
import { naming } from '../words';

type K = 'carry_in' | 'start' | 'up' | 'down' | 'after' | 'available';
interface Flow { carry_in: number; start: number; up: number; down: number }

export const adjustments = family2(
  'adjustments',
  'an adjustment decision: đầu năm | tăng | giảm | sau điều chỉnh (and carry-in, available), her contents table or districts as rows',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Điều chỉnh', 'Biểu 02']));
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const layout = ctx.pick(['hers', 'districts'] as const, 'layout');
    const kinds = ctx.pick(['both', 'both', 'up-only'] as const, 'adjustColumns');
    const carry = ctx.chance(0.35, 'carryIn');
    const grouped = kinds === 'both' && ctx.chance(0.5, 'groupedTangGiam');
    const y = ctx.year;
    const flows = new Map<string, Flow>();
    const flow = (key: string): Flow => {
      if (!flows.has(key)) {
        const start = ctx.amount(capital === 'DT' ? 10_000 : 2_000, 0.05);
        const dir = ctx.pick(kinds === 'up-only' ? ['none', 'up'] : ['none', 'up', 'down', 'down']);
        const part = ctx.share(start, 0.05 + ctx.r() * 0.3);
        flows.set(key, { carry_in: carry ? ctx.amount(capital === 'DT' ? 3_000 : 400, 0.4) : 0, start, up: dir === 'up' ? part : 0, down: dir === 'down' ? part : 0 });
      }
      return flows.get(key)!;
    };
    const val = (f: Flow, k: K) => (k === 'carry_in' ? f.carry_in : k === 'start' ? f.start : k === 'up' ? f.up : k === 'down' ? f.down
      : k === 'after' ? f.start + f.up - f.down : f.carry_in + f.start + f.up - f.down);
    const heads: Record<K, string> = {
      carry_in: ctx.pick([`Dự toán năm ${y - 1} chuyển sang`, 'Kinh phí năm trước chuyển sang']),
      start: ctx.pick([`Dự toán giao đầu năm ${y}`, 'Dự toán đầu năm', `Kế hoạch vốn giao đầu năm ${y}`]),
      up: kinds === 'up-only' ? ctx.pick(['Bổ sung', 'Bổ sung dự toán', 'Giao bổ sung']) : grouped ? 'Tăng' : 'Điều chỉnh tăng',
      down: grouped ? 'Giảm' : 'Điều chỉnh giảm',
      after: ctx.pick(['Dự toán sau điều chỉnh', 'Kế hoạch vốn sau điều chỉnh', `Dự toán năm ${y} sau điều chỉnh`]),
      available: ctx.pick(['Tổng dự toán được sử dụng', `Tổng kinh phí được sử dụng năm ${y}`]),
    };
    const ks: K[] = [...(carry ? ['carry_in' as const] : []), 'start', 'up', ...(kinds === 'both' ? ['down' as const] : []), 'after', ...(carry ? ['available' as const] : [])];
    ctx.note('columns', ks);
    const groupWord = ctx.pick(['Điều chỉnh', 'Điều chỉnh dự toán', 'Số điều chỉnh']);
    const two = grouped || ctx.chance(0.3);
    const path = (k: K) => (grouped && (k === 'up' || k === 'down') ? [groupWord, heads[k]] : two ? [heads[k], heads[k]] : [heads[k]]);
    const expected: ExpectedFigure[] = [];
    /** her cells on one row: the measures, adjusted from tăng and giảm */
    const mine = (node: string, cells: Cell[]) => {
      const at = (k: K) => cells[ks.indexOf(k)]!;
      const fig = (m: Figure['measure']): Figure => ({ node, capital, source: null, measure: m });
      record(expected, at('start'), fig('allocated'));
      if (carry) { record(expected, at('carry_in'), fig('carry_in')); record(expected, at('available'), fig('available')); }
      const up = at('up'), down = kinds === 'both' ? at('down') : null;
      const n = (c: Cell | null) => (c !== null && typeof c === 'object' && 'dong' in c ? c.dong : null);
      if (n(up) !== null || n(down) !== null) expected.push({ ...fig('adjusted'), dong: (n(up) ?? 0) - (n(down) ?? 0) });
    };
    let header: string[][];
    let rows: { cells: Cell[]; bold?: boolean }[];
    let tail = '';
    if (layout === 'hers') {
      tail = ` - ${ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ'])}`;
      const t = programmeRows(ctx, capital === 'DT' ? (c) => TAKES_DT.has(c) : undefined);
      const name = naming(ctx);
      const stts = numbering(ctx, t.rows);
      const total = ctx.pick(['TỔNG SỐ', 'Tổng cộng']);
      const cap = (r: PRow) => (r.level === 0 ? total : r.sub ? name.sub(r.project!, r.sub) : name.project(r.project!));
      rows = t.rows.map((r, i) => {
        const sum = (k: K) => t.leaves.filter((l) => under(l, r.node!)).reduce((s, l) => s + val(flow(l), k), 0);
        const cells = ks.map((k) => ctx.money(sum(k)));
        mine(r.node!, cells);
        return { cells: [stts[i] || null, cap(r), ...cells], bold: r.level < 2 };
      });
      const depth = path('start').length;
      header = [Array<string>(depth).fill('STT'), Array<string>(depth).fill(ctx.pick(['Nội dung', 'Dự án, tiểu dự án'])), ...ks.map(path)];
    } else {
      const spell = unitSpelling(ctx);
      const ds = someDistricts(ctx, 3);
      const list = ds.map((d, i) => ({ stt: String(i + 1), name: spell(d), f: flow(d), mine: d === MINE, bold: false }));
      const sumF = (xs: { f: Flow }[]): Flow => ({ carry_in: xs.reduce((s, x) => s + x.f.carry_in, 0), start: xs.reduce((s, x) => s + x.f.start, 0), up: xs.reduce((s, x) => s + x.f.up, 0), down: xs.reduce((s, x) => s + x.f.down, 0) });
      const tot = { stt: '', name: ctx.pick(['TỔNG SỐ', 'Tổng cộng']), f: sumF(list), mine: false, bold: true };
      const all = ctx.chance(0.5, 'totalOnTop') ? [tot, ...list] : [...list, tot];
      rows = all.map((u) => {
        const cells = ks.map((k) => ctx.money(val(u.f, k)));
        if (u.mine) mine('GNBV', cells);
        return { cells: [u.stt || null, u.name, ...cells], bold: u.bold };
      });
      const depth = path('start').length;
      header = [Array<string>(depth).fill('STT'), Array<string>(depth).fill(ctx.pick(['Đơn vị', 'Huyện, thành phố'])), ...ks.map(path)];
    }
    const what = capital === 'DT' ? 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN' : ctx.pick(['DỰ TOÁN KINH PHÍ SỰ NGHIỆP', 'DỰ TOÁN VỐN SỰ NGHIỆP']);
    const lines = [
      { text: `ĐIỀU CHỈNH ${what} ${ctx.pick(PROGRAMME)} NĂM ${y}${tail}`, kind: 'title' as const },
      ...(ctx.chance(0.6) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return { expected };
  },
);
