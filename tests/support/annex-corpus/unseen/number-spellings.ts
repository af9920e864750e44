// Unseen 5: contents as rows, measures as columns (her district's table, or district › measure),
// with figures typed as text the way they arrive after a copy from Word or another workbook:
// thousands grouped by dots, spaces or no-break spaces or not at all ("1.234,5", "1 234,5",
// "1234,5"), decimals trimmed ("1.234" is one thousand two hundred and thirty-four: Vietnamese
// grouping), whole triệu throughout now and then, a stray space around a figure ("1.234,5 ",
// " 1.234,5") and, in a few tables, a stray apostrophe before one ("'1.234,5": a text cell whose
// apostrophe was typed into the text, not Excel's hidden prefix), adjustments that decrease
// written "(120,5)", "-120,5" or "- 120,5" (or as negative numbers displayed in brackets), and
// rates typed "85,3%", "85,3 %", "85,30".
// expected: her columns' money cells on catalogue rows: node from the row, capital from the title,
// source null, measure from the column (adjusted signed: a bracketed or minus figure is a
// decrease). A rate is never a figure. "0" is a stated 0; blank and "-" state nothing.
import type ExcelJS from 'exceljs';
import { formatVi } from '../../../../shared/decimal';
import { type Cell, type Ctx, type Figure, familyOf, isMoney, record, writeCell } from '../common';
import { contentRows } from '../contents';
import type { ExpectedFigure } from '../types';
import { MINE, PROGRAMME, TAKES_DT, someDistricts, unitSpelling } from '../words';
import { type BodyRow, blockStyle, decisionLine, footer, writeBlock } from './sheet';

type M = 'carry_in' | 'allocated' | 'adjusted' | 'available' | 'disbursed' | 'rate' | 'carry_out';
type Flow = Record<Exclude<M, 'rate'>, number>;

export const numberSpellings = familyOf(
  'number-spellings',
  'contents as rows, measures as columns; figures as text with dots, spaces, no-break spaces or no grouping, stray marks, negatives in brackets, rates with %',
  (ctx: Ctx, ws) => {
    const grouping = ctx.pick(['dots', 'spaces', 'nbsp', 'none', 'numbers'] as const, 'grouping');
    const stray = ctx.chance(0.5, 'straySpaces');
    const apostrophe = ctx.chance(0.2, 'strayApostrophe');
    const minus = ctx.pick(['(x)', '-x', '- x'] as const, 'negatives');
    const rates = ctx.pick(['85,3%', '85,3 %', '85,30'] as const, 'rates');
    const whole = ctx.scale === 'trieu' && ctx.chance(0.4, 'wholeTrieu');
    const step = whole ? 1_000_000 : ctx.scale === 'dong' ? 1 : 1000;
    const down = (d: number) => Math.floor(d / step) * step;
    const titled = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const table = contentRows(ctx, titled === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
    const oneUnit = ctx.chance(0.6, 'herTableOnly');
    const optional = ctx.some(['carry_in', 'available', 'rate', 'carry_out'] as const, 0.5, 0);
    const measures = (['carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'rate', 'carry_out'] as const)
      .filter((m) => m === 'allocated' || m === 'adjusted' || m === 'disbursed' || (oneUnit && (optional as readonly M[]).includes(m)));
    ctx.note('measures', measures);
    const y = ctx.year;
    const head: Record<M, string> = {
      carry_in: ctx.pick([`Vốn năm ${y - 1} chuyển sang`, 'Kinh phí năm trước chuyển sang']),
      allocated: ctx.pick([`Dự toán giao đầu năm ${y}`, `Kế hoạch vốn giao năm ${y}`]),
      adjusted: ctx.pick(['Điều chỉnh, bổ sung (+/-)', 'Điều chỉnh tăng (+), giảm (-)', 'Bổ sung, điều chỉnh (±)']),
      available: ctx.pick(['Tổng vốn được sử dụng', `Tổng kinh phí được sử dụng năm ${y}`]),
      disbursed: ctx.pick([`Giải ngân đến 31/12/${y}`, 'Lũy kế giải ngân']),
      rate: ctx.pick(['Tỷ lệ giải ngân (%)', 'Tỷ lệ (%)']),
      carry_out: ctx.pick([`Chuyển sang năm ${y + 1}`, 'Số dư chuyển năm sau']),
    };
    const flows = new Map<string, Flow>();
    const flow = (leaf: string, unit: string): Flow => {
      const key = `${leaf}|${unit}`;
      if (!flows.has(key)) {
        const dt = titled === 'DT';
        const carry_in = measures.includes('carry_in') ? down(ctx.amount(dt ? 4_000 : 600, 0.4)) : 0;
        const allocated = down(ctx.amount(dt ? 12_000 : 2_500, 0.05));
        const adjusted = ctx.chance(0.4) ? 0 : (ctx.chance(0.7) ? -1 : 1) * down(allocated * (0.02 + ctx.r() * 0.2));
        const available = carry_in + allocated + adjusted;
        const disbursed = down(available * (0.3 + ctx.r() * 0.7));
        flows.set(key, { carry_in, allocated, adjusted, available, disbursed, carry_out: available - disbursed });
      }
      return flows.get(key)!;
    };
    interface Col { path: string[]; unit: string; m: M }
    const cols: Col[] = [];
    if (oneUnit) for (const m of measures) cols.push({ path: [head[m]], unit: MINE, m });
    else {
      const spell = unitSpelling(ctx);
      for (const d of someDistricts(ctx, 2)) for (const m of measures) cols.push({ path: [spell(d), head[m]], unit: d, m });
    }
    const under = (leaf: string, node: string) => node === 'GNBV' || leaf === node || leaf.startsWith(`${node}.`);
    const total = (node: string, unit: string, m: Exclude<M, 'rate'>) => table.leaves.filter((l) => under(l, node)).reduce((s, l) => s + flow(l, unit)[m], 0);
    const expected: ExpectedFigure[] = [];
    const rows = table.rows.map((row): BodyRow => {
      const node = row.node ?? row.memoOf!;
      const cells: Cell[] = cols.map((c) => {
        if (c.m === 'rate') {
          const den = total(node, c.unit, 'available');
          return den > 0 ? { rate: Math.round((total(node, c.unit, 'disbursed') / den) * 10000) / 100 } : null;
        }
        const all = total(node, c.unit, c.m);
        return ctx.money(row.node ? all : down(all * row.share!));
      });
      if (row.node) cells.forEach((cell, i) => {
        const c = cols[i]!;
        const fig: Figure | null = c.unit === MINE && c.m !== 'rate' ? { node: row.node!, capital: titled, source: null, measure: c.m } : null;
        record(expected, cell, fig);
      });
      return { cells: [...(table.sttCol ? [row.stt || null] : []), row.caption, ...cells], bold: row.bold };
    });

    const shift = { trieu: 6, nghin: 3, dong: 0 }[ctx.scale];
    const decimals = shift === 6 ? 3 : 0;
    const render = (c: Ctx, cell: ExcelJS.Cell, v: Cell): void => {
      if (isMoney(v)) {
        const coefficient = BigInt(v.dong) / 10n ** BigInt(shift - decimals);
        if (grouping === 'numbers') {
          cell.value = Number(coefficient) / 10 ** decimals;
          cell.numFmt = decimals ? '#,##0.###;(#,##0.###)' : '#,##0;(#,##0)';
          return;
        }
        const abs = formatVi(coefficient < 0n ? -coefficient : coefficient, decimals);
        const grouped = { dots: abs, spaces: abs.replaceAll('.', ' '), nbsp: abs.replaceAll('.', '\u00a0'), none: abs.replaceAll('.', '') }[grouping];
        let text = coefficient < 0n ? { '(x)': `(${grouped})`, '-x': `-${grouped}`, '- x': `- ${grouped}` }[minus] : grouped;
        if (stray && c.chance(0.25)) text = c.pick([`${text} `, ` ${text}`, `${text}\u00a0`]);
        if (apostrophe && c.chance(0.1)) text = `'${text}`;
        cell.value = text;
        cell.alignment = { horizontal: 'right' };
        return;
      }
      if (v !== null && typeof v === 'object') {
        const t = v.rate.toFixed(rates === '85,30' ? 2 : 1).replace('.', ',');
        cell.value = rates === '85,30' ? t : `${t}${rates === '85,3%' ? '%' : ' %'}`;
        return;
      }
      writeCell(c, cell, v);
    };

    const what = titled === 'DT' ? 'VỐN ĐẦU TƯ PHÁT TRIỂN' : ctx.pick(['VỐN SỰ NGHIỆP', 'KINH PHÍ SỰ NGHIỆP']);
    const lines = [
      { text: `TÌNH HÌNH PHÂN BỔ, ĐIỀU CHỈNH VÀ GIẢI NGÂN ${what} ${ctx.pick(PROGRAMME)}`, kind: 'title' as const },
      { text: `NĂM ${y}${oneUnit ? ` - ${ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ'])}` : ''}`, kind: 'title' as const },
      ...(ctx.chance(0.4, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const depth = cols[0]!.path.length;
    const lead = [...(table.sttCol ? ['STT'] : []), ctx.pick(['Nội dung', 'Dự án, tiểu dự án'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: lead.length, rows }, { ...blockStyle(ctx), render });
    footer(ctx, ws, next, header.length);
    return expected;
  },
);
