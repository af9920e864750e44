// Unseen2 8: contents as rows, districts as columns (capital type in the title), with the amounts
// written the ways the first two provinces never write them:
//   ty: "ĐVT: Tỷ đồng" (figures with up to 3 decimals: whole triệu), as numbers (format
//       #,##0.000) or Vietnamese text ("12,345");
//   dong-commas: "ĐVT: đồng" with figures typed as text in English grouping ("1,234,567,000"):
//       decidable because a đồng figure has no decimals and every non-zero figure here is at
//       least 1,000,000 (two or more comma groups of exactly three digits);
//   dong-scaled: "ĐVT: Triệu đồng" over cells that HOLD đồng and SHOW millions through Excel's
//       scaling format ("#,##0,," / "#,##0.0,,"): the figure is the cell's value in đồng (what the
//       formula bar shows; the display is that figure rounded);
//   red-negatives: numbers in the table's unit, each district with "Dự toán giao | Điều chỉnh
//       (+/-)", decreases as negative numbers shown in red brackets ("#,##0;[Red](#,##0)").
// expected: her district's columns on catalogue rows (memo rows are not lines): node from the row,
// capital from the title, source null, allocated (and adjusted, signed, from "Điều chỉnh (+/-)").
import type ExcelJS from 'exceljs';
import { formatVi } from '../../../../shared/decimal';
import { type Cell, type Ctx, isMoney, writeCell } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, TAKES_DT, naming, someDistricts, title, unitSpelling } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type PCol, type PRow, family2, memo, numbering, programmeCells, programmeRows } from './lib';

export const numberFormats = family2(
  'number-formats',
  'contents as rows, districts as columns; amounts in tỷ đồng, in đồng with English comma grouping, in đồng shown as millions by a scaling format, or negatives in red brackets',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Sheet1']));
    const mode = ctx.pick(['ty', 'dong-commas', 'dong-scaled', 'red-negatives'] as const, 'mode');
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const t = programmeRows(ctx, capital === 'DT' ? (c) => TAKES_DT.has(c) : undefined, { memos: mode === 'dong-scaled' || mode === 'red-negatives' });
    const asText = mode === 'ty' && ctx.chance(0.4, 'tyAsText');
    const scaleFmt = ctx.pick(['#,##0,,', '#,##0.0,,', '#,##0.000,,'], 'scaleFormat');
    const draw = (max: number) => {
      const d = ctx.amount(max, 0.1);
      if (d === 0) return 0;
      if (mode === 'ty') return Math.max(1, Math.floor(d / 1e6)) * 1e6;
      if (mode === 'dong-commas') return 1_000_000 + d;
      if (mode === 'dong-scaled') return d + ctx.int(0, 999);
      return d;
    };
    const amount = memo((k) => {
      const adj = k.endsWith('|adj');
      const base = draw(capital === 'DT' ? 12_000 : 2_000);
      if (!adj) return base;
      if (ctx.chance(0.4)) return 0;
      const step = mode === 'red-negatives' && ctx.scale === 'dong' ? 1 : 1000;
      return (ctx.chance(0.7) ? -1 : 1) * Math.floor((base * (0.02 + ctx.r() * 0.2)) / step) * step;
    });
    const districts = someDistricts(ctx, 3);
    const unit = unitSpelling(ctx);
    const cols: PCol[] = [];
    const adjusted = mode === 'red-negatives';
    for (const d of districts) {
      const fig = (m: 'allocated' | 'adjusted') => (d === MINE ? { node: '', capital, source: null, measure: m } : null);
      if (adjusted) {
        cols.push({ path: [unit(d), ctx.pick(['Dự toán giao', 'Giao đầu năm'])], figure: fig('allocated'), leaf: (l) => amount(`${l}|${d}`) });
        cols.push({ path: [unit(d), ctx.pick(['Điều chỉnh (+/-)', 'Điều chỉnh tăng (+), giảm (-)'])], figure: fig('adjusted'), leaf: (l) => amount(`${l}|${d}|adj`) });
      } else cols.push({ path: [unit(d)], figure: fig('allocated'), leaf: (l) => amount(`${l}|${d}`) });
    }
    const name = naming(ctx);
    const stts = numbering(ctx, t.rows);
    const totalWord = ctx.pick(['TỔNG SỐ', 'Tổng cộng']);
    const caption = (r: PRow) => (r.level === 0 ? totalWord : r.memo ? r.memo : r.sub ? name.sub(r.project!, r.sub) : name.project(r.project!));
    const expected: ExpectedFigure[] = [];
    const rows = t.rows.map((r, i) => ({ cells: [stts[i] || null, caption(r), ...programmeCells(ctx, t, r, cols, expected)] as Cell[], bold: r.level < 2 }));
    const render = (c: Ctx, cell: ExcelJS.Cell, v: Cell): void => {
      if (!isMoney(v)) return writeCell(c, cell, v);
      const d = BigInt(v.dong);
      if (mode === 'ty') {
        const coefficient = d / 1_000_000n;
        if (asText) {
          const text = formatVi(coefficient, 3);
          cell.value = text.includes(',') ? text.replace(/0+$/, '').replace(/,$/, '') : text;
        }
        else { cell.value = Number(coefficient) / 1000; cell.numFmt = '#,##0.000'; }
      } else if (mode === 'dong-commas') {
        cell.value = v.dong.toLocaleString('en-US');
        cell.alignment = { horizontal: 'right' };
      } else if (mode === 'dong-scaled') {
        cell.value = v.dong;
        cell.numFmt = scaleFmt;
      } else {
        const shift = { trieu: 6, nghin: 3, dong: 0 }[c.scale];
        const decimals = shift === 6 ? 3 : 0;
        cell.value = Number(d / 10n ** BigInt(shift - decimals)) / 10 ** decimals;
        cell.numFmt = decimals ? '#,##0.000;[Red](#,##0.000)' : '#,##0;[Red](#,##0)';
      }
    };
    const depth = cols[0]!.path.length;
    const lead = [ctx.pick(['STT', 'TT']), ctx.pick(['Nội dung', 'Dự án, tiểu dự án'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const scaleText = mode === 'ty' ? ctx.pick(['ĐVT: Tỷ đồng', 'Đơn vị tính: tỷ đồng', 'ĐVT: tỷ đồng'])
      : mode === 'dong-commas' ? ctx.pick(['Đơn vị tính: đồng', 'ĐVT: Đồng'])
        : mode === 'dong-scaled' ? ctx.pick(['ĐVT: Triệu đồng', 'Đơn vị tính: triệu đồng']) : ctx.scaleText;
    ctx.note('scaleText', scaleText);
    const lines = [
      ...title(ctx, capital).map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.5) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows }, { ...blockStyle(ctx), render });
    footer(ctx, ws, next, header.length);
    return { expected };
  },
);
