// Unseen2 3: contents as rows with the captions not in column B: the template has three lead
// columns, and the header's "Nội dung" (or "STT") is merged over two of them. Either STT in A, B a
// narrow blank column and the captions in C ("C-only"); or the projects' captions in B and the
// sub-projects' in C, indented by column ("indent"); or every row's B:C merged with the caption in
// B ("merged"); or the numbering split over A and B (projects' I, II in A, sub-projects' 1, 2 in
// B: the header's "STT" merged over A:B) and the captions in C ("stt-split"). Columns: district ›
// "Tổng số | Vốn ĐTPT | Vốn SN" (title silent on capital) or one column per district (the title
// names the capital type).
// expected: her district's columns on every catalogue row (memo rows are not lines): node from the
// row, capital from her column's capital word (null under "Tổng số") or the title's, source null,
// allocated.
import type { Cell } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, TAKES_DT, naming, someDistricts, title, unitSpelling } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type PCol, type PRow, family2, memo, numbering, programmeCells, programmeRows } from './lib';

export const captionColumns = family2(
  'caption-columns',
  'contents as rows over three lead columns: captions in C (B blank), projects in B and sub-projects in C, B:C merged, or the STT split over A:B',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Biểu 01', 'Sheet1']));
    const mode = ctx.pick(['C-only', 'indent', 'merged', 'stt-split'] as const, 'mode');
    const split = ctx.chance(0.5, 'capitalSplit');
    const titled = split ? null : ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const t = programmeRows(ctx, titled === 'DT' ? (c) => TAKES_DT.has(c) : undefined, { memos: true });
    const name = naming(ctx);
    const amount = memo((k) => {
      const [leaf, , cap] = k.split('|');
      if (cap === 'DT' && !TAKES_DT.has(leaf!)) return 0;
      return ctx.amount(cap === 'DT' || titled === 'DT' ? 12_000 : 2_000, 0.15);
    });
    const districts = someDistricts(ctx, 2);
    const unit = unitSpelling(ctx);
    const cols: PCol[] = [];
    const fig = (d: string, capital: 'DT' | 'SN' | null) => (d === MINE ? { node: '', capital, source: null, measure: 'allocated' as const } : null);
    const w = { DT: ctx.pick(['Vốn ĐTPT', 'Vốn đầu tư phát triển']), SN: ctx.pick(['Vốn SN', 'Vốn sự nghiệp']), total: ctx.pick(['Tổng số', 'Cộng']) };
    for (const d of districts) {
      if (split) {
        const dt = (l: string) => amount(`${l}|${d}|DT`), sn = (l: string) => amount(`${l}|${d}|SN`);
        cols.push({ path: [unit(d), w.total], figure: fig(d, null), leaf: (l) => dt(l) + sn(l) });
        cols.push({ path: [unit(d), w.DT], figure: fig(d, 'DT'), leaf: dt });
        cols.push({ path: [unit(d), w.SN], figure: fig(d, 'SN'), leaf: sn });
      } else cols.push({ path: [unit(d)], figure: fig(d, titled), leaf: (l) => amount(`${l}|${d}|`) });
    }
    const stts = numbering(ctx, t.rows);
    const totalWord = ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']);
    const caption = (r: PRow) => (r.level === 0 ? totalWord : r.memo ? r.memo : r.sub ? name.sub(r.project!, r.sub) : name.project(r.project!));
    const expected: ExpectedFigure[] = [];
    const rows = t.rows.map((r, i) => {
      const cap = caption(r), stt = stts[i] || null;
      let lead: Cell[];
      if (mode === 'C-only') lead = [stt, null, cap];
      else if (mode === 'indent') lead = r.level === 2 ? [stt, null, cap] : [stt, cap, null];
      else if (mode === 'merged') lead = [stt, cap, null];
      else lead = r.level === 1 ? [stt, null, cap] : r.level === 2 && r.node ? [null, stt, cap] : [null, null, cap];
      return { cells: [...lead, ...programmeCells(ctx, t, r, cols, expected)], bold: r.level < 2 };
    });
    const depth = cols[0]!.path.length;
    const sttHead = ctx.pick(['STT', 'TT']), capHead = ctx.pick(['Nội dung', 'Dự án, tiểu dự án', 'Chỉ tiêu']);
    const lead = (mode === 'stt-split' ? [sttHead, sttHead, capHead] : [sttHead, capHead, capHead]).map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const lines = [
      ...title(ctx, titled ?? 'none').map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.5) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const style = { ...blockStyle(ctx), merge: true };
    ctx.note('headerMergedAnyway', true);
    const { next, body } = writeBlock(ctx, ws, 1, { lines, header, lead: 3, rows }, style);
    if (mode === 'merged') for (const r of body) ws.mergeCells(r, 2, r, 3);
    ws.getColumn(1).width = 5;
    ws.getColumn(mode === 'stt-split' ? 2 : 2).width = mode === 'C-only' || mode === 'stt-split' ? 3 : 4;
    ws.getColumn(3).width = 45;
    footer(ctx, ws, next, header.length);
    return { expected };
  },
);
