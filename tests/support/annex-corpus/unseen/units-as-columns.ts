// Unseen 6: the transposed table: the programme's projects and sub-projects as rows, one column
// per unit with no capital or source words under it (the title names the capital type): a total
// column, then the province's departments and the districts, flat, or under "Cấp tỉnh" / "Cấp
// huyện" captions each with its own "Cộng" column, or the districts alone under "Phân bổ cho các
// huyện"; a district named bare ("Phong Thổ") under the Cấp huyện caption now and then.
// expected: her district's column on every catalogue row (memo rows are not lines): node from the
// row, capital from the title, source null, measure allocated. The total and "Cộng" columns are
// the province's and the levels' money, not hers.
import { type Ctx, familyOf } from '../common';
import { type ContentCol, amounts, contentRows, contentsTable } from '../contents';
import { MINE, TAKES_DT, someDistricts, title, unitSpelling } from '../words';

const DEPARTMENTS = ['Sở Lao động - TB&XH', 'Ban Dân tộc tỉnh', 'Sở Nông nghiệp và PTNT', 'Sở Y tế', 'Sở Thông tin và Truyền thông'];

export const unitsAsColumns = familyOf(
  'units-as-columns',
  'projects as rows, one column per unit (departments and districts, flat or under level captions with their own Cộng), the title names the capital type',
  (ctx: Ctx, ws) => {
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const table = contentRows(ctx, capital === 'DT' ? (code) => TAKES_DT.has(code) : undefined);
    const layout = ctx.pick(['flat', 'levels', 'levels', 'districts'] as const, 'layout');
    const levelTotals = layout === 'levels' && ctx.chance(0.7, 'levelTotals');
    const bare = layout !== 'flat' && ctx.chance(0.3, 'bareDistricts');
    const spell = bare ? (d: string) => (d === 'Lai Châu' ? 'TP Lai Châu' : d) : unitSpelling(ctx);
    const departments = layout === 'districts' ? [] : ctx.some(DEPARTMENTS, 0.5, 1);
    const districts = someDistricts(ctx, 3);
    const amount = amounts(() => ctx.amount(capital === 'DT' ? 15_000 : 2_000, 0.2));
    const leafOf = (units: string[]) => (l: string) => units.reduce((s, u) => s + amount(`${l}|${u}`), 0);
    const unitCol = (unit: string, path: string[]): ContentCol => ({
      path, figure: unit === MINE ? { node: '', capital, source: null, measure: 'allocated' } : null, leaf: leafOf([unit]),
    });
    const everyone = [...departments, ...districts];
    const cols: ContentCol[] = [];
    const totalWord = ctx.pick(['Tổng số', 'Tổng cộng', 'Toàn tỉnh']);
    const twoRows = layout !== 'flat' || ctx.chance(0.4);
    const grouped = (group: string, units: string[], name: (u: string) => string, cong: boolean) => {
      if (cong) cols.push({ path: [group, ctx.pick(['Cộng', 'Tổng số'])], figure: null, leaf: leafOf(units) });
      for (const u of units) cols.push(unitCol(u, [group, name(u)]));
    };
    if (ctx.chance(0.85, 'totalColumn')) cols.push({ path: twoRows ? [totalWord, totalWord] : [totalWord], figure: null, leaf: leafOf(everyone) });
    if (layout === 'flat') {
      const group = ctx.pick(['Chia ra', 'Chi tiết các đơn vị']);
      for (const u of everyone) {
        const caption = departments.includes(u) ? u : spell(u);
        cols.push(unitCol(u, twoRows ? [group, caption] : [caption]));
      }
    } else if (layout === 'levels') {
      grouped(ctx.pick(['Cấp tỉnh', 'Các sở, ngành']), departments, (u) => u, levelTotals);
      grouped(ctx.pick(['Cấp huyện', 'Các huyện, thành phố']), districts, spell, levelTotals);
    } else {
      grouped(ctx.pick(['Phân bổ cho các huyện', 'Chia ra các huyện, thành phố', 'Cấp huyện']), districts, spell, false);
    }
    return contentsTable(ctx, ws, title(ctx, capital), table, cols);
  },
);
