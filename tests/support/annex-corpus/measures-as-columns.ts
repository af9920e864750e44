// Family 5: contents as rows, measures as columns ("Vốn năm trước chuyển sang | Kế hoạch vốn giao
// năm 2024 | Giải ngân | Tỷ lệ (%)"): one unit's table (her district in the title), possibly with
// the capital types under each measure; or districts as column groups with measures under each.
// The flows add up: available = carry-in + plan + adjustment, carry-out = available − disbursed −
// cancelled; a rate column is there to be left out.
import { type Ctx, familyOf } from './common';
import { type ContentCol, contentRows, contentsTable } from './contents';
import type { ExpectedFigure } from './types';
import { CAPITAL_WORDS, MINE, PROGRAMME, TAKES_DT, someDistricts, unitSpelling } from './words';

type Cap = 'DT' | 'SN';
type M = ExpectedFigure['measure'] | 'rate';

function measureWords(y: number): Record<M, string[]> {
  return {
    carry_in: ['Vốn năm trước chuyển sang', `Vốn năm ${y - 1} chuyển sang`, `Kinh phí chuyển nguồn từ năm ${y - 1}`, `Kế hoạch vốn năm ${y - 1} kéo dài sang năm ${y}`],
    allocated: [`Kế hoạch vốn năm ${y}`, `Kế hoạch vốn giao năm ${y}`, `Dự toán giao năm ${y}`, `KH vốn năm ${y}`],
    adjusted: ['Điều chỉnh, bổ sung (±)', 'Bổ sung trong năm'],
    available: ['Tổng vốn được sử dụng', `Tổng kế hoạch vốn được sử dụng năm ${y}`],
    disbursed: ['Giải ngân', `Giải ngân đến 31/12/${y}`, 'Vốn đã giải ngân', 'Thực hiện giải ngân'],
    rate: ['Tỷ lệ (%)', 'Tỷ lệ giải ngân (%)'],
    cancelled: ['Hủy dự toán', 'Số hủy, nộp trả'],
    carry_out: [`Chuyển sang năm ${y + 1}`, 'Số dư chuyển năm sau', `Kéo dài sang năm ${y + 1}`],
  };
}

export const measuresAsColumns = familyOf(
  'measures-as-columns',
  'contents as rows, measures as columns: one unit\'s table (capital types under each measure or not), or district › measure',
  (ctx: Ctx, ws) => {
    const oneUnit = ctx.chance(0.6, 'oneUnit');
    const split = oneUnit && ctx.chance(0.5, 'capitalUnderMeasure');
    const titled: Cap | null = split ? null : ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const table = contentRows(ctx, titled === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
    const words = measureWords(ctx.year);
    const optional: M[] = ['carry_in', 'adjusted', 'available', 'rate', 'cancelled', 'carry_out'];
    const chosen = new Set(ctx.some(optional, oneUnit ? 0.5 : 0.3, 0));
    const measures = (['carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'rate', 'cancelled', 'carry_out'] as M[]).filter((m) => m === 'allocated' || m === 'disbursed' || chosen.has(m));
    ctx.note('measures', measures);
    const flows = new Map<string, Record<Exclude<M, 'rate'>, number>>();
    const flow = (leaf: string, unit: string, cap: Cap) => {
      const key = `${leaf}|${unit}|${cap}`;
      if (!flows.has(key)) {
        const dt = cap === 'DT';
        const none = dt && !TAKES_DT.has(leaf);
        const carry_in = none ? 0 : ctx.amount(dt ? 5_000 : 800, 0.4);
        const allocated = none ? 0 : ctx.amount(dt ? 12_000 : 2_500, 0.1);
        const adjusted = none || ctx.chance(0.7) ? 0 : (ctx.chance(0.3) ? -1 : 1) * ctx.share(allocated, ctx.r() * 0.2);
        const available = carry_in + allocated + adjusted;
        const disbursed = ctx.share(available, 0.3 + ctx.r() * 0.7);
        const cancelled = ctx.chance(0.7) ? 0 : ctx.share(available - disbursed, ctx.r() * 0.5);
        flows.set(key, { carry_in, allocated, adjusted, available, disbursed, cancelled, carry_out: available - disbursed - cancelled });
      }
      return flows.get(key)!;
    };
    const capWords = { DT: ctx.pick(CAPITAL_WORDS.DT), SN: ctx.pick(CAPITAL_WORDS.SN) };
    const column = (unit: string, m: M, cap: Cap | null, path: string[]): ContentCol => {
      const caps: Cap[] = cap ? [cap] : titled ? [titled] : ['DT', 'SN'];
      const of = (x: Exclude<M, 'rate'>): ContentCol => ({ path, figure: null, leaf: (l) => caps.reduce((s, c) => s + flow(l, unit, c)[x], 0) });
      if (m === 'rate') return { path, figure: null, leaf: () => 0, rate: { num: of('disbursed'), den: of('available') } };
      return { ...of(m), figure: unit === MINE ? { node: '', capital: cap ?? titled, source: null, measure: m } : null };
    };
    const label = (m: M) => ctx.pick(words[m]);
    const cols: ContentCol[] = [];
    if (oneUnit) {
      for (const m of measures) {
        const head = label(m);
        if (!split) cols.push(column(MINE, m, null, [head]));
        else for (const c of [null, 'DT', 'SN'] as const) cols.push(column(MINE, m, c, [head, c === null ? 'Tổng số' : capWords[c]]));
      }
    } else {
      const spell = unitSpelling(ctx);
      const heads = new Map(measures.map((m) => [m, label(m)]));
      for (const d of someDistricts(ctx, 2)) for (const m of measures) cols.push(column(d, m, null, [spell(d), heads.get(m)!]));
    }
    const what = titled === 'DT' ? 'VỐN ĐẦU TƯ PHÁT TRIỂN' : titled === 'SN' ? ctx.pick(['VỐN SỰ NGHIỆP', 'KINH PHÍ SỰ NGHIỆP']) : 'VỐN';
    const head = `TÌNH HÌNH ${ctx.pick(['GIAO', 'PHÂN BỔ'])} ${what} VÀ GIẢI NGÂN ${ctx.pick(PROGRAMME)}`;
    const title = oneUnit ? [head, `NĂM ${ctx.year} CỦA ${ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ'])}`] : [head, `NĂM ${ctx.year}`];
    return contentsTable(ctx, ws, title, table, cols);
  },
);
