// Family 3: contents as rows, districts as column groups, under each "Tổng số | Vốn đầu tư phát
// triển | Vốn sự nghiệp" (or the reverse: capital type › district), sometimes a province-wide group
// first and a grouping row ("Phân bổ cho các huyện") over the districts.
import { type Ctx, familyOf } from './common';
import { type ContentCol, amounts, contentRows, contentsTable } from './contents';
import { CAPITAL_WORDS, MINE, TAKES_DT, someDistricts, title, unitSpelling } from './words';

type Cap = 'DT' | 'SN' | null;

export const contentsRowsUnitCapital = familyOf(
  'contents-rows-unit-capital',
  'contents as rows, district › capital type column groups (or capital type › district)',
  (ctx: Ctx, ws) => {
    const table = contentRows(ctx);
    const spell = unitSpelling(ctx);
    const districts = someDistricts(ctx, 2);
    const caps = ctx.pick([[null, 'DT', 'SN'], [null, 'DT', 'SN'], ['DT', 'SN'], ['DT', 'SN', null]] as Cap[][], 'capitals');
    const words = { DT: ctx.pick(CAPITAL_WORDS.DT), SN: ctx.pick(CAPITAL_WORDS.SN), total: ctx.pick(['Tổng số', 'Cộng', 'Tổng cộng']) };
    const capLabel = (c: Cap) => (c === null ? words.total : words[c]);
    const capFirst = ctx.chance(0.3, 'capitalOverUnit');
    const province = ctx.chance(0.4, 'provinceGroup') ? ctx.pick(['Tổng cộng', 'Toàn tỉnh', 'Tổng số']) : null;
    const grouping = !capFirst && ctx.chance(0.4) ? ctx.pick(['Phân bổ cho các huyện', 'Chia ra', 'Chi tiết các huyện, thành phố']) : null;
    const amount = amounts((key) => {
      const [leaf, , cap] = key.split('|');
      return cap === 'DT' && !TAKES_DT.has(leaf!) ? 0 : ctx.amount(cap === 'DT' ? 15_000 : 2_500, 0.1);
    });
    const column = (unit: string, cap: Cap, path: string[], mine: boolean): ContentCol => ({
      path, figure: mine ? { node: '', capital: cap, source: null, measure: 'allocated' } : null,
      leaf: (l) => (cap === null ? amount(`${l}|${unit}|DT`) + amount(`${l}|${unit}|SN`) : amount(`${l}|${unit}|${cap}`)),
    });
    const cols: ContentCol[] = [];
    const units = [...(province ? ['*'] : []), ...districts];
    const nameOf = (u: string) => (u === '*' ? province! : spell(u));
    const sumOver = (cap: Cap): ContentCol => ({ path: [], figure: null, leaf: (l) => districts.reduce((s, d) => s + column(d, cap, [], false).leaf(l), 0) });
    if (capFirst) {
      for (const cap of caps) for (const u of units) cols.push(u === '*' ? { ...sumOver(cap), path: [capLabel(cap), nameOf(u)] } : column(u, cap, [capLabel(cap), nameOf(u)], u === MINE));
    } else {
      for (const u of units) {
        for (const cap of caps) {
          const path = [...(grouping ? [u === '*' ? province! : grouping] : []), nameOf(u), capLabel(cap)];
          cols.push(u === '*' ? { ...sumOver(cap), path } : column(u, cap, path, u === MINE));
        }
      }
    }
    return contentsTable(ctx, ws, title(ctx, 'none'), table, cols);
  },
);
