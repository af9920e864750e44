// Family 2: units as rows, columns project › capital type ("Dự án 1 | Vốn ĐT | Vốn SN", "Dự án 4 ›
// TDA 1 › ĐT / SN"), the title silent on capital: each column's own words say it, a "Tổng số"
// over capital columns adds them (capital null), a project's "Cộng" is the project.
import { type Ctx, familyOf } from './common';
import { type UnitCol, groupRows, unitsRowsTable } from './units-rows';
import { CAPITAL_WORDS, PROJECTS, TAKES_DT, naming, title } from './words';

type Cap = 'DT' | 'SN';
const capsOf = (node: string): Cap[] => (TAKES_DT.has(node) ? ['DT', 'SN'] : ['SN']);

export const unitsRowsProjectCapital = familyOf(
  'units-rows-project-capital',
  'units as rows, columns project › (sub-project ›) capital type; the title names no capital type',
  (ctx: Ctx, ws) => {
    const name = naming(ctx);
    const words: Record<Cap, string> = { DT: ctx.pick(CAPITAL_WORDS.DT, 'DT'), SN: ctx.pick(CAPITAL_WORDS.SN, 'SN') };
    const projects = ctx.some(PROJECTS, 0.45, 2);
    if (!projects.some((p) => TAKES_DT.has(p.code))) projects.unshift(PROJECTS[ctx.chance(0.5) ? 0 : 3]!);
    projects.sort((a, b) => a.n - b.n);
    const modes = projects.map((p) => (p.subs.length ? ctx.pick(['whole', 'subs', 'subs+cong'] as const) : 'whole'));
    ctx.note('modes', projects.map((p, i) => `${p.code}:${modes[i]}`));
    const deep = modes.some((m) => m !== 'whole');
    const flat = deep && !modes.includes('subs+cong') && ctx.chance(0.4, 'flat');
    const groups = groupRows(ctx, deep && !flat ? 1 : 2);
    const capTotal = ctx.chance(0.4, 'capitalTotals');
    const leaves: string[] = [];
    const cols: UnitCol[] = [];
    const col = (path: string[], node: string, capital: Cap | null, keys: string[]) => cols.push({
      path: [...groups, ...path], figure: { node, capital, source: null, measure: 'allocated' },
      value: (l) => keys.reduce((s, k) => s + (l.get(k) ?? 0), 0),
    });
    /** a node's capital columns under `above` (its labels), with a "Tổng số" when it has both */
    const capitals = (above: string[], node: string) => {
      const caps = capsOf(node);
      for (const c of caps) leaves.push(`${node}|${c}`);
      if (caps.length > 1 && capTotal) col([...above, ctx.pick(['Tổng số', 'Cộng'])], node, null, caps.map((c) => `${node}|${c}`));
      for (const c of caps) col([...above, words[c]], node, c, [`${node}|${c}`]);
    };
    projects.forEach((p, i) => {
      const label = name.project(p);
      const short = /^DA/.test(label) ? `DA${p.n}` : `Dự án ${p.n}`;
      if (modes[i] === 'whole') return capitals(deep && !flat ? [label, label] : [label], p.code);
      const subs = p.subs.filter(() => ctx.chance(0.7));
      if (subs.length === 0) subs.push(p.subs[0]!);
      if (modes[i] === 'subs+cong') {
        const keys = subs.flatMap((s) => capsOf(s.code).map((c) => `${s.code}|${c}`));
        const cong = ctx.pick(['Cộng', 'Tổng số']);
        col([label, cong, cong], p.code, null, keys);
      }
      for (const s of subs) capitals(flat ? [`${short} - ${name.sub(p, s)}`] : [label, name.sub(p, s)], s.code);
    });
    const total = ctx.pick(['none', 'single', 'split', 'split'] as const, 'totals');
    const all = [...leaves];
    const depth = cols[0]!.path.length;
    if (total === 'single') cols.unshift({ path: Array<string>(depth).fill('Tổng số'), figure: { node: 'GNBV', capital: null, source: null, measure: 'allocated' }, value: (l) => all.reduce((s, k) => s + (l.get(k) ?? 0), 0) });
    if (total === 'split') {
      const head = Array<string>(depth - 1).fill('Tổng cộng');
      const split = (capital: Cap | null, label: string): UnitCol => ({
        path: [...head, label], figure: { node: 'GNBV', capital, source: null, measure: 'allocated' },
        value: (l) => all.filter((k) => capital === null || k.endsWith(`|${capital}`)).reduce((s, k) => s + (l.get(k) ?? 0), 0),
      });
      cols.unshift(split(null, 'Tổng số'), split('DT', words.DT), split('SN', words.SN));
    }
    const draw = () => new Map(all.map((k) => [k, ctx.amount(k.endsWith('DT') ? 20_000 : 3_000, 0.15)]));
    return unitsRowsTable(ctx, ws, title(ctx, 'none'), cols, draw);
  },
);
