// Unseen 7: units as rows and project columns (as the first corpus has them), under title blocks
// it does not have: the whole title in one cell merged over two rows ("...\nNĂM 2024"), the year
// only in the decision line ("Kèm theo Quyết định số ... ngày 15/12/2023 ... về việc giao dự toán
// năm 2024", the programme's name still saying "giai đoạn 2021-2025"), the source of the money in
// the title ("... NGUỒN VỐN NGÂN SÁCH TRUNG ƯƠNG") or in a line of its own, the unit of money
// spelled "Tr.đồng", "1.000 đồng", "Ngàn đồng", "VNĐ" and written at the left, inside the title
// line "(ĐVT: triệu đồng)", or in a header cell over the value columns ("Số tiền (triệu đồng)"),
// an issuer's name in the corner; now and then a carry-in column ("Kinh phí năm 2023 chuyển
// sang") before the year's allocation.
// expected: her district's row: node from the column (GNBV for the totals), capital from the
// title, source null (a source the title block names is read only when her books split money by
// source, and the corpus book does not), measure allocated, or carry_in for the carry-in column. The table's year is the year the
// decision allocates (its date may be the December before).
import { type Ctx, type Figure, familyOf } from '../common';
import { PROGRAMME, PROJECTS, TAKES_DT, naming } from '../words';
import { type Line, blockStyle, footer, numberRow, scaleSpellings, writeBlock } from './sheet';
import { type UCol, districtRows, keysSum, unitsBody } from './units';

const UNIT_WORDS = { trieu: ['triệu đồng', 'Tr.đồng'], nghin: ['nghìn đồng', '1.000 đồng'], dong: ['đồng'] };

export const titleBlock = familyOf(
  'title-block',
  'units as rows, project columns; title in one cell over two rows, year only in the decision line, source in the title, the unit of money elsewhere and spelled otherwise',
  (ctx: Ctx, ws) => {
    const y = ctx.year;
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const source = ctx.pick(['none', 'none', 'title', 'line'] as const, 'source');
    const yearIn = ctx.pick(['title', 'decision'] as const, 'yearIn');
    const shape = ctx.pick(['lines', 'one-cell-two-rows', 'one-line'] as const, 'titleShape');
    const scaleAt = ctx.pick(['right', 'left', 'title', 'header'] as const, 'scaleAt');
    const scale = scaleSpellings(ctx);
    if (scaleAt !== 'header') ctx.note('scaleText', scale);
    const carry = ctx.chance(0.35, 'carryIn');

    const name = naming(ctx);
    const projects = capital === 'DT' ? PROJECTS.filter((p) => p.code === 'DA1' || p.code === 'DA4') : ctx.some(PROJECTS, 0.5, 3);
    // the title's source is read as every source together: the corpus book keeps no source split
    // (docs/nhap-excel.md: the table is read as of its source only when her books split by source)
    const fig = (node: string, measure: Figure['measure'] = 'allocated'): Figure => ({ node, capital, source: null, measure });
    const leaves: string[] = [];
    const cols: UCol[] = [];
    for (const p of projects) {
      const subs = p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(0.5));
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
    if (carry) {
      const plan = ctx.pick([`Dự toán giao năm ${y}`, `Kế hoạch vốn năm ${y}`]);
      for (const c of cols) c.path.unshift(plan);
      const head = ctx.pick([`Kinh phí năm ${y - 1} chuyển sang`, `Vốn năm ${y - 1} chuyển sang năm ${y}`]);
      cols.unshift({ path: [head, head, head], figure: fig('GNBV', 'carry_in'), amount: keysSum(['carry']) });
    }
    if (scaleAt === 'header') {
      const group = `${ctx.pick(['Số tiền', 'Kinh phí', 'Số vốn'])} (${ctx.pick(UNIT_WORDS[ctx.scale])})`;
      ctx.note('scaleText', group);
      for (const c of cols) c.path.unshift(group);
    }
    const depth = cols[0]!.path.length;
    const rows = districtRows(ctx, () => new Map([...leaves, 'carry'].map((k) => [k, ctx.amount(k === 'carry' ? 1_500 : capital === 'DT' ? 20_000 : 3_000, 0.15)])));
    const body = unitsBody(ctx, rows, cols, true);
    const lead = ['STT', ctx.pick(['Tên đơn vị', 'Đơn vị'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];

    const what = capital === 'DT' ? ctx.pick(['KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN', 'PHÂN BỔ VỐN ĐẦU TƯ PHÁT TRIỂN']) : ctx.pick(['DỰ TOÁN KINH PHÍ SỰ NGHIỆP', 'PHÂN BỔ KINH PHÍ SỰ NGHIỆP']);
    const programme = `${ctx.pick(PROGRAMME)}${ctx.chance(0.5, 'period') ? ' GIAI ĐOẠN 2021-2025' : ''}`;
    const titleText = [
      `${what}${source === 'title' ? ` ${ctx.pick(['NGUỒN VỐN NGÂN SÁCH TRUNG ƯƠNG', 'NGUỒN NGÂN SÁCH TRUNG ƯƠNG'])}` : ''} THỰC HIỆN ${programme}`,
      ...(yearIn === 'title' ? [`NĂM ${y}`] : []),
    ];
    const paren = `(${scale})`;
    if (scaleAt === 'title') titleText.push(paren);
    const [day, month] = ctx.pick([[15, 12], [10, 12], [28, 12]] as const);
    const decided = yearIn === 'decision' ? `${day}/${month}/${y - 1}` : `${ctx.int(5, 28)}/${ctx.pick(['01', '02', '04'])}/${y}`;
    const decision = yearIn === 'decision'
      ? ctx.pick([
        `(Kèm theo Quyết định số ${ctx.int(1500, 2900)}/QĐ-UBND ngày ${decided} của UBND tỉnh Lai Châu về việc giao dự toán ngân sách nhà nước năm ${y})`,
        `(Kèm theo Quyết định số ${ctx.int(1500, 2900)}/QĐ-UBND ngày ${decided} của UBND tỉnh Lai Châu giao kế hoạch vốn năm ${y})`,
      ])
      : `(Kèm theo Quyết định số ${ctx.int(12, 900)}/QĐ-UBND ngày ${decided} của UBND tỉnh Lai Châu)`;
    const lines: Line[] = [];
    if (ctx.chance(0.4, 'corner')) lines.push({ text: ctx.pick(['UBND TỈNH LAI CHÂU', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'UBND TỈNH LAI CHÂU\nSỞ TÀI CHÍNH']), kind: 'corner' });
    if (shape === 'lines') lines.push(...titleText.map((text) => ({ text, kind: 'title' as const })));
    else lines.push({ text: titleText.join(shape === 'one-line' ? ' ' : '\n'), kind: 'title', rows: shape === 'one-line' ? 1 : 2 });
    if (source === 'line') lines.push({ text: ctx.pick(['(Nguồn vốn: Ngân sách Trung ương)', '(Nguồn: vốn NSTW)']), kind: 'note' });
    if (yearIn === 'decision' || ctx.chance(0.5, 'decision')) lines.push({ text: decision, kind: 'note' });
    if (scaleAt === 'right') lines.push({ text: scale, kind: 'scale' });
    if (scaleAt === 'left') lines.push({ text: scale, kind: 'corner' });
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, numbers: numberRow(ctx, header.length, 2), rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return body.expected;
  },
);
