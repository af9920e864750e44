// Unseen2 2: contents as rows whose captions are the programme's NAMES only, the numbering in the
// STT column alone ("I" | "Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội ...", "1" | "Hỗ trợ
// phát triển sản xuất trong lĩnh vực nông nghiệp"): no "Dự án N" / "Tiểu dự án N" words anywhere.
// Dự án 1 and its Tiểu dự án 1 share one name (as in the catalogue): only the STT level tells them
// apart (I vs 1, 1 vs 1.1, I vs a), 1 vs -). The names are spelled in full, shortened as inland
// provinces shorten them (DA1 without "vùng bãi ngang, ven biển và hải đảo", DA1.2 without "đặc
// biệt khó khăn giai đoạn 2022-2025"), abbreviated ("KT-XH", "ĐBKK", "GDNN"), in the old tone
// placement ("Đa dạng hoá"), or the project rows in capitals. Columns: a "Tổng số" and one column
// per district (capital from the title), or her district alone "Tổng số | Vốn ĐTPT | Vốn SN" (the
// title names her).
// expected: her cells on every catalogue row (memo rows "Trong đó: ..." are not lines): node from
// the row (the STT level decides between a project and its sub-project of the same name), capital
// from the title or her column's capital word (null under her "Tổng số"), source null, allocated.
import type { Cell } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, TAKES_DT, someDistricts, title, unitSpelling } from '../words';
import { blockStyle, decisionLine, footer, writeBlock } from '../unseen/sheet';
import { type PCol, type PRow, family2, memo, numbering, programmeCells, programmeRows } from './lib';

const SHORT: [RegExp, string][] = [[/, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo$/, ', các xã đặc biệt khó khăn'], [/, đặc biệt khó khăn giai đoạn 2022-2025$/, '']];
const ABBREV: [RegExp, string][] = [[/kinh tế - xã hội/, 'KT-XH'], [/đặc biệt khó khăn/, 'ĐBKK'], [/giáo dục nghề nghiệp/, 'GDNN'], [/Chương trình$/, 'CT']];

export const namesOnly = family2(
  'names-only',
  'contents as rows captioned by name only (numbering in STT only; Dự án 1 and Tiểu dự án 1 share a name), names full, shortened, abbreviated, old tone placement or in capitals',
  (ctx, wb) => {
    const ws = wb.addWorksheet(ctx.pick(['PL01', 'Sheet1', 'Phụ lục']));
    const layout = ctx.pick(['districts', 'hers'] as const, 'layout');
    const titled = layout === 'districts' ? ctx.pick(['SN', 'SN', 'DT'] as const, 'capital') : null;
    const t = programmeRows(ctx, titled === 'DT' ? (c) => TAKES_DT.has(c) : undefined, { memos: true, forceDA1: ctx.chance(0.7, 'DA1withTDA1') });
    const spelling = ctx.pick(['full', 'short', 'abbrev', 'oldTone', 'capsProjects'] as const, 'names');
    const spell = (text: string, level: number) => {
      let s = text;
      if (spelling === 'short') for (const [re, to] of SHORT) s = s.replace(re, to);
      if (spelling === 'abbrev') for (const [re, to] of ABBREV) s = s.replace(re, to);
      if (spelling === 'oldTone') s = s.replace(/hóa/g, 'hoá').replace(/thủy/g, 'thuỷ');
      if (spelling === 'capsProjects' && level === 1) s = s.toUpperCase();
      return s;
    };
    const amount = memo((k) => {
      const [leaf, , cap] = k.split('|');
      if (cap === 'DT' && !TAKES_DT.has(leaf!)) return 0;
      return ctx.amount(cap === 'DT' || titled === 'DT' ? 12_000 : 2_000, 0.15);
    });
    const cols: PCol[] = [];
    let her = '';
    if (layout === 'districts') {
      const districts = someDistricts(ctx, 3);
      const unit = unitSpelling(ctx);
      const all = (l: string) => districts.reduce((s, d) => s + amount(`${l}|${d}|`), 0);
      const two = ctx.chance(0.5);
      const group = ctx.pick(['Chia ra', 'Phân bổ cho các huyện']);
      cols.push({ path: two ? ['Tổng số', 'Tổng số'] : ['Tổng số'], figure: null, leaf: all });
      for (const d of districts) cols.push({ path: two ? [group, unit(d)] : [unit(d)], figure: d === MINE ? { node: '', capital: titled, source: null, measure: 'allocated' } : null, leaf: (l) => amount(`${l}|${d}|`) });
    } else {
      her = ` - ${ctx.pick(['HUYỆN PHONG THỔ', 'UBND HUYỆN PHONG THỔ'])}`;
      const dt = (l: string) => amount(`${l}|${MINE}|DT`), sn = (l: string) => amount(`${l}|${MINE}|SN`);
      const fig = (capital: 'DT' | 'SN' | null) => ({ node: '', capital, source: null, measure: 'allocated' as const });
      cols.push({ path: ['Tổng số'], figure: fig(null), leaf: (l) => dt(l) + sn(l) });
      cols.push({ path: [ctx.pick(['Vốn ĐTPT', 'Vốn đầu tư phát triển'])], figure: fig('DT'), leaf: dt });
      cols.push({ path: [ctx.pick(['Vốn SN', 'Vốn sự nghiệp', 'Kinh phí sự nghiệp'])], figure: fig('SN'), leaf: sn });
    }
    const stts = numbering(ctx, t.rows);
    const totalWord = ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG']);
    const expected: ExpectedFigure[] = [];
    const caption = (r: PRow) => (r.level === 0 ? totalWord : r.memo ? r.memo : spell(r.sub ? r.sub.name : r.project!.name, r.level));
    const rows = t.rows.map((r, i) => ({ cells: [stts[i] || null, caption(r), ...programmeCells(ctx, t, r, cols, expected)] as Cell[], bold: r.level < 2 }));
    const depth = cols[0]!.path.length;
    const lead = [ctx.pick(['STT', 'TT']), ctx.pick(['Nội dung', 'Tên dự án, tiểu dự án', 'Nội dung thực hiện'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const lines = [
      ...title(ctx, titled ?? 'none', her).map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.5) ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return { expected };
  },
);
