// Family 7: a works list under project and sub-project sections ("I. Dự án 1", "1. Tiểu dự án
// 1"), a)/b) groups, and an investor column: only the works whose investor is her district's
// are hers; the shared section and subtotal rows are not.
import { type Ctx, familyOf } from './common';
import { MINE, PROJECTS, naming, someDistricts } from './words';
import { HER_INVESTORS, type Row, grouped, investorOf, works, worksTable, worksTitle } from './works';

export const worksBySubproject = familyOf(
  'works-by-subproject',
  'works list under project › sub-project sections with a)/b) groups; an investor column picks hers',
  (ctx: Ctx, ws) => {
    const name = naming(ctx);
    const useGroups = ctx.chance(0.6, 'groups');
    const groupSums = ctx.chance(0.5, 'groupSums');
    const districts = someDistricts(ctx, 2);
    const used = new Set<string>();
    const codes = ctx.chance(0.5, 'da4') ? ['DA1.1', 'DA4.1'] : ['DA1.1'];
    let hers = 0;
    const projects = codes.map((code, i): Row => {
      const project = PROJECTS.find((p) => p.code === code.split('.')[0])!;
      const items: Row[] = [];
      for (const d of districts) {
        const mine = d === MINE;
        for (const w of works(ctx, d, code, ctx.int(mine && hers === 0 ? 1 : 0, 2), used, () => (mine ? ctx.pick(HER_INVESTORS) : investorOf(d)))) {
          if (mine) hers++;
          items.push({ stt: '', caption: w.name, children: [], work: w, ...(mine && { figure: `work:${code}:${w.name}` }) });
        }
      }
      // the province lists works by kind, not by district: shuffle them
      items.sort(() => ctx.r() - 0.5);
      items.forEach((w, k) => { w.stt = String(k + 1); });
      const sub: Row = { stt: '1', caption: name.sub(project, project.subs[0]!), children: grouped(ctx, items, useGroups, groupSums) };
      return { stt: ['I', 'II'][i]!, caption: name.project(project), children: [sub] };
    });
    const rows: Row[] = [{ stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng']), children: projects }];
    return worksTable(ctx, ws, worksTitle(ctx), rows, true);
  },
);
