// Family 4: contents as rows, sources of money as a further column level: district › "Tổng số |
// NSTW | NSĐP" (capital type from the title), district › capital type › source, or source ›
// district. A "Tổng số" over sources is source null; over capital types, capital null.
import { type Ctx, familyOf } from './common';
import { type ContentCol, amounts, contentRows, contentsTable } from './contents';
import { CAPITAL_WORDS, MINE, SOURCE_WORDS, TAKES_DT, someDistricts, title, unitSpelling } from './words';

type Cap = 'DT' | 'SN';
type Src = 'NSTW' | 'NSDP';

export const contentsRowsUnitSource = familyOf(
  'contents-rows-unit-source',
  'contents as rows, district › source (or district › capital type › source, or source › district)',
  (ctx: Ctx, ws) => {
    const layout = ctx.pick(['unit>source', 'unit>capital>source', 'source>unit'] as const, 'layout');
    const titled: Cap | null = layout === 'unit>capital>source' ? null : ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const table = contentRows(ctx, titled === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
    const spell = unitSpelling(ctx);
    const districts = someDistricts(ctx, 2);
    const words = { NSTW: ctx.pick(SOURCE_WORDS.NSTW, 'NSTW'), NSDP: ctx.pick(SOURCE_WORDS.NSDP, 'NSDP'), DT: ctx.pick(CAPITAL_WORDS.DT), SN: ctx.pick(CAPITAL_WORDS.SN) };
    const total = ctx.pick(['Tổng số', 'Cộng']);
    const amount = amounts((key) => {
      const [leaf, , cap, src] = key.split('|');
      if (cap === 'DT' && !TAKES_DT.has(leaf!)) return 0;
      return ctx.amount((cap === 'DT' ? 12_000 : 2_500) * (src === 'NSDP' ? 0.1 : 1), src === 'NSDP' ? 0.3 : 0.1);
    });
    const caps: Cap[] = titled ? [titled] : ['DT', 'SN'];
    const column = (unit: string, cap: Cap | null, src: Src | null, path: string[]): ContentCol => ({
      path, figure: unit === MINE ? { node: '', capital: cap ?? titled, source: src, measure: 'allocated' } : null,
      leaf: (l) => (cap === null ? caps : [cap]).flatMap((c) => (src === null ? ['NSTW', 'NSDP'] : [src]).map((s) => amount(`${l}|${unit}|${c}|${s}`))).reduce((a, b) => a + b, 0),
    });
    const withTotal = ctx.chance(0.7, 'sourceTotals');
    const srcs: (Src | null)[] = [...(withTotal ? [null] : []), 'NSTW', 'NSDP'];
    const srcLabel = (s: Src | null) => (s === null ? total : words[s]);
    const unitTotal = ctx.chance(0.6, 'unitTotals');
    const cols: ContentCol[] = [];
    if (layout === 'source>unit') {
      for (const s of srcs) for (const d of districts) cols.push(column(d, null, s, [srcLabel(s), spell(d)]));
    } else if (layout === 'unit>source') {
      for (const d of districts) for (const s of srcs) cols.push(column(d, null, s, [spell(d), srcLabel(s)]));
    } else {
      for (const d of districts) {
        if (unitTotal) cols.push(column(d, null, null, [spell(d), total, total]));
        for (const c of caps) for (const s of srcs) cols.push(column(d, c, s, [spell(d), words[c], srcLabel(s)]));
      }
    }
    return contentsTable(ctx, ws, title(ctx, titled ?? 'none'), table, cols);
  },
);
