// Family 6: a works list grouped by district ("III. Huyện Phong Thổ"), then by sub-project ("1.
// Dự án 1 - Tiểu dự án 1"), then "a) Dự án chuyển tiếp / b) Dự án khởi công mới" over the works.
// Her district's section row is her GNBV, its sub-project rows her sub-projects, its works hers.
import { type Ctx, familyOf } from './common';
import { MINE, someDistricts, unitSpelling } from './words';
import { HER_INVESTORS, type Row, grouped, investorOf, subTitle, works, worksTable, worksTitle } from './works';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

export const worksByDistrict = familyOf(
  'works-by-district',
  'works list in district sections › sub-project sections › a)/b) groups, with section subtotals',
  (ctx: Ctx, ws) => {
    const spell = unitSpelling(ctx);
    const sub = subTitle(ctx);
    const useGroups = ctx.chance(0.6, 'groups');
    const groupSums = ctx.chance(0.5, 'groupSums');
    const investorColumn = ctx.chance(0.4, 'investorColumn');
    const her = ctx.pick(HER_INVESTORS);
    const used = new Set<string>();
    const districts = someDistricts(ctx, 2).map((d, i): Row => {
      const mine = d === MINE;
      const codes = ctx.chance(0.4) ? ['DA1.1', 'DA4.1'] : ['DA1.1'];
      const subs = codes.map((code, j): Row => {
        const items = works(ctx, d, code, ctx.int(1, 4), used, () => (mine ? her : investorOf(d))).map((w, k): Row => ({
          stt: String(k + 1), caption: w.name, children: [], work: w, ...(mine && { figure: `work:${code}:${w.name}` }),
        }));
        return { stt: String(j + 1), caption: sub(code), children: grouped(ctx, items, useGroups, groupSums), ...(mine && { figure: code }) };
      });
      return { stt: ROMAN[i]!, caption: spell(d), children: subs, ...(mine && { figure: 'GNBV' }) };
    });
    const total: Row = { stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng']), children: [] };
    const rows = [{ ...total, children: districts }];
    return worksTable(ctx, ws, worksTitle(ctx), rows, investorColumn);
  },
);
