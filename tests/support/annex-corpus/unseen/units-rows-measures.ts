// Unseen 11: the province's disbursement report: the districts as rows, measures as columns
// ("Kế hoạch vốn năm 2024", "Giải ngân đến 30/6/2024", "Lũy kế GN từ đầu năm", "Tỷ lệ GN (%)",
// "Kéo dài sang năm 2025"), each measure split "Tổng số | Vốn ĐTPT | Vốn SN" or the title naming
// the capital type; now and then a "Giá trị khối lượng thực hiện" column (work done, not money
// paid: no measure of hers). The programme is named in the title only, or also over the measure
// columns ("Chương trình MTQG giảm nghèo bền vững" or "CTMTQG Giảm nghèo bền vững"), or the report
// covers the three national programmes side by side (nông thôn mới, giảm nghèo, DTTS), each a
// column group of its own.
// expected: her district's row under this programme (the other programmes' groups are not its
// money): node GNBV (the row is the unit's whole programme), capital from the column's capital
// word (null under a "Tổng số" adding ĐT and SN) or else the title's, source null, measure from
// the column: carry_in, allocated, available, disbursed, cancelled, carry_out. A rate and the
// value of work done are no figures.
import { type Ctx, type Figure, familyOf } from '../common';
import { CAPITAL_WORDS, PROGRAMME } from '../words';
import { blockStyle, decisionLine, footer, numberRow, writeBlock } from './sheet';
import { type Leaves, type UCol, districtRows, keysSum, rateOf, unitsBody } from './units';

type Cap = 'DT' | 'SN';
type M = 'carry_in' | 'allocated' | 'available' | 'disbursed' | 'rate' | 'cancelled' | 'carry_out' | 'work_done';

export const unitsRowsMeasures = familyOf(
  'units-rows-measures',
  'a disbursement report: units as rows, measure › capital type columns (or the title naming the capital), a rate and a work-done column to leave out',
  (ctx: Ctx, ws) => {
    const y = ctx.year;
    const split = ctx.chance(0.5, 'capitalUnderMeasure');
    const titled: Cap | null = split ? null : ctx.pick(['SN', 'DT', 'DT'] as const, 'capital');
    const optional = ctx.some(['carry_in', 'available', 'rate', 'cancelled', 'carry_out', 'work_done'] as const, 0.4, 0);
    const measures = (['carry_in', 'allocated', 'available', 'disbursed', 'work_done', 'rate', 'cancelled', 'carry_out'] as const)
      .filter((m) => m === 'allocated' || m === 'disbursed' || (optional as readonly M[]).includes(m));
    ctx.note('measures', measures);
    const asOf = ctx.pick([`30/6/${y}`, `31/12/${y}`, `31/01/${y + 1}`]);
    const head: Record<M, string> = {
      carry_in: ctx.pick([`Kế hoạch vốn năm ${y - 1} kéo dài sang năm ${y}`, 'Vốn năm trước chuyển sang', 'KH vốn các năm trước chuyển sang']),
      allocated: ctx.pick([`Kế hoạch vốn năm ${y}`, `KH vốn giao năm ${y}`, `Dự toán giao năm ${y}`, 'Kế hoạch vốn được giao']),
      available: ctx.pick(['Tổng KH vốn được sử dụng', `Tổng vốn được sử dụng năm ${y}`, 'Tổng số vốn được sử dụng']),
      disbursed: ctx.pick([`Giải ngân đến ${asOf}`, `Lũy kế giải ngân đến ${asOf}`, 'Lũy kế GN từ đầu năm', 'Vốn đã GN']),
      work_done: ctx.pick(['Giá trị khối lượng thực hiện', `Khối lượng thực hiện đến ${asOf}`]),
      rate: ctx.pick(['Tỷ lệ GN (%)', 'Tỷ lệ giải ngân so với KH (%)', 'Tỷ lệ %']),
      cancelled: ctx.pick(['Hủy dự toán', 'Số hủy, nộp trả ngân sách']),
      carry_out: ctx.pick([`Kéo dài sang năm ${y + 1}`, `Chuyển nguồn sang năm ${y + 1}`, 'Số vốn chưa giải ngân chuyển sang năm sau']),
    };
    const words = { DT: ctx.pick(CAPITAL_WORDS.DT), SN: ctx.pick(CAPITAL_WORDS.SN), total: ctx.pick(['Tổng số', 'Cộng']) };
    const caps: Cap[] = titled ? [titled] : ['DT', 'SN'];
    // the programme named over the measures (alone, or beside the other two national programmes,
    // whose columns are not hers), or only in the title
    const programmes = ctx.pick(['title', 'title', 'group', 'three'] as const, 'programmeColumns');
    const progs = programmes === 'three' ? ['NTM', 'GNBV', 'DTTS'] : ['GNBV'];
    const PROG: Record<string, string> = {
      NTM: 'Chương trình MTQG xây dựng nông thôn mới', GNBV: ctx.pick(['Chương trình MTQG giảm nghèo bền vững', 'CTMTQG Giảm nghèo bền vững']),
      DTTS: 'Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi',
    };
    const draw = (): Leaves => {
      const l: Leaves = new Map();
      for (const p of progs) for (const c of caps) {
        const dt = c === 'DT';
        const carry_in = measures.includes('carry_in') ? ctx.amount(dt ? 6_000 : 800, 0.3) : 0;
        const allocated = ctx.amount(dt ? 40_000 : 6_000, 0.05);
        const available = carry_in + allocated;
        const disbursed = ctx.share(available, 0.2 + ctx.r() * 0.8);
        const cancelled = measures.includes('cancelled') && ctx.chance(0.4) ? ctx.share(available - disbursed, ctx.r() * 0.3) : 0;
        const work_done = Math.min(available, disbursed + ctx.share(available - disbursed, ctx.r()));
        const flow = { carry_in, allocated, available, disbursed, cancelled, carry_out: available - disbursed - cancelled, work_done };
        for (const [m, v] of Object.entries(flow)) l.set(`${p}:${m}|${c}`, v);
      }
      return l;
    };
    const cols: (UCol & { adds?: UCol[] })[] = [];
    for (const p of progs) {
      const key = (m: M, cap: Cap | null) => (cap ? [`${p}:${m}|${cap}`] : caps.map((c) => `${p}:${m}|${c}`));
      const fig = (m: M, cap: Cap | null): Figure | null => (p !== 'GNBV' || m === 'rate' || m === 'work_done' ? null : { node: 'GNBV', capital: cap ?? titled, source: null, measure: m });
      const above = programmes === 'title' ? [] : [PROG[p]!];
      for (const m of measures) {
        if (m === 'rate') {
          const path = [...above, ...(split ? [head.rate, head.rate] : [head.rate])];
          cols.push({ path, figure: null, rate: (l) => rateOf(keysSum(key('disbursed', null))(l), keysSum(key('available', null))(l)) });
          continue;
        }
        if (!split) {
          cols.push({ path: [...above, head[m]], figure: fig(m, null), amount: keysSum(key(m, null)) });
          continue;
        }
        const parts = caps.map((c): UCol => ({ path: [...above, head[m], words[c]], figure: fig(m, c), amount: keysSum(key(m, c)) }));
        cols.push({ path: [...above, head[m], words.total], figure: fig(m, null), amount: keysSum(key(m, null)), adds: parts }, ...parts);
      }
    }
    const rows = districtRows(ctx, draw);
    const body = unitsBody(ctx, rows, cols, true);
    const depth = cols[0]!.path.length;
    const lead = [ctx.pick(['STT', 'TT']), ctx.pick(['Đơn vị', 'Tên đơn vị', 'Huyện, thành phố'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const what = titled === 'DT' ? 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN' : titled === 'SN' ? 'KINH PHÍ SỰ NGHIỆP' : 'KẾ HOẠCH VỐN';
    const lines = [
      { text: `${ctx.pick(['BÁO CÁO TÌNH HÌNH', 'TỔNG HỢP TÌNH HÌNH', 'BIỂU TỔNG HỢP'])} GIẢI NGÂN ${what} ${programmes === 'three' ? 'CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA' : ctx.pick(PROGRAMME)}`, kind: 'title' as const },
      { text: ctx.pick([`NĂM ${y}`, `NĂM ${y} (Số liệu đến ngày ${asOf})`]), kind: 'title' as const },
      ...(ctx.chance(0.3, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const sums = cols.map((c) => c.adds?.map((a) => cols.indexOf(a)));
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, numbers: numberRow(ctx, header.length, 2, sums), rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return body.expected;
  },
);
