// Family 1: units as rows, a column per project or sub-project (a sub-project under its project's
// merged caption, sometimes the project's full name: "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng
// ..." names a project, not a capital type), a project's own "Cộng" beside its sub-projects,
// and the title naming the capital type (mostly recurrent money, Dự án 1 included: duy tu).
import { type Ctx, familyOf } from './common';
import { type UnitCol, groupRows, unitsRowsTable, whole } from './units-rows';
import { PROJECTS, TAKES_DT, naming, title } from './words';

export const unitsRowsProjects = familyOf(
  'units-rows-projects',
  'units as rows, one column per project or sub-project under merged project captions; the title names the capital type',
  (ctx: Ctx, ws) => {
    const capital = ctx.pick(['SN', 'SN', 'SN', 'DT'] as const, 'capital');
    const name = naming(ctx);
    const levels = ctx.pick([1, 2, 2] as const, 'levels');
    const groups = groupRows(ctx);
    const depth = groups.length + levels;
    const projects = capital === 'DT'
      ? PROJECTS.filter((p) => p.code === 'DA1' || (p.code === 'DA4' && ctx.chance(0.5)))
      : ctx.some(PROJECTS, 0.6, 3);
    const cols: UnitCol[] = [];
    const column = (path: string[], node: string, leaves: string[]): UnitCol => ({
      path: [...groups, ...path], figure: { node, capital, source: null, measure: 'allocated' },
      value: (l) => leaves.reduce((s, k) => s + (l.get(k) ?? 0), 0),
    });
    const leafCodes: string[] = [];
    for (const p of projects) {
      const subs = p.subs.filter((s) => capital === 'SN' || TAKES_DT.has(s.code));
      const mode = subs.length === 0 ? 'whole' : ctx.pick(['whole', 'subs', 'subs', 'subs+cong'] as const);
      ctx.note(p.code, mode);
      const label = name.project(p);
      if (mode === 'whole') {
        leafCodes.push(p.code);
        cols.push(column(levels === 1 ? [label] : [label, label], p.code, [p.code]));
        continue;
      }
      const short = /^DA/.test(label) ? `DA${p.n}` : `Dự án ${p.n}`;
      if (mode === 'subs+cong') cols.push(column(levels === 1 ? [label] : [label, ctx.pick(['Cộng', 'Tổng số'])], p.code, subs.map((s) => s.code)));
      for (const s of subs) {
        leafCodes.push(s.code);
        cols.push(column(levels === 1 ? [`${short} - ${name.sub(p, s)}`] : [label, name.sub(p, s)], s.code, [s.code]));
      }
    }
    if (ctx.chance(0.85, 'totalColumn')) {
      const total = ctx.pick(['Tổng số', 'Tổng cộng', 'Tổng kinh phí']);
      cols.unshift({ path: whole(total, depth), figure: { node: 'GNBV', capital, source: null, measure: 'allocated' }, value: (l) => leafCodes.reduce((s, k) => s + (l.get(k) ?? 0), 0) });
    }
    const draw = () => new Map(leafCodes.map((k) => [k, ctx.amount(k.startsWith('DA1') && capital === 'DT' ? 30_000 : 4_000, 0.15)]));
    return unitsRowsTable(ctx, ws, title(ctx, capital), cols, draw);
  },
);
