// Unseen2 7: units as rows, project › (sub-project ›) capital columns, under the noise a worked
// province file gathers: a header five rows deep ("Kế hoạch vốn năm 2024" › "Chương trình MTQG
// giảm nghèo bền vững" › project › sub-project › capital type), note marks in header cells ("Vốn sự
// nghiệp (*)", "Dự án 4 (1)") explained in footnotes, a hidden helper column (last year's
// figures, or a "Kiểm tra" column of differences, in the middle or at the end), her row's figures
// as formulas referencing another sheet ("='Số liệu'!E9", cached values; that sheet hidden or not,
// holding bare numbers at the same addresses, no captions), cell comments on figures and captions,
// hyperlinks on the districts' names (to each district's detail file), and captions in rich text
// with mixed fonts, one run now and then in .VnTime (TCVN3 codes) inside a Unicode cell
// ("Huyện " + "Phong Thæ").
// expected: her district's row: node from the column's project or sub-project (GNBV for the
// leading "Tổng số"), capital from the column's own word (null under a "Tổng số" adding ĐT and SN),
// source null, allocated. The hidden helper column is no figure of hers (it is not this year's
// allocation); a note mark changes no word's meaning; a formula's figure is its cached value.
import type ExcelJS from 'exceljs';
import type { Figure } from '../common';
import { Unencodable, encodeTcvn3 } from '../legacy-encode';
import { PROJECTS, type Project, TAKES_DT, naming, title } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type UCol, districtRows, keysSum, unitsBody } from '../unseen/units';
import { family2 } from './lib';

type Cap = 'DT' | 'SN';

export const headerNoise = family2(
  'header-noise',
  'units as rows, project › capital columns under a 5-row header with note marks, a hidden helper column, cross-sheet formulas, comments, hyperlinks, rich text with a .VnTime run',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Tong hop', 'Biểu 01']));
    const y = ctx.year;
    const name = naming(ctx);
    const marks = ctx.chance(0.6, 'noteMarks');
    const helper = ctx.pick(['none', 'lastYear', 'check'] as const, 'hiddenHelper');
    const formulas = ctx.pick(['none', 'hiddenSheet', 'visibleSheet'] as const, 'crossSheet');
    const comments = ctx.chance(0.5, 'comments');
    const links = ctx.chance(0.4, 'hyperlinks');
    const rich = ctx.pick(['none', 'mixedStyles', 'vnTimeRun'] as const, 'richText');
    const deep = ctx.chance(0.7, 'fiveRows');
    const words = { DT: ctx.pick(['Vốn ĐTPT', 'Vốn đầu tư phát triển']), SN: ctx.pick(['Vốn SN', 'Vốn sự nghiệp']), total: ctx.pick(['Tổng số', 'Cộng']) };
    const noted = new Map<string, string>();
    const markOf = (label: string) => {
      if (!marks) return label;
      if (!noted.has(label)) noted.set(label, ctx.chance(0.3) ? `${label} ${ctx.pick(['(*)', '(1)', '(2)', '(**)'])}` : label);
      return noted.get(label)!;
    };
    const projects = ctx.some(PROJECTS, 0.4, 2);
    if (!projects.some((p) => TAKES_DT.has(p.code))) projects.unshift(PROJECTS[0]!);
    const top = deep ? [`Kế hoạch vốn năm ${y}`, 'Chương trình MTQG giảm nghèo bền vững'] : [];
    interface Col extends UCol { node: string }
    const cols: Col[] = [];
    const leaves: string[] = [];
    const fig = (node: string, capital: Cap | null): Figure => ({ node, capital, source: null, measure: 'allocated' });
    const capitalCols = (above: string[], node: string) => {
      const caps: Cap[] = TAKES_DT.has(node) ? ['DT', 'SN'] : ['SN'];
      leaves.push(...caps.map((c) => `${node}|${c}`));
      for (const c of caps) cols.push({ path: [...above, markOf(words[c])], node, figure: fig(node, c), amount: keysSum([`${node}|${c}`]) });
    };
    const withSubs = (p: Project) => p.subs.length > 0 && ctx.chance(0.5);
    for (const p of projects) {
      const label = markOf(name.project(p));
      if (!withSubs(p)) capitalCols([...top, label, label], p.code);
      else for (const s of p.subs.filter(() => ctx.chance(0.7)).slice(0, 2)) capitalCols([...top, label, name.sub(p, s)], s.code);
    }
    if (!cols.length) capitalCols([...top, 'Dự án 2', 'Dự án 2'], 'DA2');
    const depth = cols[0]!.path.length;
    cols.unshift({ path: [...top, ...Array<string>(depth - top.length).fill(markOf(words.total))].slice(0, depth), node: 'GNBV', figure: fig('GNBV', null), amount: keysSum(leaves) });
    const rows = districtRows(ctx, () => new Map(leaves.map((k) => [k, ctx.amount(k.endsWith('DT') ? 15_000 : 2_500, 0.15)])));
    const body = unitsBody(ctx, rows, cols, true);
    // the hidden helper column: inserted among the value columns
    let helperAt = -1;
    const header = [Array<string>(depth).fill('STT'), Array<string>(depth).fill(ctx.pick(['Tên đơn vị', 'Đơn vị'])), ...cols.map((c) => c.path)];
    if (helper !== 'none') {
      helperAt = 2 + (ctx.chance(0.5, 'helperInMiddle') ? ctx.int(1, cols.length - 1) : cols.length);
      header.splice(helperAt, 0, Array<string>(depth).fill(helper === 'lastYear' ? `Số liệu năm ${y - 1}` : 'Kiểm tra'));
      for (const r of body.rows) r.cells.splice(helperAt, 0, helper === 'lastYear' ? ctx.money(ctx.amount(8_000)) : ctx.money(0));
    }
    const lines = [
      ...title(ctx, 'none').map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.6) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const style = blockStyle(ctx);
    const { next, body: at } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows: body.rows }, style);
    if (helperAt >= 0) ws.getColumn(helperAt + 1).hidden = true;
    const headTop = at[0]! - depth;
    const mine = rows.findIndex((r) => r.mine);
    const herRow = at[mine]!;
    // cross-sheet formulas on her row (and the others now and then)
    if (formulas !== 'none') {
      const data = wb.addWorksheet('Số liệu', { state: formulas === 'hiddenSheet' ? 'hidden' : 'visible' });
      for (const [i, r] of at.entries()) {
        if (i !== mine && ctx.chance(0.5)) continue;
        for (let c = 3; c <= header.length; c++) {
          const cell = ws.getCell(r, c);
          const v = cell.value;
          if (typeof v !== 'number' && !(v && typeof v === 'object' && 'result' in v)) continue;
          const n = typeof v === 'number' ? v : (v as { result: number }).result;
          data.getCell(r, c).value = n;
          cell.value = { formula: `'Số liệu'!${cell.address}`, result: n, date1904: false };
        }
      }
    }
    if (comments) {
      ws.getCell(herRow, 2).note = ctx.pick(['Đã bao gồm kinh phí giao bổ sung đợt 2', 'Số liệu theo đề nghị của huyện']);
      ws.getCell(herRow, 3).note = 'Khớp với Quyết định giao dự toán';
      ws.getCell(headTop, 3).note = 'Cột tổng = cộng các dự án';
    }
    const district = (r: number) => ws.getCell(r, 2);
    for (const [i, r] of at.entries()) {
      const c = district(r);
      const text = typeof c.value === 'string' ? c.value : null;
      if (!text || rows[i]!.bold) continue;
      if (rich === 'vnTimeRun' && (i === mine || ctx.chance(0.3))) {
        const m = /^(.*?)(\S+ \S+)$/u.exec(text);
        let run: string | null = null;
        try { run = m ? encodeTcvn3(m[2]!) : null; } catch (e) { if (!(e instanceof Unencodable)) throw e; }
        if (m && run !== null) c.value = { richText: [...(m[1] ? [{ text: m[1], font: { name: 'Times New Roman', size: 12 } }] : []), { text: run, font: { name: '.VnTime', size: 12 } }] };
      } else if (rich === 'mixedStyles' && ctx.chance(0.6)) {
        const cut = text.indexOf(' ');
        if (cut > 0) c.value = { richText: [{ text: text.slice(0, cut + 1), font: { name: 'Times New Roman', bold: true } }, { text: text.slice(cut + 1), font: { name: 'Times New Roman', italic: true, color: { argb: 'FF0000FF' } } }] };
      } else if (links) {
        c.value = { text, hyperlink: `Chi tiet/${text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/\W+/g, '')}.xlsx` } as ExcelJS.CellHyperlinkValue;
      }
    }
    let r = next + 1;
    if (marks) for (const [label, n] of noted) if (n !== label) ws.getCell(r++, 2).value = `${n.slice(label.length + 1)} ${label}: ${ctx.pick(['bao gồm kinh phí duy tu, bảo dưỡng', 'đã trừ kinh phí thu hồi', 'giao theo Nghị quyết của HĐND tỉnh'])}.`;
    footer(ctx, ws, r, header.length);
    return { expected: body.expected };
  },
);
