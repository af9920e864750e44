// Unseen2 9: one workbook, one sheet per district (sheet names "Phong Thổ", "PhongTho", "H. Phong
// Tho", "PL-Phong Thổ"), each sheet the same table for its district: contents as rows, "Tổng số |
// Vốn ĐTPT | Vốn SN" columns. Now and then a "Tổng hợp" sheet first (districts as rows, the same
// three columns: her row there restates her sheet's total row). Her sheet is rarely the first.
// Whose table a sheet is: the title's district line ("HUYỆN SÌN HỒ", "Đơn vị: UBND huyện Sìn Hồ")
// — or, in the variants without it (titleNamesDistrict=false), ONLY the sheet's name: then the
// importer must choose the sheet by its name, as she does by its tab.
// expected: the figures of her sheet: node from the row, capital from the column (null under
// "Tổng số"), source null, allocated. The Tổng hợp sheet's row for her restates her GNBV figures
// (same keys, same values): they are those figures, not others (read once; a second claim of the
// same key counts as extra in run.ts). The other districts' sheets are not hers.
import type { Cell } from '../common';
import type { ExpectedFigure } from '../types';
import { DISTRICTS, MINE, TAKES_DT, naming, someDistricts, title } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type PCol, type PRow, family2, memo, numbering, programmeCells, programmeRows } from './lib';

const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export const districtSheets = family2(
  'district-sheets',
  'one sheet per district (named after it), the same contents table on each; a Tổng hợp sheet first now and then; the title names the district or only the sheet name does',
  (ctx, wb) => {
    const names = ctx.chance(0.6, 'titleNamesDistrict');
    const summary = ctx.chance(0.4, 'summarySheet');
    const sheetName = ctx.pick(['bare', 'ascii', 'H.', 'PL-'] as const, 'sheetNames');
    const nameOf = (d: string) => ({ bare: d, ascii: ascii(d).replace(/ /g, ''), 'H.': `${d === 'Lai Châu' ? 'TP.' : 'H.'} ${ascii(d)}`, 'PL-': `PL-${d}` })[sheetName];
    let districts = someDistricts(ctx, 3);
    if (districts[0] === MINE && ctx.chance(0.8)) districts = [...districts.slice(1), MINE];
    const t = programmeRows(ctx, undefined, { memos: true });
    const name = naming(ctx);
    const stts = numbering(ctx, t.rows);
    const totalWord = ctx.pick(['TỔNG SỐ', 'Tổng cộng']);
    const caption = (r: PRow) => (r.level === 0 ? totalWord : r.memo ? r.memo : r.sub ? name.sub(r.project!, r.sub) : name.project(r.project!));
    const amount = memo((k) => {
      const [leaf, , cap] = k.split('|');
      if (cap === 'DT' && !TAKES_DT.has(leaf!)) return 0;
      return ctx.amount(cap === 'DT' ? 12_000 : 2_000, 0.15);
    });
    const w = { total: ctx.pick(['Tổng số', 'Tổng cộng']), DT: ctx.pick(['Vốn ĐTPT', 'Vốn đầu tư phát triển']), SN: ctx.pick(['Vốn sự nghiệp', 'Kinh phí sự nghiệp']) };
    const colsOf = (d: string): PCol[] => {
      const fig = (capital: 'DT' | 'SN' | null) => (d === MINE ? { node: '', capital, source: null, measure: 'allocated' as const } : null);
      const dt = (l: string) => amount(`${l}|${d}|DT`), sn = (l: string) => amount(`${l}|${d}|SN`);
      return [{ path: [w.total], figure: fig(null), leaf: (l) => dt(l) + sn(l) }, { path: [w.DT], figure: fig('DT'), leaf: dt }, { path: [w.SN], figure: fig('SN'), leaf: sn }];
    };
    const heading = title(ctx, 'none');
    const decision = ctx.chance(0.5) ? decisionLine(ctx) : null;
    const style = blockStyle(ctx);
    const spell = (d: string) => (d === 'Lai Châu' ? 'THÀNH PHỐ LAI CHÂU' : `HUYỆN ${d.toUpperCase()}`);
    const lineStyle = ctx.pick(['title', 'unit'] as const);
    const expected: ExpectedFigure[] = [];
    if (summary) {
      const ws = wb.addWorksheet(ctx.pick(['Tổng hợp', 'TH', 'Tong hop']));
      const rows = districts.map((d, i) => {
        const cells = programmeCells(ctx, t, { node: 'GNBV', level: 0 }, colsOf(d), []);
        return { cells: [String(i + 1), d === 'Lai Châu' ? 'Thành phố Lai Châu' : `Huyện ${d}`, ...cells] as Cell[] };
      });
      const lines = [...heading.map((text) => ({ text, kind: 'title' as const })), { text: ctx.scaleText, kind: 'scale' as const }];
      writeBlock(ctx, ws, 1, { lines, header: [['STT'], ['Đơn vị'], [w.total], [w.DT], [w.SN]], lead: 2, rows }, style);
    }
    for (const d of districts.filter((x) => DISTRICTS.includes(x))) {
      const ws = wb.addWorksheet(nameOf(d));
      const cols = colsOf(d);
      const rows = t.rows.map((r, i) => ({ cells: [stts[i] || null, caption(r), ...programmeCells(ctx, t, r, cols, d === MINE ? expected : [])] as Cell[], bold: r.level < 2 }));
      const lines = [
        ...heading.map((text) => ({ text, kind: 'title' as const })),
        ...(names ? [lineStyle === 'title' ? { text: spell(d), kind: 'title' as const } : { text: `Đơn vị: UBND ${d === 'Lai Châu' ? 'thành phố' : 'huyện'} ${d}`, kind: 'note' as const }] : []),
        ...(decision ? [{ text: decision, kind: 'note' as const }] : []),
        { text: ctx.scaleText, kind: 'scale' as const },
      ];
      const header = [['STT'], [ctx.pick(['Nội dung', 'Dự án, tiểu dự án'])], ...cols.map((c) => c.path)];
      const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows }, style);
      footer(ctx, ws, next, header.length);
    }
    return { expected };
  },
);
