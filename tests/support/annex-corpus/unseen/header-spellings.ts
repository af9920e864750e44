// Unseen 1: units as rows, columns project › (sub-project ›) capital type, with the header typed as
// provinces type it: a line break inside a cell ("Vốn đầu tư\nphát triển"), spaces before, after
// or doubled, trailing colons ("Chia ra:", "Dự án 1:"), a header in capitals, the abbreviations
// ("Vốn ĐTPT", "ĐTPT", "KP SN", "KPSN", "Tiểu DA 1", "Dự án số 3"), a sub-project captioned with
// its project in one cell ("DA 1 - TDA 1", "TDA 1 (DA 1)", "TDA 1 thuộc DA 1"), and a
// column-number row that writes its sums ("1=2+3").
// expected: her district's row (the only row naming Phong Thổ), every money cell of it: node from
// the column's project or sub-project (GNBV for the total columns left of the projects), capital
// from the column's own capital word (null under a "Tổng số"/"Tổng"/"Cộng" that adds ĐT and SN),
// source null (no source is named), measure allocated. The typing changes no word's meaning: she
// reads "KP SN" as vốn sự nghiệp and "TDA 2 (DA 7)" as Tiểu dự án 2 of Dự án 7 at a glance.
import { type Ctx, type Figure, familyOf } from '../common';
import { PROJECTS, type Project, TAKES_DT, title } from '../words';
import { blockStyle, decisionLine, footer, numberRow, writeBlock } from './sheet';
import { type UCol, districtRows, keysSum, unitsBody } from './units';

type Cap = 'DT' | 'SN';

/** Where a typist breaks a caption: before its second phrase ("Vốn đầu tư | phát triển", "Tiểu |
 * dự án 1", "Đơn vị | thực hiện"), after a comma or a dash; -1 if nowhere. */
function breakAt(text: string): number {
  const m = /(?<=\S )(phát triển|sự nghiệp|thực hiện|đơn vị|dự án|theo|thuộc|các|thành phố|vốn)|(?<=[,-] )\S/iu.exec(text);
  return m ? m.index : -1;
}
const capsOf = (node: string): Cap[] => (TAKES_DT.has(node) ? ['DT', 'SN'] : ['SN']);

export const headerSpellings = familyOf(
  'header-spellings',
  'units as rows, project › capital columns; header cells with line breaks, odd spaces, colons, capitals, abbreviations; a column-number row with sums',
  (ctx: Ctx, ws) => {
    const breaks = ctx.chance(0.6, 'lineBreaks');
    const spaces = ctx.chance(0.5, 'oddSpaces');
    const colon = ctx.chance(0.5, 'colons') ? ':' : '';
    const capitals = ctx.chance(0.3, 'capitalsHeader');
    const typed = new Map<string, string>();
    /** the same label is typed the same way everywhere, so merged captions stay one */
    const type = (label: string): string => {
      if (!typed.has(label)) {
        let t = capitals ? label.toUpperCase() : label;
        const cut = breaks ? breakAt(t) : -1;
        if (cut > 0 && ctx.chance(0.8)) t = `${t.slice(0, cut).trimEnd()}${ctx.pick(['\n', ' \n'])}${t.slice(cut)}`;
        if (spaces && ctx.chance(0.5)) t = ctx.pick([`${t} `, ` ${t}`, t.replace(' ', '  '), `  ${t}  `]);
        typed.set(label, t);
      }
      return typed.get(label)!;
    };
    const words = {
      DT: ctx.pick(['Vốn ĐTPT', 'ĐTPT', 'Vốn đầu tư phát triển', 'Vốn đầu tư', 'Đầu tư phát triển', 'Vốn ĐT'], 'DT'),
      SN: ctx.pick(['KP SN', 'Kinh phí SN', 'Vốn SN', 'Sự nghiệp', 'Kinh phí sự nghiệp', 'KPSN', 'Vốn sự nghiệp'], 'SN'),
      total: ctx.pick(['Tổng số', 'Tổng', 'Cộng', 'Tổng cộng', 'Tổng số vốn'], 'total'),
    };
    const ps = ctx.pick(['DA N', 'DAN', 'Dự án N', 'Dự án số N', 'DỰ ÁN N'] as const, 'projects');
    const ss = ctx.pick(['TDA N', 'Tiểu DA N', 'Tiểu dự án N', 'TDA số N', 'TDAN'] as const, 'subs');
    const project = (p: Project) => ps.replace(/ ?N$/, (m) => `${m.startsWith(' ') ? ' ' : ''}${p.n}`);
    const sub = (n: number) => ss.replace(/ ?N$/, (m) => `${m.startsWith(' ') ? ' ' : ''}${n}`);
    const flatStyle = ctx.pick(['P - S', 'S (P)', 'S thuộc P'] as const);
    const flatName = (p: Project, n: number) => flatStyle.replace('P', project(p)).replace('S', sub(n));

    const projects = ctx.some(PROJECTS, 0.45, 2);
    if (!projects.some((p) => TAKES_DT.has(p.code))) projects.unshift(PROJECTS[ctx.chance(0.5) ? 0 : 3]!);
    projects.sort((a, b) => a.n - b.n);
    const modes = projects.map((p) => (p.subs.length ? ctx.pick(['whole', 'subs'] as const) : 'whole'));
    ctx.note('modes', projects.map((p, i) => `${p.code}:${modes[i]}`));
    const deep = modes.includes('subs');
    const flat = deep && ctx.chance(0.4, 'flat');
    const group = ctx.chance(0.4) ? [type(`${ctx.pick(['Chia ra', 'Trong đó', 'Chi tiết theo dự án', 'Phân bổ cho các dự án'])}${colon}`)] : [];
    const capTotal = ctx.chance(0.4, 'capitalTotals');

    interface Col extends UCol { adds?: Col[] }
    const leaves: string[] = [];
    const cols: Col[] = [];
    const fig = (node: string, capital: Cap | null): Figure => ({ node, capital, source: null, measure: 'allocated' });
    const capitalCols = (above: string[], node: string) => {
      const caps = capsOf(node);
      const own = caps.map((c): Col => ({ path: [...above, type(words[c])], figure: fig(node, c), amount: keysSum([`${node}|${c}`]) }));
      leaves.push(...caps.map((c) => `${node}|${c}`));
      if (caps.length > 1 && capTotal) cols.push({ path: [...above, type(words.total)], figure: fig(node, null), amount: keysSum(caps.map((c) => `${node}|${c}`)), adds: own });
      cols.push(...own);
    };
    projects.forEach((p, i) => {
      const label = type(`${project(p)}${colon}`);
      if (modes[i] === 'whole') return capitalCols(deep && !flat ? [...group, label, label] : [...group, label], p.code);
      const subs = p.subs.filter(() => ctx.chance(0.7));
      if (subs.length === 0) subs.push(p.subs[0]!);
      for (const s of subs) capitalCols(flat ? [...group, type(flatName(p, s.n))] : [...group, label, type(`${sub(s.n)}${colon}`)], s.code);
    });
    const depth = cols[0]!.path.length;
    const all = keysSum(leaves);
    const byCap = (c: Cap) => keysSum(leaves.filter((k) => k.endsWith(`|${c}`)));
    const totals = ctx.pick(['none', 'single', 'split', 'split'] as const, 'totals');
    const front: Col[] = [];
    if (totals === 'single') front.push({ path: Array<string>(depth).fill(type(words.total)), figure: fig('GNBV', null), amount: all });
    if (totals === 'split') {
      const head = Array<string>(depth - 1).fill(type(ctx.pick(['Tổng cộng', 'Tổng số', 'Tổng'])));
      const parts: Col[] = (['DT', 'SN'] as const).map((c) => ({ path: [...head, type(words[c])], figure: fig('GNBV', c), amount: byCap(c) }));
      front.push({ path: [...head, type(words.total)], figure: fig('GNBV', null), amount: all, adds: parts }, ...parts);
    }
    const valueCols = [...front, ...cols];
    const sums = valueCols.map((c) => c.adds?.map((a) => valueCols.indexOf(a)));

    const stt = ctx.chance(0.85, 'sttColumn');
    const lead = [...(stt ? [type(ctx.pick(['STT', 'TT', 'Số TT']))] : []), type(ctx.pick(['Tên đơn vị', 'Đơn vị thực hiện', 'Huyện, thành phố', 'Địa phương', 'Đơn vị']))]
      .map((l) => Array<string>(depth).fill(l));
    const rows = districtRows(ctx, () => new Map(leaves.map((k) => [k, ctx.amount(k.endsWith('DT') ? 20_000 : 3_000, 0.15)])));
    const body = unitsBody(ctx, rows, valueCols, stt);
    const header = [...lead, ...valueCols.map((c) => c.path)];
    const lines = [
      ...title(ctx, 'none').map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.6, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: lead.length, numbers: numberRow(ctx, header.length, lead.length, sums), rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return body.expected;
  },
);
