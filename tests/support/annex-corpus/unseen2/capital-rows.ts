// Unseen2 1: her district's allocation turned round: the programme's projects (and sub-projects
// under their project's merged caption, with the project's own "Cộng" now and then) as COLUMNS,
// the capital types as ROWS ("TỔNG SỐ", "1. Vốn đầu tư phát triển", "2. Vốn sự nghiệp"), each
// capital row split now and then into source rows ("- Ngân sách trung ương", "- Ngân sách địa
// phương") or followed by one "Trong đó: NSTW" row. The table is hers alone: the title (or the
// line under it) names her district; the lead column is "Nguồn vốn" / "Chỉ tiêu" / "Nội dung".
// expected: every money cell: node from the column (GNBV for the "Tổng cộng" column; a project's
// "Cộng" or its whole-project column is the project), capital from the row (null on the total
// row), source from the row (null on the total and capital rows; NSTW / NSDP on a source row and
// on the "Trong đó: NSTW" row, which is the NSTW part of its capital type), measure allocated.
import type { Cell } from '../common';
import { type Figure, record } from '../common';
import type { ExpectedFigure } from '../types';
import { PROJECTS, TAKES_DT, naming } from '../words';
import { family2, memo } from './lib';
import { blockStyle, decisionLine, footer, numberRow, writeBlock } from '../unseen/sheet';

type Cap = 'DT' | 'SN';
type Src = 'NSTW' | 'NSDP';

export const capitalRows = family2(
  'capital-rows',
  'her district alone: projects and sub-projects as columns, capital types (and their sources) as rows',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL02', 'Phong Tho', 'Biểu 03']));
    const name = naming(ctx);
    const projects = ctx.some(PROJECTS, 0.55, 2);
    if (!projects.some((p) => TAKES_DT.has(p.code))) projects.unshift(PROJECTS[0]!);
    const amount = memo((k) => {
      const [node, cap, src] = k.split('|') as [string, Cap, Src];
      if (cap === 'DT' && !TAKES_DT.has(node)) return 0;
      const max = (cap === 'DT' ? 12_000 : 2_500) * (src === 'NSDP' ? 0.1 : 1);
      return ctx.amount(max, src === 'NSDP' ? 0.4 : 0.08);
    });
    interface Col { path: string[]; node: string; leaves: string[] }
    const cols: Col[] = [];
    const allLeaves: string[] = [];
    const subsCols = projects.map((p) => {
      const subs = p.subs.filter(() => ctx.chance(0.6));
      return subs;
    });
    const deep = subsCols.some((s) => s.length > 0);
    const cong = ctx.chance(0.5, 'projectCong');
    const congWord = ctx.pick(['Cộng', 'Tổng số', 'Tổng']);
    projects.forEach((p, i) => {
      const label = name.project(p);
      const subs = subsCols[i]!;
      if (subs.length === 0) {
        allLeaves.push(p.code);
        cols.push({ path: deep ? [label, label] : [label], node: p.code, leaves: [p.code] });
        return;
      }
      const codes = subs.map((s) => s.code);
      allLeaves.push(...codes);
      if (cong) cols.push({ path: [label, congWord], node: p.code, leaves: codes });
      for (const s of subs) cols.push({ path: [label, name.sub(p, s)], node: s.code, leaves: [s.code] });
    });
    if (ctx.chance(0.8, 'totalColumn')) {
      const w = ctx.pick(['Tổng cộng', 'Tổng số', 'Tổng']);
      cols.unshift({ path: deep ? [w, w] : [w], node: 'GNBV', leaves: allLeaves });
    }
    const sources = ctx.pick(['none', 'none', 'both', 'of-which'] as const, 'sources');
    const capWord: Record<Cap, string> = {
      DT: ctx.pick(['Vốn đầu tư phát triển', 'Vốn ĐTPT', 'Vốn đầu tư']),
      SN: ctx.pick(['Vốn sự nghiệp', 'Kinh phí sự nghiệp', 'Vốn SN']),
    };
    const srcWord: Record<Src, string> = {
      NSTW: ctx.pick(['Ngân sách trung ương', 'NSTW', 'Vốn NSTW']),
      NSDP: ctx.pick(['Ngân sách địa phương', 'NSĐP', 'Vốn đối ứng NSĐP']),
    };
    const sttCol = ctx.chance(0.6, 'sttColumn');
    interface Row { stt: string; caption: string; cap: Cap | null; src: Src | null; bold?: boolean }
    const rows: Row[] = [];
    const caps: Cap[] = ctx.chance(0.8) ? ['DT', 'SN'] : ['SN', 'DT'];
    const totalRow: Row = { stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']), cap: null, src: null, bold: true };
    caps.forEach((c, i) => {
      rows.push({ stt: String(i + 1), caption: capWord[c], cap: c, src: null, bold: true });
      if (sources === 'both') for (const s of ['NSTW', 'NSDP'] as const) rows.push({ stt: '-', caption: srcWord[s], cap: c, src: s });
      if (sources === 'of-which') rows.push({ stt: '', caption: `Trong đó: ${srcWord.NSTW}`, cap: c, src: 'NSTW' });
    });
    const withTotal = ctx.chance(0.85, 'totalRow');
    if (withTotal) rows.unshift(totalRow);
    const value = (col: Col, row: Row) => col.leaves.reduce((s, l) => s + (['DT', 'SN'] as const).filter((c) => row.cap === null || row.cap === c)
      .reduce((s2, c) => s2 + (['NSTW', 'NSDP'] as const).filter((x) => row.src === null || row.src === x).reduce((s3, x) => s3 + amount(`${l}|${c}|${x}`), 0), 0), 0);
    const expected: ExpectedFigure[] = [];
    const body = rows.map((row) => {
      const cells: Cell[] = cols.map((col) => ctx.money(value(col, row)));
      cells.forEach((cell, i) => {
        const fig: Figure = { node: cols[i]!.node, capital: row.cap, source: row.src, measure: 'allocated' };
        record(expected, cell, fig);
      });
      const lead: Cell[] = sttCol ? [row.stt || null, row.caption] : [row.stt && row.stt !== '-' ? `${row.stt}. ${row.caption}` : row.stt === '-' ? `- ${row.caption}` : row.caption];
      return { cells: [...lead, ...cells], bold: row.bold };
    });
    const depth = cols[0]!.path.length;
    const leadHead = ctx.pick(['Nguồn vốn', 'Chỉ tiêu', 'Nội dung', 'Nguồn vốn, loại vốn']);
    const lead = [...(sttCol ? ['STT'] : []), leadHead].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const y = ctx.year;
    const where = ctx.pick(['title', 'line', 'decision'] as const, 'herNameIn');
    const her = ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ']);
    const lines = [
      { text: `PHÂN BỔ KẾ HOẠCH VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM ${y}${where === 'title' ? ` CHO ${her}` : ''}`, kind: 'title' as const },
      ...(where === 'line' ? [{ text: `Đơn vị: ${ctx.pick(['Huyện Phong Thổ', 'UBND huyện Phong Thổ'])}`, kind: 'note' as const }] : []),
      ...(where === 'decision'
        ? [{ text: `(Kèm theo Quyết định số ${ctx.int(12, 2900)}/QĐ-UBND ngày 15/12/${y - 1} của UBND tỉnh Lai Châu giao kế hoạch vốn cho huyện Phong Thổ)`, kind: 'note' as const }]
        : ctx.chance(0.5) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: lead.length, numbers: numberRow(ctx, header.length, lead.length), rows: body }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return { expected };
  },
);
