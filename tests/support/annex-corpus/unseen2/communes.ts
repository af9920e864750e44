// Unseen2 4: after 1 July 2025 (two-tier local government) the province allocates to the new
// communes and wards: units as rows "Xã Phong Thổ", "Xã Sì Lở Lầu", "Phường Tân Phong", ... (or
// "UBND xã ...", "xã ...", bare names under a "Tên xã, phường" header, or in capitals), now and
// then grouped under the former districts ("I. Khu vực huyện Phong Thổ (cũ)", summed on the
// caption row); columns are a "Tổng số" and the projects (or project › sub-project), the title
// naming the capital type ("... NĂM 2025 CHO CÁC XÃ, PHƯỜNG SAU SẮP XẾP"). Her book is now the
// commune's: "Xã Sì Lở Lầu" / "UBND xã Sì Lở Lầu" / "Sì Lở Lầu".
// expected: the row of her commune (Sì Lở Lầu) only: node from the column (GNBV for the total),
// capital from the title, source null, allocated; year 2025. "Xã Phong Thổ" is another commune
// (the former district's seat), and the "Khu vực huyện Phong Thổ (cũ)" row is a group of communes:
// neither is hers.
import type { ExpectedFigure } from '../types';
import { PROJECTS, TAKES_DT, naming } from '../words';
import { blockStyle, footer, numberRow, writeBlock } from '../unseen/sheet';
import { type UCol, type URow, keysSum, sumLeaves, unitsBody } from '../unseen/units';
import { family2 } from './lib';

/** Lai Châu's communes and wards after the 2025 merger, by the district they lay in. */
const AREAS: [string, string[]][] = [
  ['thành phố Lai Châu', ['Phường Tân Phong', 'Phường Đoàn Kết']],
  ['huyện Tam Đường', ['Xã Bình Lư', 'Xã Tả Lèng', 'Xã Khun Há', 'Xã Bản Bo']],
  ['huyện Phong Thổ', ['Xã Phong Thổ', 'Xã Sin Suối Hồ', 'Xã Sì Lở Lầu', 'Xã Dào San', 'Xã Khổng Lào']],
  ['huyện Sìn Hồ', ['Xã Sìn Hồ', 'Xã Hồng Thu', 'Xã Nậm Tăm', 'Xã Pu Sam Cáp', 'Xã Tủa Sín Chải']],
  ['huyện Mường Tè', ['Xã Mường Tè', 'Xã Bum Nưa', 'Xã Bum Tở', 'Xã Thu Lũm', 'Xã Mù Cả', 'Xã Pa Ủ']],
  ['huyện Nậm Nhùn', ['Xã Nậm Hàng', 'Xã Lê Lợi', 'Xã Mường Mô']],
  ['huyện Than Uyên', ['Xã Than Uyên', 'Xã Khoen On', 'Xã Mường Kim']],
  ['huyện Tân Uyên', ['Xã Tân Uyên', 'Xã Mường Khoa', 'Xã Nậm Sỏ']],
];
const MINE = 'Xã Sì Lở Lầu';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export const communes = family2(
  'communes',
  'units as rows are the communes and wards after the 2025 merger (Xã Phong Thổ among them), grouped by former district now and then; her book is Xã Sì Lở Lầu',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Các xã', 'Biểu 01']));
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const style = ctx.pick(['Xã', 'UBND xã', 'xã', 'bare', 'CAPS'] as const, 'communes');
    const spell = (c: string) => {
      const [kind, ...rest] = c.split(' ');
      const n = rest.join(' ');
      if (style === 'bare') return n;
      if (style === 'CAPS') return c.toUpperCase();
      if (style === 'UBND xã') return `UBND ${kind!.toLowerCase()} ${n}`;
      return style === 'xã' ? `${kind!.toLowerCase()} ${n}` : c;
    };
    const name = naming(ctx);
    const projects = ctx.some(PROJECTS.filter((p) => capital === 'SN' || TAKES_DT.has(p.code)), 0.5, 2);
    const deep = ctx.chance(0.4, 'subColumns');
    interface C extends UCol { node: string }
    const cols: C[] = [];
    const leaves: string[] = [];
    for (const p of projects) {
      const subs = deep ? p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(0.7)) : [];
      const label = name.project(p);
      if (subs.length === 0) {
        leaves.push(p.code);
        cols.push({ path: deep ? [label, label] : [label], node: p.code, figure: { node: p.code, capital, source: null, measure: 'allocated' }, amount: keysSum([p.code]) });
      } else for (const s of subs) {
        leaves.push(s.code);
        cols.push({ path: [label, name.sub(p, s)], node: s.code, figure: { node: s.code, capital, source: null, measure: 'allocated' }, amount: keysSum([s.code]) });
      }
    }
    const depth = cols[0]!.path.length;
    const tw = ctx.pick(['Tổng số', 'Tổng cộng']);
    cols.unshift({ path: Array<string>(depth).fill(tw), node: 'GNBV', figure: { node: 'GNBV', capital, source: null, measure: 'allocated' }, amount: keysSum(leaves) });
    const draw = () => new Map(leaves.map((k) => [k, ctx.amount(capital === 'DT' ? 8_000 : 1_200, 0.2)]));
    const areas = AREAS.filter(([a]) => a === 'huyện Phong Thổ' || ctx.chance(0.5));
    const grouped = ctx.chance(0.5, 'byFormerDistrict');
    const rows: URow[] = [];
    let n = 0;
    areas.forEach(([area, list], i) => {
      const chosen = area === 'huyện Phong Thổ' ? list.filter((c) => c === MINE || c === 'Xã Phong Thổ' || ctx.chance(0.6)) : ctx.some(list, 0.6, 1);
      const units: URow[] = chosen.map((c) => ({ stt: String(++n), name: spell(c), leaves: draw(), mine: c === MINE }));
      if (grouped) {
        const cap = ctx.pick(['Khu vực {a} (cũ)', 'Các xã thuộc {a} (cũ)', 'Địa bàn {a} cũ']).replace('{a}', area);
        rows.push({ stt: ROMAN[i]!, name: cap, leaves: sumLeaves(units), bold: true });
        units.forEach((u, k) => { u.stt = String(k + 1); });
      }
      rows.push(...units);
    });
    const units = rows.filter((r) => !r.bold);
    const total: URow = { stt: '', name: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']), leaves: sumLeaves(units), bold: true };
    if (ctx.chance(0.6, 'totalOnTop')) rows.unshift(total);
    else rows.push(total);
    const stt = ctx.chance(0.85, 'sttColumn');
    const body = unitsBody(ctx, rows, cols, stt);
    const head = ctx.pick(style === 'bare' ? ['Tên xã, phường', 'Xã, phường'] : ['Đơn vị', 'Tên đơn vị', 'Xã, phường']);
    const lead = [...(stt ? ['STT'] : []), head].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const what = capital === 'DT' ? 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN' : ctx.pick(['DỰ TOÁN KINH PHÍ SỰ NGHIỆP', 'KINH PHÍ SỰ NGHIỆP']);
    const lines = [
      { text: `PHÂN BỔ ${what} CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2025`, kind: 'title' as const },
      { text: ctx.pick(['CHO CÁC XÃ, PHƯỜNG SAU SẮP XẾP', 'CHO CÁC XÃ, PHƯỜNG (SAU SẮP XẾP ĐƠN VỊ HÀNH CHÍNH)', 'GIAO CHO UBND CÁC XÃ, PHƯỜNG TỪ NGÀY 01/7/2025']), kind: 'title' as const },
      ...(ctx.chance(0.6) ? [{ text: `(Kèm theo Quyết định số ${ctx.int(1200, 2900)}/QĐ-UBND ngày ${ctx.int(1, 28)}/${ctx.int(7, 10)}/2025 của UBND tỉnh Lai Châu)`, kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: lead.length, numbers: numberRow(ctx, header.length, lead.length), rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    const expected: ExpectedFigure[] = body.expected;
    return { expected, unit: ctx.pick(['Xã Sì Lở Lầu', 'UBND xã Sì Lở Lầu', 'Sì Lở Lầu'], 'book'), year: 2025 };
  },
);
