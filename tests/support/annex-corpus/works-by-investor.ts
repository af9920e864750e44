// Family 8: a flat works list under section rows ("I. Dự án 1 - Tiểu dự án 1"), every work with
// its investor, hers written three ways ("UBND huyện Phong Thổ", "Ban QLDA ĐTXD huyện Phong
// Thổ", "Ban Quản lý dự án đầu tư xây dựng huyện Phong Thổ"), works numbered 1. 2. or "-".
import { type Ctx, familyOf } from './common';
import { MINE, someDistricts } from './words';
import { HER_INVESTORS, type Row, investorOf, subTitle, works, worksTable, worksTitle } from './works';

export const worksByInvestor = familyOf(
  'works-by-investor',
  'flat works list under sub-project section rows with an investor column spelling hers several ways',
  (ctx: Ctx, ws) => {
    const sub = subTitle(ctx);
    const districts = someDistricts(ctx, 2);
    const bullet = ctx.chance(0.3, 'dashBullets');
    const used = new Set<string>();
    const codes = ctx.chance(0.5, 'da4') ? ['DA1.1', 'DA4.1'] : ['DA1.1'];
    const sections = codes.map((code, i): Row => {
      const items: Row[] = [];
      for (const d of districts) {
        const mine = d === MINE;
        const n = mine ? ctx.int(i === 0 ? 2 : 0, 4) : ctx.int(0, 2);
        for (const w of works(ctx, d, code, n, used, () => (mine ? ctx.pick(HER_INVESTORS) : investorOf(d)))) {
          items.push({ stt: bullet ? '-' : String(items.length + 1), caption: w.name, children: [], work: w, ...(mine && { figure: `work:${code}:${w.name}` }) });
        }
      }
      return { stt: ['I', 'II'][i]!, caption: sub(code), children: items };
    });
    const total = ctx.chance(0.7, 'totalRow');
    const rows: Row[] = total ? [{ stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng']), children: sections }] : sections;
    return worksTable(ctx, ws, worksTitle(ctx), rows, true);
  },
);
