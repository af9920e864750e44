// Unseen2 6: the report her district filed itself last time ("BIỂU TỔNG HỢP TÌNH HÌNH THỰC HIỆN VÀ
// GIẢI NGÂN ... 6 THÁNG ĐẦU NĂM 2024"), brought back in as an import: the national-form title block
// (left "UBND HUYỆN PHONG THỔ" over "PHÒNG TÀI CHÍNH - KẾ HOẠCH", right "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
// VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc", "Phong Thổ, ngày 05 tháng 7 năm 2024"), the title
// naming her district or not (the issuer in the corner then says whose report it is), "(Kèm theo
// Báo cáo số .../BC-UBND ...)". Columns: "Tổng kế hoạch vốn năm 2024" over "Tổng số | Vốn năm 2023
// kéo dài sang | Vốn giao năm 2024", "Giải ngân" over "Lũy kế đến 30/6/2024 | Tỷ lệ (%)", an
// estimate "Ước giải ngân đến 31/12/2024" (or "Ước thực hiện cả năm"), "Ghi chú". Rows: the
// programme's lines, each followed now and then by capital sub-rows "- Vốn ĐTPT" / "- Vốn SN" (the
// title then names no capital type), or the title naming the capital type.
// expected: every money cell on catalogue rows: node from the row (a capital sub-row is its line's),
// capital from the sub-row (null on the line's own row when sub-rows split it; else the title's),
// source null; measure: "Tổng số" under the plan = available (carry-in + the year's allocation:
// the arithmetic holds on every row), "kéo dài sang" = carry_in, "giao năm" = allocated, "Lũy kế
// đến 30/6" = disbursed. The estimate is no figure (a forecast, not money paid), nor the rate.
import type { Cell } from '../common';
import { type Figure, record } from '../common';
import type { ExpectedFigure } from '../types';
import { PROGRAMME, TAKES_DT, naming } from '../words';
import { blockStyle, writeBlock } from '../unseen/sheet';
import { type PRow, family2, numbering, programmeRows, under } from './lib';

type Cap = 'DT' | 'SN';
interface F { carry_in: number; allocated: number; disbursed: number; estimate: number }

export const ownReport = family2(
  'own-report',
  'her district\'s own half-year report brought back: national title block, plan (total | carried in | this year), disbursed to 30/6 with rate, an estimate for the year, capital sub-rows',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['Bieu 01', 'BC 6 thang', 'Sheet1']));
    const y = ctx.year;
    const subRows = ctx.chance(0.55, 'capitalSubRows');
    const titled: Cap | null = subRows ? null : ctx.pick(['SN', 'DT'] as const, 'capital');
    const t = programmeRows(ctx, titled === 'DT' ? (c) => TAKES_DT.has(c) : undefined);
    const flows = new Map<string, F>();
    const flow = (leaf: string, cap: Cap): F => {
      const k = `${leaf}|${cap}`;
      if (!flows.has(k)) {
        const none = cap === 'DT' && !TAKES_DT.has(leaf);
        const dt = cap === 'DT';
        const carry_in = none ? 0 : ctx.amount(dt ? 3_000 : 500, 0.4);
        const allocated = none ? 0 : ctx.amount(dt ? 10_000 : 2_000, 0.05);
        const disbursed = ctx.share(carry_in + allocated, ctx.r() * 0.6);
        flows.set(k, { carry_in, allocated, disbursed, estimate: ctx.share(carry_in + allocated, 0.8 + ctx.r() * 0.2) });
      }
      return flows.get(k)!;
    };
    const caps: Cap[] = titled ? [titled] : ['DT', 'SN'];
    type M = 'available' | 'carry_in' | 'allocated' | 'disbursed' | 'rate' | 'estimate';
    const ms: M[] = ['available', 'carry_in', 'allocated', 'disbursed', 'rate', 'estimate'];
    const total = (node: string, which: Cap[], m: Exclude<M, 'rate'>) => t.leaves.filter((l) => under(l, node)).reduce((s, l) => s + which.reduce((s2, c) => {
      const f = flow(l, c);
      return s2 + (m === 'available' ? f.carry_in + f.allocated : f[m]);
    }, 0), 0);
    const name = naming(ctx);
    const stts = numbering(ctx, t.rows);
    const capWord: Record<Cap, string> = { DT: ctx.pick(['Vốn ĐTPT', 'Vốn đầu tư phát triển']), SN: ctx.pick(['Vốn SN', 'Vốn sự nghiệp', 'Kinh phí sự nghiệp']) };
    const mark = ctx.pick(['-', '+', '*']);
    const totalWord = ctx.pick(['TỔNG CỘNG', 'Tổng số', 'TỔNG SỐ']);
    const caption = (r: PRow) => (r.level === 0 ? totalWord : r.sub ? name.sub(r.project!, r.sub) : name.project(r.project!));
    const expected: ExpectedFigure[] = [];
    const rows: { cells: Cell[]; bold?: boolean }[] = [];
    const emit = (node: string, which: Cap[], capital: Cap | null, lead: Cell[], bold: boolean) => {
      const cells: Cell[] = ms.map((m) => {
        if (m === 'rate') {
          const den = total(node, which, 'available');
          return den > 0 ? { rate: Math.round((total(node, which, 'disbursed') / den) * 10000) / 100 } : null;
        }
        return ctx.money(total(node, which, m));
      });
      cells.forEach((c, i) => {
        const m = ms[i]!;
        if (m === 'rate' || m === 'estimate') return;
        const fig: Figure = { node, capital, source: null, measure: m };
        record(expected, c, fig);
      });
      rows.push({ cells: [...lead, ...cells, null], bold });
    };
    t.rows.forEach((r, i) => {
      const node = r.node!;
      emit(node, caps, titled, [stts[i] || null, caption(r)], r.level < 2);
      if (subRows && ctx.chance(0.8)) {
        const shown = (['DT', 'SN'] as const).filter((c) => c === 'SN' || t.leaves.some((l) => under(l, node) && TAKES_DT.has(l)));
        if (shown.length === 2 || ctx.chance(0.5)) for (const c of shown) emit(node, [c], c, [mark, capWord[c]], false);
      }
    });
    const planGroup = ctx.pick([`Tổng kế hoạch vốn năm ${y}`, `Kế hoạch vốn năm ${y}`]);
    const gn = ctx.pick(['Giải ngân', 'Kết quả giải ngân', 'Thực hiện giải ngân']);
    const header: string[][] = [
      ['STT', 'STT'], ['Nội dung', 'Nội dung'],
      [planGroup, ctx.pick(['Tổng số', 'Tổng'])],
      [planGroup, ctx.pick([`Vốn năm ${y - 1} kéo dài sang`, `Vốn năm ${y - 1} chuyển sang`, 'Vốn kéo dài'])],
      [planGroup, ctx.pick([`Vốn giao năm ${y}`, `Kế hoạch giao năm ${y}`])],
      [gn, ctx.pick([`Lũy kế đến 30/6/${y}`, `Giải ngân đến 30/6/${y}`, 'Lũy kế từ đầu năm đến 30/6'])],
      [gn, 'Tỷ lệ (%)'],
      Array<string>(2).fill(ctx.pick([`Ước giải ngân đến 31/12/${y}`, 'Ước thực hiện cả năm', `Ước giải ngân cả năm ${y}`])),
      ['Ghi chú', 'Ghi chú'],
    ];
    // the national form's block: issuer left, motto right, then the date line
    const right = header.length - 2;
    ws.getCell(1, 1).value = 'UBND HUYỆN PHONG THỔ';
    ws.getCell(2, 1).value = ctx.pick(['PHÒNG TÀI CHÍNH - KẾ HOẠCH', 'PHÒNG DÂN TỘC', 'PHÒNG LAO ĐỘNG - TB&XH']);
    ws.getCell(1, right).value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    ws.getCell(2, right).value = 'Độc lập - Tự do - Hạnh phúc';
    ws.getCell(3, right).value = `Phong Thổ, ngày 05 tháng 7 năm ${y}`;
    for (const c of [ws.getCell(1, 1), ws.getCell(2, 1), ws.getCell(1, right), ws.getCell(2, right)]) c.font = { bold: true };
    ws.getCell(3, right).font = { italic: true };
    const names = ctx.chance(0.5, 'titleNamesHer');
    const what = titled === 'DT' ? 'VỐN ĐẦU TƯ PHÁT TRIỂN ' : titled === 'SN' ? 'VỐN SỰ NGHIỆP ' : '';
    const lines = [
      { text: `BIỂU TỔNG HỢP TÌNH HÌNH THỰC HIỆN VÀ GIẢI NGÂN ${what}${ctx.pick(PROGRAMME)}`, kind: 'title' as const },
      { text: `6 THÁNG ĐẦU NĂM ${y}${names ? ` CỦA ${ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ'])}` : ''}`, kind: 'title' as const },
      { text: `(Kèm theo Báo cáo số ${ctx.int(100, 400)}/BC-UBND ngày 05/7/${y} của UBND huyện Phong Thổ)`, kind: 'note' as const },
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 5, { lines, header, lead: 2, rows }, blockStyle(ctx));
    let r = next + 1;
    ws.getCell(r, 2).value = 'NGƯỜI LẬP BIỂU';
    ws.getCell(r++, right).value = 'TRƯỞNG PHÒNG';
    ws.getCell(r + 3, 2).value = 'Vàng Thị Mai';
    ws.getCell(r + 3, right).value = 'Lò Văn Thắng';
    return { expected };
  },
);
