// Unseen 9: contents as rows in capital-type sections, a common form for a decision that gives
// both kinds of money in one table: "TỔNG CỘNG (A+B)", "A. VỐN ĐẦU TƯ PHÁT TRIỂN" with Dự án 1 and
// Dự án 4 and their sub-projects below, "B. VỐN SỰ NGHIỆP" with the projects again (Dự án 1 twice:
// works, then maintenance), numbered A / I / 1 or I / 1 / 1.1 or I / 1 / a); columns are the units
// (a total, then one column per district, under "Chia ra" now and then) or district › "Tổng số |
// NSTW | NSĐP". The title names no capital type: the sections do.
// expected: her district's columns on every row: the total row is GNBV with capital null; a
// section row is GNBV with its section's capital; a project or sub-project row is that line with
// the capital of the section it sits in; source null under a district's own column or "Tổng số",
// else the column's source; measure allocated.
import { type Cell, type Ctx, type Figure, familyOf, record } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, PROJECTS, type Project, TAKES_DT, naming, someDistricts, title, unitSpelling } from '../words';
import { type BodyRow, blockStyle, decisionLine, footer, writeBlock } from './sheet';

type Cap = 'DT' | 'SN';
type Src = 'NSTW' | 'NSDP';
interface Line { node: string; capital: Cap | null; stt: string; caption: string; bold?: boolean; leaves: string[] }
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
const SECTIONS: Record<Cap, string[]> = {
  DT: ['VỐN ĐẦU TƯ PHÁT TRIỂN', 'VỐN ĐẦU TƯ', 'Vốn đầu tư phát triển', 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN'],
  SN: ['VỐN SỰ NGHIỆP', 'KINH PHÍ SỰ NGHIỆP', 'Vốn sự nghiệp', 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP'],
};

export const capitalSections = familyOf(
  'capital-sections',
  'contents as rows in capital-type sections (A. Vốn đầu tư phát triển / B. Vốn sự nghiệp), units or unit › source as columns',
  (ctx: Ctx, ws) => {
    const name = naming(ctx);
    const style = ctx.pick(['A/I/1', 'I/1/1.1', 'I/1/a', 'A/I/-'] as const, 'numbering');
    const order = ctx.pick([['DT', 'SN'], ['DT', 'SN'], ['SN', 'DT']] as Cap[][], 'order');
    const lines: Line[] = [];
    order.forEach((capital, i) => {
      const section: Line = { node: 'GNBV', capital, stt: style.startsWith('A') ? 'AB'[i]! : ROMAN[i]!, caption: ctx.pick(SECTIONS[capital]), bold: true, leaves: [] };
      lines.push(section);
      const projects = capital === 'DT' ? PROJECTS.filter((p) => p.code === 'DA1' || (p.code === 'DA4' && ctx.chance(0.6))) : ctx.some(PROJECTS, 0.5, 2);
      projects.forEach((p: Project, j) => {
        const subs = p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(0.7));
        const pStt = style.startsWith('A') ? ROMAN[j]! : String(j + 1);
        const project: Line = { node: p.code, capital, stt: pStt, caption: name.project(p), bold: true, leaves: subs.length ? subs.map((s) => s.code) : [p.code] };
        lines.push(project);
        subs.forEach((s, k) => {
          const sStt = { 'A/I/1': String(k + 1), 'I/1/1.1': `${pStt}.${k + 1}`, 'I/1/a': `${'abc'[k]})`, 'A/I/-': '-' }[style];
          lines.push({ node: s.code, capital, stt: sStt, caption: name.sub(p, s), leaves: [s.code] });
        });
        section.leaves.push(...project.leaves);
      });
    });
    const all: Line = { node: 'GNBV', capital: null, stt: '', caption: ctx.pick(['TỔNG CỘNG (A+B)', 'TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']), bold: true, leaves: [] };
    if (all.caption.includes('A+B') && !style.startsWith('A')) all.caption = 'TỔNG CỘNG (I+II)';
    if (ctx.chance(0.8, 'totalOnTop')) lines.unshift(all);
    else lines.push(all);

    const layout = ctx.pick(['districts', 'districts', 'district>source'] as const, 'layout');
    const spell = unitSpelling(ctx);
    const districts = someDistricts(ctx, 2);
    const memo = new Map<string, number>();
    const amount = (leaf: string, capital: Cap, unit: string, src: Src) => {
      const key = `${leaf}|${capital}|${unit}|${src}`;
      if (!memo.has(key)) memo.set(key, ctx.amount((capital === 'DT' ? 12_000 : 2_000) * (src === 'NSDP' ? 0.1 : 1), src === 'NSDP' ? 0.4 : 0.1));
      return memo.get(key)!;
    };
    const value = (line: Line, units: string[], srcs: Src[]) => {
      const caps: Cap[] = line.capital ? [line.capital] : order;
      let s = 0;
      for (const c of caps) {
        const leaves = line.capital ? line.leaves : lines.filter((l) => l.node === 'GNBV' && l.capital === c)[0]!.leaves;
        for (const l of leaves) for (const u of units) for (const src of srcs) s += amount(l, c, u, src);
      }
      return s;
    };
    interface Col { path: string[]; units: string[]; srcs: Src[]; source: Src | null; mine: boolean }
    const cols: Col[] = [];
    const both: Src[] = ['NSTW', 'NSDP'];
    if (layout === 'districts') {
      const group = ctx.chance(0.4) ? ctx.pick(['Chia ra', 'Trong đó', 'Phân bổ cho các huyện']) : null;
      const total = ctx.pick(['Tổng số', 'Tổng cộng', 'Toàn tỉnh']);
      if (ctx.chance(0.8, 'totalColumn')) cols.push({ path: group ? [total, total] : [total], units: districts, srcs: both, source: null, mine: false });
      for (const d of districts) cols.push({ path: group ? [group, spell(d)] : [spell(d)], units: [d], srcs: both, source: null, mine: d === MINE });
    } else {
      const words = { NSTW: ctx.pick(['NSTW', 'Vốn NSTW', 'Ngân sách TW']), NSDP: ctx.pick(['NSĐP', 'Vốn NSĐP', 'NSĐP đối ứng']), total: ctx.pick(['Tổng số', 'Cộng']) };
      for (const d of districts) {
        cols.push({ path: [spell(d), words.total], units: [d], srcs: both, source: null, mine: d === MINE });
        for (const s of both) cols.push({ path: [spell(d), words[s]], units: [d], srcs: [s], source: s, mine: d === MINE });
      }
    }
    const expected: ExpectedFigure[] = [];
    const stt = ctx.chance(0.8, 'sttColumn');
    const rows = lines.map((line): BodyRow => {
      const cells: Cell[] = cols.map((c) => ctx.money(value(line, c.units, c.srcs)));
      cells.forEach((cell, i) => {
        const c = cols[i]!;
        const fig: Figure | null = c.mine ? { node: line.node, capital: line.capital, source: c.source, measure: 'allocated' } : null;
        record(expected, cell, fig);
      });
      const caption = stt ? line.caption : `${line.stt}${line.stt && !/[.)\-]$/.test(line.stt) ? '.' : ''} ${line.caption}`.trim();
      return { cells: [...(stt ? [line.stt || null] : []), caption, ...cells], bold: line.bold };
    });
    const depth = cols[0]!.path.length;
    const lead = [...(stt ? ['STT'] : []), ctx.pick(['Nội dung', 'Danh mục', 'Dự án, tiểu dự án'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const block = {
      lines: [
        ...title(ctx, 'none').map((text) => ({ text, kind: 'title' as const })),
        ...(ctx.chance(0.6, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
        { text: ctx.scaleText, kind: 'scale' as const },
      ],
      header, lead: lead.length, rows,
    };
    const { next } = writeBlock(ctx, ws, 1, block, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return expected;
  },
);
