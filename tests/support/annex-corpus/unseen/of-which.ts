// Unseen 2: contents as rows, and under each district (or in a table for her district alone, named
// in the title) a "Tổng số" beside a "Trong đó" part: "Tổng số | Trong đó: NSTW" in one cell,
// "Tổng số | Trong đó › NSTW" with "Trong đó" over the part, or "Trong đó › NSTW | NSĐP" over both;
// or the part a capital type ("Tổng số | Trong đó: Vốn ĐTPT", the title silent on capital).
// expected: her columns on every catalogue row (memo rows "Trong đó: Duy tu ..." are not lines).
// The "Tổng số" is all the money of the row: every source (source null, capital from the title)
// or, when the part is a capital type, every capital type (capital null, source null); the part
// column is its own source or capital type. A "Trong đó" shown alone is a part, not the whole:
// the Tổng số is larger on rows where the unshown part is not 0, and she reads it so by its words.
import { type Ctx, type Figure, familyOf } from '../common';
import { type ContentCol, amounts, contentRows, contentsTable } from '../contents';
import { MINE, TAKES_DT, someDistricts, title, unitSpelling } from '../words';

type Part = 'NSTW' | 'NSDP' | 'DT' | 'SN';
const WORDS: Record<Part, string[]> = {
  NSTW: ['NSTW', 'Vốn NSTW', 'Ngân sách trung ương', 'NS TW', 'vốn ngân sách Trung ương'],
  NSDP: ['NSĐP', 'NSĐP đối ứng', 'Vốn đối ứng NSĐP', 'Ngân sách địa phương'],
  DT: ['Vốn ĐTPT', 'Vốn đầu tư phát triển', 'Vốn đầu tư'],
  SN: ['Vốn sự nghiệp', 'Kinh phí sự nghiệp', 'Vốn SN'],
};

export const ofWhich = familyOf(
  'of-which',
  'contents as rows; per district (or her district alone) "Tổng số | Trong đó: NSTW", "Trong đó" over one part or both, or a capital type as the part',
  (ctx: Ctx, ws) => {
    const partOf = ctx.pick(['source', 'source', 'capital'] as const, 'partOf');
    const titled = partOf === 'capital' ? null : ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const table = contentRows(ctx, titled === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
    const parts: [Part, Part] = partOf === 'source' ? ['NSTW', 'NSDP'] : ['DT', 'SN'];
    const form = ctx.pick(['one-cell', 'one-cell', 'group-one', 'group-both'] as const, 'form');
    const shown: Part[] = form === 'group-both' ? parts : [ctx.chance(0.8) ? parts[0] : parts[1]];
    ctx.note('shown', shown);
    const word = Object.fromEntries(shown.map((p) => [p, ctx.pick(WORDS[p])])) as Record<Part, string>;
    const cell = ctx.pick(['Trong đó: W', 'Trong đó W', 'Trong đó:\nW'] as const);
    const total = ctx.pick(['Tổng số', 'Tổng cộng', 'Cộng', 'Tổng']);
    const oneUnit = ctx.chance(0.35, 'herTableOnly');
    const amount = amounts((key) => {
      const [leaf, , part] = key.split('|');
      if (part === 'DT' && !TAKES_DT.has(leaf!)) return 0;
      const dt = part === 'DT' || titled === 'DT';
      return ctx.amount((dt ? 12_000 : 2_500) * (part === 'NSDP' ? 0.1 : 1), part === 'NSDP' ? 0.3 : 0.05);
    });
    const figure = (mine: boolean, part: Part | null): Figure | null => {
      if (!mine) return null;
      if (partOf === 'source') return { node: '', capital: titled, source: part as 'NSTW' | 'NSDP' | null, measure: 'allocated' };
      return { node: '', capital: part as 'DT' | 'SN' | null, source: null, measure: 'allocated' };
    };
    const column = (unit: string, part: Part | null, path: string[]): ContentCol => ({
      path, figure: figure(unit === MINE, part),
      leaf: (l) => (part === null ? parts : [part]).reduce((s, p) => s + amount(`${l}|${unit}|${p}`), 0),
    });
    const paths = (above: string[]): { part: Part | null; path: string[] }[] => {
      if (form === 'one-cell') return [{ part: null, path: [...above, total] }, { part: shown[0]!, path: [...above, cell.replace('W', word[shown[0]!])] }];
      return [{ part: null, path: [...above, total, total] }, ...shown.map((p) => ({ part: p, path: [...above, 'Trong đó', word[p]] }))];
    };
    const cols: ContentCol[] = [];
    const tail = oneUnit ? ` ${ctx.pick(['CHO HUYỆN PHONG THỔ', 'CỦA UBND HUYỆN PHONG THỔ', '- HUYỆN PHONG THỔ'])}` : '';
    if (oneUnit) {
      for (const p of paths([])) cols.push(column(MINE, p.part, p.path));
    } else {
      const spell = unitSpelling(ctx);
      for (const d of someDistricts(ctx, 2)) for (const p of paths([spell(d)])) cols.push(column(d, p.part, p.path));
    }
    return contentsTable(ctx, ws, title(ctx, titled ?? 'none', tail), table, cols);
  },
);
