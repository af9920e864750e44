// Unseen2 11: a table typed all in capitals in the TCVN3 capitals font (.VnTimeH: the cell holds
// lowercase TCVN3 codes, "huyÖn phong thæ", the font draws "HUYỆN PHONG THỔ"): title, header,
// district names, totals, footnotes, signatures. Then the fonts are lost in some cells or in all
// (the sheet re-styled to Times New Roman: only the text says what it is, and it reads as
// lowercase TCVN3), and now and then a caption is two runs, a Unicode one and a .VnTimeH one
// ("HUYỆN " + "phong thæ"). Layout: units as rows, a total column and one column per project or
// sub-project (the title names the capital type).
// expected: her district's row: node from the column (GNBV for the total), capital from the title,
// source null, allocated; the text, once decoded, is the Unicode table's, in capitals.
import type ExcelJS from 'exceljs';
import { Unencodable, encodeTcvn3 } from '../legacy-encode';
import { PROJECTS, TAKES_DT, naming, title } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type UCol, districtRows, keysSum, unitsBody } from '../unseen/units';
import { family2 } from './lib';

export const legacyCapitals = family2(
  'legacy-capitals',
  'units as rows, project columns, every text in capitals in .VnTimeH codes; fonts lost in some cells or all; a caption split into a Unicode run and a .VnTimeH run',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Bieu 01']));
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const lost = ctx.pick(['none', 'some', 'all'] as const, 'lostFonts');
    const mixed = ctx.chance(0.3, 'mixedRuns');
    const name = naming(ctx);
    const projects = ctx.some(PROJECTS.filter((p) => capital === 'SN' || TAKES_DT.has(p.code)), 0.5, 2);
    const deep = ctx.chance(0.4, 'subColumns');
    const cols: UCol[] = [];
    const leaves: string[] = [];
    for (const p of projects) {
      const subs = deep ? p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(0.7)) : [];
      const label = name.project(p);
      if (subs.length === 0) {
        leaves.push(p.code);
        cols.push({ path: deep ? [label, label] : [label], figure: { node: p.code, capital, source: null, measure: 'allocated' }, amount: keysSum([p.code]) });
      } else for (const s of subs) {
        leaves.push(s.code);
        cols.push({ path: [label, name.sub(p, s)], figure: { node: s.code, capital, source: null, measure: 'allocated' }, amount: keysSum([s.code]) });
      }
    }
    const depth = cols[0]!.path.length;
    cols.unshift({ path: Array<string>(depth).fill(ctx.pick(['Tổng số', 'Tổng cộng'])), figure: { node: 'GNBV', capital, source: null, measure: 'allocated' }, amount: keysSum(leaves) });
    const rows = districtRows(ctx, () => new Map(leaves.map((k) => [k, ctx.amount(capital === 'DT' ? 10_000 : 2_000, 0.15)])));
    const body = unitsBody(ctx, rows, cols, true);
    const header = [Array<string>(depth).fill('STT'), Array<string>(depth).fill(ctx.pick(['Tên đơn vị', 'Đơn vị'])), ...cols.map((c) => c.path)];
    const lines = [
      ...title(ctx, capital).map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.6) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next, body: at } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    const mineAt = at[rows.findIndex((r) => r.mine)]!;
    const encode = (cell: ExcelJS.Cell, text: string) => {
      const up = text.toUpperCase();
      let raw: string;
      try { raw = encodeTcvn3(up, true); } catch (e) { if (e instanceof Unencodable) return; throw e; }
      const font = lost === 'all' || (lost === 'some' && ctx.chance(0.3)) ? 'Times New Roman' : '.VnTimeH';
      if (mixed && Number(cell.row) === mineAt && Number(cell.col) === 2) {
        const cut = up.indexOf(' ');
        if (cut > 0) {
          cell.value = { richText: [{ text: up.slice(0, cut + 1), font: { name: 'Times New Roman' } }, { text: raw.slice(cut + 1), font: { name: font === 'Times New Roman' ? font : '.VnTimeH' } }] };
          return;
        }
      }
      cell.value = raw;
      cell.font = { ...(cell.font ?? {}), name: font };
    };
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string' && /\p{L}/u.test(cell.value) && (!cell.isMerged || cell.master === cell)) encode(cell, cell.value);
    }));
    return { expected: body.expected };
  },
);
