// Unseen 3: a group caption merged over its columns, whose own total column has no caption of its
// own: the cell under the caption is blank ("Dự án 1" over [blank] | TDA 1 | TDA 2; "Huyện Phong
// Thổ" over [blank] | Vốn ĐTPT | Vốn SN). Either units as rows with project groups (the title
// names the capital type), or contents as rows with unit groups split by capital type (title
// silent) or by source (title names the capital type). The blank column is first in its group, or
// now and then last.
// expected: her row / her group's columns. The blank column is the group's total: the project
// (node = the project, capital from the title) or her unit's total over the split (capital null,
// or source null). The evidence is the province's arithmetic, which holds on every row: the blank
// column is the sum of the other columns of its group (a group shown blank always has two or more
// parts, so that it is not a copy of one). The other columns as their words say; GNBV for a
// "Tổng số" left of the groups; measure allocated.
import type ExcelJS from 'exceljs';
import { type Ctx, type Figure, familyOf } from '../common';
import { type ContentCol, amounts, contentRows, contentsTable } from '../contents';
import type { ExpectedFigure } from '../types';
import { CAPITAL_WORDS, MINE, PROJECTS, SOURCE_WORDS, TAKES_DT, naming, someDistricts, title, unitSpelling } from '../words';
import { blockStyle, footer, numberRow, writeBlock } from './sheet';
import { type UCol, districtRows, keysSum, unitsBody } from './units';

export const blankGroupTotal = familyOf(
  'blank-group-total',
  'a group caption over a blank-headed column that is the group\'s total: project groups over units as rows, or unit groups over contents as rows',
  (ctx: Ctx, ws) => {
    const layout = ctx.pick(['units-rows', 'contents-rows'] as const, 'layout');
    const last = ctx.chance(0.2, 'blankLast');
    const expected = layout === 'units-rows' ? unitsRows(ctx, ws, last) : contentsRows(ctx, ws, last);
    // a blank label is no cell at all, as Excel leaves it (the first corpus's writer types '')
    ws.eachRow((row) => row.eachCell((c) => { if (c.value === '') c.value = null; }));
    return expected;
  },
);

function unitsRows(ctx: Ctx, ws: ExcelJS.Worksheet, last: boolean): ExpectedFigure[] {
  const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
  const name = naming(ctx);
  const projects = capital === 'DT' ? PROJECTS.filter((p) => p.code === 'DA1' || (p.code === 'DA4' && ctx.chance(0.5))) : ctx.some(PROJECTS, 0.5, 3);
  const subsOf = (code: string) => PROJECTS.find((p) => p.code === code)!.subs.filter((s) => capital === 'SN' || TAKES_DT.has(s.code));
  if (!projects.some((p) => subsOf(p.code).length > 1)) projects.push(PROJECTS[ctx.pick([0, 2, 3, 5, 6])]!);
  projects.sort((a, b) => a.n - b.n);
  const group = ctx.chance(0.3) ? [ctx.pick(['Chia ra', 'Chi tiết các dự án'])] : [];
  const fig = (node: string): Figure => ({ node, capital, source: null, measure: 'allocated' });
  const leaves: string[] = [];
  const cols: (UCol & { adds?: UCol[] })[] = [];
  let blanks = 0;
  const lastGroup = projects.map((p) => subsOf(p.code).length > 1).lastIndexOf(true);
  projects.forEach((p, i) => {
    const subs = subsOf(p.code);
    const label = name.project(p);
    const mode = subs.length < 2 ? 'whole' : !blanks && i === lastGroup ? 'blank' : ctx.pick(['blank', 'blank', 'subs', 'whole'] as const);
    ctx.note(p.code, mode);
    if (mode === 'whole') {
      leaves.push(p.code);
      cols.push({ path: [...group, label, label], figure: fig(p.code), amount: keysSum([p.code]) });
      return;
    }
    const own: UCol[] = subs.map((s) => ({ path: [...group, label, name.sub(p, s)], figure: fig(s.code), amount: keysSum([s.code]) }));
    leaves.push(...subs.map((s) => s.code));
    if (mode === 'subs') return void cols.push(...own);
    blanks++;
    const total = { path: [...group, label, ''], figure: fig(p.code), amount: keysSum(subs.map((s) => s.code)), adds: own };
    cols.push(...(last ? [...own, total] : [total, ...own]));
  });
  const depth = cols[0]!.path.length;
  if (ctx.chance(0.8, 'totalColumn')) cols.unshift({ path: Array<string>(depth).fill(ctx.pick(['Tổng số', 'Tổng cộng'])), figure: fig('GNBV'), amount: keysSum(leaves) });
  const stt = ctx.chance(0.85, 'sttColumn');
  const lead = [...(stt ? ['STT'] : []), ctx.pick(['Tên đơn vị', 'Đơn vị', 'Địa phương'])].map((l) => Array<string>(depth).fill(l));
  const rows = districtRows(ctx, () => new Map(leaves.map((k) => [k, ctx.amount(capital === 'DT' ? 25_000 : 3_000, 0.1)])));
  const body = unitsBody(ctx, rows, cols, stt);
  const header = [...lead, ...cols.map((c) => c.path)];
  const sums = cols.map((c) => c.adds?.map((a) => cols.indexOf(a)));
  const lines = [...title(ctx, capital).map((text) => ({ text, kind: 'title' as const })), { text: ctx.scaleText, kind: 'scale' as const }];
  const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: lead.length, numbers: numberRow(ctx, header.length, lead.length, sums), rows: body.rows }, blockStyle(ctx));
  footer(ctx, ws, next, header.length);
  return body.expected;
}

function contentsRows(ctx: Ctx, ws: ExcelJS.Worksheet, last: boolean): ExpectedFigure[] {
  const split = ctx.pick(['capital', 'capital', 'source'] as const, 'split');
  const titled = split === 'capital' ? null : ctx.pick(['SN', 'DT'] as const, 'capital');
  const table = contentRows(ctx, titled === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
  const parts = split === 'capital' ? (['DT', 'SN'] as const) : (['NSTW', 'NSDP'] as const);
  const words: Record<string, string> = split === 'capital'
    ? { DT: ctx.pick(CAPITAL_WORDS.DT), SN: ctx.pick(CAPITAL_WORDS.SN) }
    : { NSTW: ctx.pick(SOURCE_WORDS.NSTW), NSDP: ctx.pick(SOURCE_WORDS.NSDP) };
  const amount = amounts((key) => {
    const [leaf, , part] = key.split('|');
    if (part === 'DT' && !TAKES_DT.has(leaf!)) return 0;
    if (part === 'NSDP') return ctx.amount(titled === 'DT' ? 1_500 : 300, 0.2);
    return ctx.amount(part === 'DT' || titled === 'DT' ? 12_000 : 2_500, 0);
  });
  const figure = (part: string | null): Figure => split === 'capital'
    ? { node: '', capital: part as 'DT' | 'SN' | null, source: null, measure: 'allocated' }
    : { node: '', capital: titled, source: part as 'NSTW' | 'NSDP' | null, measure: 'allocated' };
  const spell = unitSpelling(ctx);
  const districts = someDistricts(ctx, 2);
  const province = ctx.chance(0.4, 'provinceGroup') ? ctx.pick(['Tổng cộng', 'Toàn tỉnh', 'Tổng số']) : null;
  const leafOf = (units: string[], ps: readonly string[]) => (l: string) => units.reduce((s, u) => s + ps.reduce((t, p) => t + amount(`${l}|${u}|${p}`), 0), 0);
  const cols: ContentCol[] = [];
  for (const u of [...(province ? ['*'] : []), ...districts]) {
    const caption = u === '*' ? province! : spell(u);
    const units = u === '*' ? districts : [u];
    const own = parts.map((p): ContentCol => ({ path: [caption, words[p]!], figure: u === MINE ? figure(p) : null, leaf: leafOf(units, [p]) }));
    const total: ContentCol = { path: [caption, ''], figure: u === MINE ? figure(null) : null, leaf: leafOf(units, parts) };
    cols.push(...(last ? [...own, total] : [total, ...own]));
  }
  return contentsTable(ctx, ws, title(ctx, titled ?? 'none'), table, cols);
}
