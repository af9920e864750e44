// Unseen 4: units as rows in two levels, "A. CẤP TỈNH" (the province's departments, and provincial
// units that bear a district's name: "Trung tâm Y tế huyện Phong Thổ" belongs to Sở Y tế, not to
// the district) and "B. CẤP HUYỆN" (the districts), each level summed on its own caption row or on
// a "Cộng cấp tỉnh" / "Cộng cấp huyện" row closing it; under a district, now and then, the
// district's implementing units as "-" rows ("Phòng Lao động - TB&XH huyện Phong Thổ", "Ban QLDA
// ĐTXD huyện Phong Thổ", "UBND huyện Phong Thổ" as the investor of its own works), the district's
// row being their sum. Columns: a total and the projects (or sub-projects); the title names the
// capital type.
// expected: her district's own row only, the one numbered among the districts under Cấp huyện
// ("Huyện Phong Thổ", "H. Phong Thổ", "UBND huyện Phong Thổ" when it has no implementing units
// below it): node from the column (GNBV for the total), capital from the title, source null,
// measure allocated. Her implementing units' rows are parts of that row (their sum is it) and are
// no figure of her unit; the provincial rows naming Phong Thổ are the province's money.
import { type Ctx, type Figure, familyOf } from '../common';
import { MINE, PROJECTS, TAKES_DT, naming, someDistricts, title, unitSpelling } from '../words';
import { blockStyle, decisionLine, footer, numberRow, writeBlock } from './sheet';
import { type Leaves, type UCol, type URow, keysSum, sumLeaves, unitsBody } from './units';

const DEPARTMENTS = ['Sở Lao động - Thương binh và Xã hội', 'Ban Dân tộc tỉnh', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Y tế',
  'Sở Thông tin và Truyền thông', 'Trường Cao đẳng Cộng đồng Lai Châu', 'Trung tâm Dịch vụ việc làm tỉnh'];
/** provincial units that carry a district's name (her district's first) */
const NAMED = ['Trung tâm Y tế huyện {d}', 'Trường Phổ thông Dân tộc nội trú THPT huyện {d}'];
const IMPLEMENTERS = ['Phòng Lao động - TB&XH huyện {d}', 'Ban QLDA ĐTXD huyện {d}', 'UBND huyện {d}', 'Phòng Nông nghiệp và PTNT huyện {d}',
  'Trung tâm Dịch vụ nông nghiệp huyện {d}', 'Phòng Dân tộc huyện {d}', 'Phòng Văn hóa và Thông tin huyện {d}'];

export const provinceUnits = familyOf(
  'province-units',
  'units as rows under Cấp tỉnh (departments, provincial units named after a district) and Cấp huyện (districts, some with their implementing units below)',
  (ctx: Ctx, ws) => {
    const capital = ctx.pick(['SN', 'SN', 'DT'] as const, 'capital');
    const name = naming(ctx);
    const projects = capital === 'DT' ? PROJECTS.filter((p) => p.code === 'DA1' || p.code === 'DA4') : ctx.some(PROJECTS, 0.5, 3);
    const fig = (node: string): Figure => ({ node, capital, source: null, measure: 'allocated' });
    const twoLevels = ctx.chance(0.5, 'subColumns');
    const leaves: string[] = [];
    const cols: UCol[] = [];
    for (const p of projects) {
      const subs = p.subs.filter((s) => (capital === 'SN' || TAKES_DT.has(s.code)) && ctx.chance(0.7));
      const label = name.project(p);
      if (!twoLevels || subs.length === 0) {
        leaves.push(p.code);
        cols.push({ path: twoLevels ? [label, label] : [label], figure: fig(p.code), amount: keysSum([p.code]) });
      } else {
        leaves.push(...subs.map((s) => s.code));
        for (const s of subs) cols.push({ path: [label, name.sub(p, s)], figure: fig(s.code), amount: keysSum([s.code]) });
      }
    }
    const depth = cols[0]!.path.length;
    cols.unshift({ path: Array<string>(depth).fill(ctx.pick(['Tổng số', 'Tổng cộng', 'Tổng kinh phí'])), figure: fig('GNBV'), amount: keysSum(leaves) });
    const draw = (): Leaves => new Map(leaves.map((k) => [k, ctx.amount(capital === 'DT' ? 20_000 : 2_500, 0.25)]));

    const spell = unitSpelling(ctx);
    const closing = ctx.chance(0.5, 'closingSubtotals');
    const bullet = ctx.pick(['-', '+', '*'] as const);
    const departments: URow[] = ctx.some(DEPARTMENTS, 0.5, 2).map((n) => ({ stt: '', name: n, leaves: draw() }));
    const districts = someDistricts(ctx, 3);
    const named = (ctx.chance(0.6, 'namedProvincial') ? ctx.some(NAMED, 0.6) : []).flatMap((pattern) => ctx.some(districts.filter((d) => d !== MINE && d !== 'Lai Châu'), 0.3, 0).concat(MINE)
      .map((d): URow => ({ stt: '', name: pattern.replace('{d}', d === 'Lai Châu' ? 'thành phố Lai Châu' : d), leaves: draw() })));
    const province = [...departments, ...named];
    const withUnits = ctx.pick(['none', 'hers', 'all', 'some'] as const, 'implementingUnits');
    const herSpelling = spell(MINE);
    const district = (d: string): URow[] => {
      const mine = d === MINE;
      const below = withUnits === 'all' || (withUnits !== 'none' && mine) || (withUnits === 'some' && ctx.chance(0.4));
      const place = d === 'Lai Châu' ? 'thành phố Lai Châu' : d;
      // a district written "UBND huyện X" is not also its own implementing unit "UBND huyện X"
      const patterns = IMPLEMENTERS.filter((p) => !(p.startsWith('UBND') && /^UBND/i.test(herSpelling)));
      const children: URow[] = below ? ctx.some(patterns, 0.5, 2).map((p) => ({ stt: bullet, name: p.replace('huyện {d}', d === 'Lai Châu' ? 'thành phố Lai Châu' : `huyện ${place}`), leaves: draw() })) : [];
      const own: URow = { stt: '', name: spell(d), leaves: children.length ? sumLeaves(children) : draw(), mine, bold: children.length > 0 };
      return [own, ...children];
    };
    const districtRows = districts.map(district);
    districtRows.forEach((g, i) => { g[0]!.stt = String(i + 1); });
    province.forEach((r, i) => { r.stt = String(i + 1); });
    const level = (stt: string, caption: string, units: URow[], sub: string): URow[] => {
      const leavesOf = sumLeaves(units.filter((u) => u.stt !== bullet));
      if (!closing) return [{ stt, name: caption, leaves: leavesOf, bold: true }, ...units];
      return [{ stt, name: caption, leaves: new Map(), bold: true }, ...units, { stt: '', name: sub, leaves: leavesOf, bold: true }];
    };
    const rows = [
      ...level('A', ctx.pick(['CẤP TỈNH', 'Cấp tỉnh', 'KHỐI TỈNH', 'Các sở, ban, ngành cấp tỉnh']), province, ctx.pick(['Cộng cấp tỉnh', 'Cộng A'])),
      ...level('B', ctx.pick(['CẤP HUYỆN', 'Cấp huyện', 'KHỐI HUYỆN', 'Các huyện, thành phố']), districtRows.flat(), ctx.pick(['Cộng cấp huyện', 'Cộng B'])),
    ];
    const all = sumLeaves([...province, ...districtRows.map((g) => g[0]!)]);
    const total: URow = { stt: '', name: ctx.pick(['TỔNG CỘNG (A+B)', 'TỔNG SỐ', 'Tổng cộng']), leaves: all, bold: true, spanLead: ctx.chance(0.4) };
    if (ctx.chance(0.6, 'totalOnTop')) rows.unshift(total);
    else rows.push(total);
    // a caption row of a level closed by its "Cộng" row states nothing
    const body = unitsBody(ctx, rows, cols, true);
    rows.forEach((r, i) => { if (closing && r.bold && r.leaves.size === 0) body.rows[i]!.cells = body.rows[i]!.cells.map((c, k) => (k < 2 ? c : null)); });

    const lead = [ctx.pick(['STT', 'TT']), ctx.pick(['Tên đơn vị', 'Đơn vị được giao', 'Cơ quan, đơn vị', 'Đơn vị thực hiện'])].map((l) => Array<string>(depth).fill(l));
    const header = [...lead, ...cols.map((c) => c.path)];
    const lines = [
      ...title(ctx, capital).map((text) => ({ text, kind: 'title' as const })),
      ...(ctx.chance(0.6, 'decision') ? [{ text: decisionLine(ctx), kind: 'note' as const }] : []),
      { text: ctx.scaleText, kind: 'scale' as const },
    ];
    const { next } = writeBlock(ctx, ws, 1, { lines, header, lead: 2, numbers: numberRow(ctx, header.length, 2), rows: body.rows }, blockStyle(ctx));
    footer(ctx, ws, next, header.length);
    return body.expected;
  },
);
