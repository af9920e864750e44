// Unseen 10: a works list in district sections (as the first corpus's works-by-district) whose
// columns are the fuller template provinces use: "Địa điểm XD", "Năng lực thiết kế" ("L=2,5 km"),
// "Thời gian KC-HT" (text "2023-2025", or the number 2024 for a one-year work), "Quyết định đầu
// tư" over "Số QĐ; ngày, tháng, năm" and "TMĐT" (itself split "Tổng số | Trong đó: NSTW" now and
// then), "Lũy kế vốn đã bố trí đến hết năm 2023", and the year's plan split by source: "Kế hoạch
// vốn năm 2024" over "Tổng số | Trong đó › NSTW | NSĐP", or "Tổng số | Trong đó: NSTW" (the
// local part not shown), or "Tổng số | NSTW | NSĐP" flat, or "NSTW | NSĐP" without a total.
// expected: in her district's section only: the section row (GNBV), her sub-project rows (DA1.1,
// DA4.1) and her works (work:<sub-project>:<name>), each with its plan cells: capital DT (a works
// list is investment money), source null for the plan's "Tổng số" (every source), NSTW / NSDP for
// those columns, measure allocated. TMĐT, the money allocated before this year and the text
// columns are no figures of this year's plan (the first corpus's convention for works lists).
import { type Cell, type Ctx, familyOf, record } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, someDistricts, unitSpelling } from '../words';
import { HER_INVESTORS, type Work, caption, investorOf, subTitle, works, worksTitle } from '../works';
import { type BodyRow, blockStyle, decisionLine, footer, writeBlock } from './sheet';

type Src = 'NSTW' | 'NSDP';
interface Item { work: Work; nstw: number; tmdtNstw: number; capacity: string; time: string | number }
interface Section { stt: string; caption: string; figure?: string; children: Section[]; work?: Item }
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
/** "Năng lực thiết kế" by the kind of work its name begins with */
const CAPACITY: Record<string, string> = {
  Đường: 'L={n} km', Cầu: 'Cầu L={m}0 m', Thủy: 'Tưới {m}0 ha', Nước: '{m}0 hộ dùng nước', Kè: 'Kè L={m}00 m', Nhà: '01 nhà {m}00 m2 sàn', Trường: '0{m} phòng học', Cải: 'Cải tạo {m}00 m2 sàn',
};

export const worksBySource = familyOf(
  'works-by-source',
  'works list in district sections with the full template: location, capacity, years, decision with TMĐT, money so far, and the plan split by source',
  (ctx: Ctx, ws) => {
    const y = ctx.year;
    const plan = ctx.pick(['total+both', 'total+both', 'total+NSTW', 'total+both-flat', 'both'] as const, 'plan');
    const capacity = ctx.chance(0.7, 'capacity');
    const years = ctx.chance(0.8, 'years');
    const tmdtSplit = ctx.chance(0.35, 'tmdtBySource');
    const soFar = ctx.chance(0.8, 'soFar');
    const spell = unitSpelling(ctx);
    const sub = subTitle(ctx);
    const her = ctx.pick(HER_INVESTORS);
    const used = new Set<string>();
    const item = (w: Work): Item => {
      const nsdp = ctx.chance(0.4) ? 0 : ctx.share(w.plan, ctx.r() * 0.15);
      const start = ctx.pick([y - 2, y - 1, y, y]);
      const end = Math.max(start + 1, y + ctx.int(0, 1));
      const time = start === y && ctx.chance(0.6) ? y : `${start}${ctx.pick(['-', ' - '])}${end}`;
      const kind = Object.keys(CAPACITY).find((k) => w.name.startsWith(k)) ?? 'Nhà';
      const cap = CAPACITY[kind]!.replace('{n}', `${ctx.int(1, 9)},${ctx.int(1, 9)}`).replace('{m}', String(ctx.int(2, 9)));
      return { work: w, nstw: w.plan - nsdp, tmdtNstw: ctx.share(w.tmdt, 0.85 + ctx.r() * 0.15), capacity: cap, time };
    };
    const districts = someDistricts(ctx, 2).map((d, i): Section => {
      const mine = d === MINE;
      const codes = ctx.chance(0.4) ? ['DA1.1', 'DA4.1'] : ['DA1.1'];
      const subs = codes.map((code, j): Section => {
        const list = works(ctx, d, code, ctx.int(1, 3), used, () => (mine ? her : investorOf(d)));
        return {
          stt: String(j + 1), caption: sub(code), ...(mine && { figure: code }),
          children: list.map((w, k) => ({ stt: String(k + 1), caption: w.name, children: [], work: item(w), ...(mine && { figure: `work:${code}:${w.name}` }) })),
        };
      });
      return { stt: ROMAN[i]!, caption: spell(d), children: subs, ...(mine && { figure: 'GNBV' }) };
    });
    const total: Section = { stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']), children: districts };

    // the header: paths padded down to the table's depth
    const planHead = ctx.pick([`Kế hoạch vốn năm ${y}`, `KH vốn năm ${y}`, `Kế hoạch vốn đầu tư năm ${y}`]);
    const words = { NSTW: ctx.pick(['NSTW', 'Vốn NSTW', 'Ngân sách trung ương']), NSDP: ctx.pick(['NSĐP', 'Vốn NSĐP', 'NSĐP đối ứng']) };
    const planCols: { path: string[]; src: Src | null }[] = {
      'total+both': [{ path: [planHead, 'Tổng số'], src: null }, { path: [planHead, 'Trong đó', words.NSTW], src: 'NSTW' as Src }, { path: [planHead, 'Trong đó', words.NSDP], src: 'NSDP' as Src }],
      'total+NSTW': [{ path: [planHead, 'Tổng số'], src: null }, { path: [planHead, `Trong đó: ${words.NSTW}`], src: 'NSTW' as Src }],
      'total+both-flat': [{ path: [planHead, 'Tổng số'], src: null }, { path: [planHead, words.NSTW], src: 'NSTW' as Src }, { path: [planHead, words.NSDP], src: 'NSDP' as Src }],
      both: [{ path: [planHead, words.NSTW], src: 'NSTW' as Src }, { path: [planHead, words.NSDP], src: 'NSDP' as Src }],
    }[plan];
    type Getter = (s: Section) => Cell;
    const money = (f: (i: Item) => number): Getter => (s) => ctx.money(sum(s, f));
    const text = (f: (i: Item) => string | number): Getter => (s) => (s.work ? f(s.work) : null);
    const cols: { path: string[]; get: Getter; src?: Src | null }[] = [
      { path: ['Địa điểm XD'], get: text((i) => i.work.place) },
      ...(capacity ? [{ path: ['Năng lực thiết kế'], get: text((i) => i.capacity) }] : []),
      ...(years ? [{ path: [ctx.pick(['Thời gian KC-HT', 'Thời gian khởi công - hoàn thành'])], get: text((i) => i.time) }] : []),
      { path: ['Quyết định đầu tư', 'Số QĐ; ngày, tháng, năm'], get: text((i) => i.work.decision) },
      ...(tmdtSplit
        ? [{ path: ['Quyết định đầu tư', 'TMĐT', 'Tổng số'], get: money((i) => i.work.tmdt) }, { path: ['Quyết định đầu tư', 'TMĐT', 'Trong đó: NSTW'], get: money((i) => i.tmdtNstw) }]
        : [{ path: ['Quyết định đầu tư', 'TMĐT'], get: money((i) => i.work.tmdt) }]),
      ...(soFar ? [{ path: [`Lũy kế vốn đã bố trí đến hết năm ${y - 1}`], get: money((i) => i.work.spent) }] : []),
      ...planCols.map((p) => ({ path: p.path, src: p.src, get: money((i) => (p.src === null ? i.work.plan : p.src === 'NSTW' ? i.nstw : i.work.plan - i.nstw)) })),
      ...(ctx.chance(0.3, 'noteColumn') ? [{ path: ['Ghi chú'], get: () => null }] : []),
    ];
    const depth = Math.max(2, ...cols.map((c) => c.path.length));
    const pad = (p: string[]) => [...p, ...Array<string>(depth - p.length).fill(p.at(-1)!)];
    const lead = [['STT'], [ctx.pick(['Danh mục dự án', 'Danh mục công trình', 'Tên dự án, công trình'])]];
    const header = [...lead, ...cols.map((c) => c.path)].map(pad);

    const expected: ExpectedFigure[] = [];
    const rows: BodyRow[] = [];
    const visit = (s: Section) => {
      const cells = cols.map((c) => c.get(s));
      if (s.figure) cells.forEach((cell, i) => { const src = cols[i]!.src; if (src !== undefined) record(expected, cell, { node: s.figure!, capital: 'DT', source: src, measure: 'allocated' }); });
      rows.push({ cells: [s.stt || null, s.work ? caption(ctx, s.caption) : s.caption, ...cells], bold: !s.work });
      s.children.forEach(visit);
    };
    visit(total);
    const lines = [
      ...worksTitle(ctx).map((t) => ({ text: t, kind: 'title' as const })),
      ...(ctx.chance(0.6, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return expected;
  },
);

function sum(s: Section, f: (i: Item) => number): number {
  return s.work ? f(s.work) : s.children.reduce((t, c) => t + sum(c, f), 0);
}
