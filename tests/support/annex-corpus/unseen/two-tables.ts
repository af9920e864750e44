// Unseen 8: two tables on one sheet, one above the other: the investment table (units as rows,
// Dự án 1 and Dự án 4 sub-project columns) and, after one to three blank rows, the recurrent
// table (units as rows, the projects' columns), or the other way round. Either one title over
// both, each table opened by a heading line ("I. VỐN ĐẦU TƯ PHÁT TRIỂN", "Biểu 2: Kinh phí sự
// nghiệp"), or each table with its own full title; each with its own header rows and total row.
// Less common than one table with capital-type sections (capital-sections), but it happens when
// one annex page carries both parts of a decision; the reading is then both tables'.
// expected: her district's row in BOTH tables: node from the column (GNBV for a table's total
// column), capital from that table's own heading or title (the table above says nothing of the
// table below), source null, measure allocated.
import type ExcelJS from 'exceljs';
import { type Ctx, type Figure, familyOf } from '../common';
import type { ExpectedFigure } from '../types';
import { PROJECTS, TAKES_DT, naming, title, unitSpelling } from '../words';
import { type Line, blockStyle, decisionLine, footer, writeBlock } from './sheet';
import { type UCol, districtRows, keysSum, unitsBody } from './units';

type Cap = 'DT' | 'SN';
const HEADINGS: Record<Cap, string[]> = {
  DT: ['VỐN ĐẦU TƯ PHÁT TRIỂN', 'Kế hoạch vốn đầu tư phát triển', 'VỐN ĐẦU TƯ'],
  SN: ['VỐN SỰ NGHIỆP', 'Kinh phí sự nghiệp', 'KINH PHÍ SỰ NGHIỆP'],
};

export const twoTables = familyOf(
  'two-tables',
  'two tables one above the other on one sheet: investment money and recurrent money, each with its own header and totals',
  (ctx: Ctx, ws) => {
    const order = ctx.pick([['DT', 'SN'], ['DT', 'SN'], ['SN', 'DT']] as Cap[][], 'order');
    const titles = ctx.pick(['shared', 'own'] as const, 'titles');
    const numbering = ctx.pick(['I.', 'A.', 'Biểu N:', 'Phần N.'] as const, 'headings');
    const gap = ctx.int(1, 3);
    ctx.note('blankRows', gap);
    const name = naming(ctx);
    const spell = unitSpelling(ctx);
    const style = blockStyle(ctx);
    const expected: ExpectedFigure[] = [];
    let row = 1;
    let width = 0;
    order.forEach((capital, i) => {
      const lines: Line[] = [];
      if (titles === 'own' || i === 0) {
        lines.push(...title(ctx, titles === 'own' ? capital : 'none').map((text) => ({ text, kind: 'title' as const })));
        if (i === 0 && ctx.chance(0.6, 'decision')) lines.push({ text: decisionLine(ctx), kind: 'note' });
      }
      if (titles === 'shared') {
        const n = { 'I.': ['I.', 'II.'][i]!, 'A.': ['A.', 'B.'][i]!, 'Biểu N:': `Biểu ${i + 1}:`, 'Phần N.': `Phần ${i + 1}.` }[numbering];
        lines.push({ text: `${n} ${ctx.pick(HEADINGS[capital])}`, kind: 'heading' });
      }
      if (i === 0 || titles === 'own' || ctx.chance(0.5)) lines.push({ text: ctx.scaleText, kind: 'scale' });
      const table = writeTable(ctx, ws, row, capital, lines, name, spell, style);
      expected.push(...table.expected);
      width = Math.max(width, table.width);
      row = table.next + gap;
    });
    footer(ctx, ws, row - gap, width);
    return expected;
  },
);

function writeTable(ctx: Ctx, ws: ExcelJS.Worksheet, top: number, capital: Cap, lines: Line[], name: ReturnType<typeof naming>,
  spell: (d: string) => string, style: ReturnType<typeof blockStyle>): { next: number; width: number; expected: ExpectedFigure[] } {
  const fig = (node: string): Figure => ({ node, capital, source: null, measure: 'allocated' });
  const projects = capital === 'DT' ? PROJECTS.filter((p) => p.code === 'DA1' || (p.code === 'DA4' && ctx.chance(0.6))) : ctx.some(PROJECTS, 0.5, 3);
  const leaves: string[] = [];
  const cols: UCol[] = [];
  for (const p of projects) {
    const subs = p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(capital === 'DT' ? 0.8 : 0.4));
    const label = name.project(p);
    if (subs.length === 0) {
      leaves.push(p.code);
      cols.push({ path: [label, label], figure: fig(p.code), amount: keysSum([p.code]) });
    } else {
      leaves.push(...subs.map((s) => s.code));
      for (const s of subs) cols.push({ path: [label, name.sub(p, s)], figure: fig(s.code), amount: keysSum([s.code]) });
    }
  }
  const total = ctx.pick(['Tổng số', 'Tổng cộng']);
  cols.unshift({ path: [total, total], figure: fig('GNBV'), amount: keysSum(leaves) });
  const stt = ctx.chance(0.85);
  const rows = districtRows(ctx, () => new Map(leaves.map((k) => [k, ctx.amount(capital === 'DT' ? 20_000 : 3_000, 0.2)])), 3, spell);
  const body = unitsBody(ctx, rows, cols, stt);
  const lead = [...(stt ? ['STT'] : []), ctx.pick(['Tên đơn vị', 'Đơn vị'])].map((l) => [l, l]);
  const header = [...lead, ...cols.map((c) => c.path)];
  const { next } = writeBlock(ctx, ws, top, { lines, header, lead: lead.length, rows: body.rows }, style);
  return { next, width: header.length, expected: body.expected };
}
