// Unseen2 10: a province's works list for the whole programme, deeper than the first two
// provinces': "I. Tiểu dự án 1 thuộc Dự án 1" › "1. Dự án nhóm C" (now and then "Dự án nhóm C quy
// mô nhỏ, kỹ thuật không phức tạp") › "a) Công trình chuyển tiếp hoàn thành năm 2024" / "b) Công
// trình khởi công mới năm 2024" (with their sums or bare) › the works of every district mixed,
// each with its investor: hers written "Phòng Kinh tế - Hạ tầng huyện Phong Thổ", "Phòng KT-HT
// huyện Phong Thổ", "UBND huyện Phong Thổ" or "Ban QLDA ĐTXD huyện Phong Thổ"; others "Ban QLDA
// ĐTXD huyện Sìn Hồ", "Phòng Kinh tế - Hạ tầng huyện Mường Tè", or a community of another district
// ("Cộng đồng dân cư bản Nậm Cáy, xã Ka Lăng, huyện Mường Tè"). Works' names that start with or
// hold words a totals reader keys on: "Cống hộp qua suối bản ...", "Nhà sinh hoạt cộng đồng bản
// ...", "Sửa chữa tổng thể Trường ...", "Cổng, tường rào Trường ..."; under a work now and then a
// memo row "Trong đó: Thu hồi vốn ứng trước" / "Trong đó: Thanh toán nợ khối lượng hoàn thành"
// (a part of that work's plan, not a work).
// expected: her works only (investor hers): node work:<sub-project>:<name>, capital DT, source
// null, allocated from "Kế hoạch vốn năm Y". Section, group and total rows hold several districts'
// money and are not hers; a memo row is not a work.
import { type Ctx, familyOf } from '../common';
import { DISTRICTS, MINE } from '../words';
import { type Row, type Work, subTitle, worksTable, worksTitle } from '../works';

const COMMUNES: Record<string, string[]> = {
  'Phong Thổ': ['Sì Lở Lầu', 'Mồ Sì San', 'Pa Vây Sử', 'Vàng Ma Chải', 'Dào San', 'Hoang Thèn', 'Khổng Lào', 'Nậm Xe'],
  'Mường Tè': ['Ka Lăng', 'Thu Lũm', 'Pa Ủ', 'Mù Cả'], 'Sìn Hồ': ['Pa Tần', 'Nậm Tăm', 'Tả Phìn'], 'Nậm Nhùn': ['Nậm Hàng', 'Trung Chải'],
  'Tam Đường': ['Bản Bo', 'Khun Há'], 'Than Uyên': ['Khoen On', 'Pha Mu'], 'Tân Uyên': ['Phúc Khoa', 'Nậm Sỏ'], 'Lai Châu': ['San Thàng'],
};
const HAMLETS = ['Sì Choang', 'Pô Tô', 'Nậm Cáy', 'Lùng Thàng', 'Phìn Hồ', 'Cang Cá Lìn', 'Xà Phìn', 'Huổi Mắn', 'Na Củng'];
const KINDS = ['Cống hộp qua suối bản {b}, xã {x}', 'Nhà sinh hoạt cộng đồng bản {b}, xã {x}', 'Sửa chữa tổng thể Trường PTDTBT Tiểu học xã {x}',
  'Cổng, tường rào Trường Mầm non xã {x}', 'Đường giao thông nội bản {b}, xã {x}', 'Thủy lợi bản {b}, xã {x}', 'Nước sinh hoạt tập trung bản {b}, xã {x}'];
const MEMOS = ['Trong đó: Thu hồi vốn ứng trước', 'Trong đó: Thanh toán nợ khối lượng hoàn thành', 'Trong đó: Vốn đối ứng NSĐP'];

export const worksSections = familyOf(
  'works-sections',
  'works list in sub-project › nhóm C › chuyển tiếp / khởi công mới sections, all districts mixed, investor decides; names with Cống / cộng đồng / tổng thể, memo rows under works',
  (ctx: Ctx, ws) => {
    const y = ctx.year;
    const sub = subTitle(ctx);
    const groupC = ctx.chance(0.6, 'nhomC');
    const groupSums = ctx.chance(0.5, 'groupSums');
    const herInvestor = ctx.pick(['Phòng Kinh tế - Hạ tầng huyện Phong Thổ', 'Phòng KT-HT huyện Phong Thổ', 'UBND huyện Phong Thổ', 'Ban QLDA ĐTXD huyện Phong Thổ'], 'herInvestor');
    const memos = ctx.chance(0.4, 'memoRows');
    const others = DISTRICTS.filter((d) => d !== MINE && ctx.chance(0.5));
    if (others.length === 0) others.push('Sìn Hồ');
    const used = new Set<string>();
    const work = (d: string, code: string): Row => {
      const x = ctx.pick(COMMUNES[d]!), b = ctx.pick(HAMLETS);
      let name = (code === 'DA4.1' ? `Nhà xưởng thực hành nghề Trung tâm GDNN-GDTX huyện ${d} (xã ${x})` : ctx.pick(KINDS)).replace('{b}', b).replace('{x}', x);
      for (let k = 2; used.has(name); k++) name = `${name.replace(/ \(giai đoạn \d+\)$/, '')} (giai đoạn ${k})`;
      used.add(name);
      const mine = d === MINE;
      const investor = mine ? herInvestor : ctx.pick([`Ban QLDA ĐTXD huyện ${d}`, `Phòng Kinh tế - Hạ tầng huyện ${d}`, `Cộng đồng dân cư bản ${b}, xã ${x}, huyện ${d}`]);
      const tmdt = ctx.amount(8_000) + 500_000_000;
      const spent = ctx.chance(0.4) ? 0 : ctx.share(tmdt, ctx.r() * 0.6);
      const plan = ctx.share(tmdt - spent, 0.2 + ctx.r() * 0.8);
      const w: Work = { name, investor, place: `xã ${x}, huyện ${d}`, tmdt, spent, prev: ctx.share(spent, 0.5), plan, decision: `${ctx.int(100, 3000)}/QĐ-UBND ngày ${ctx.int(1, 28)}/${ctx.int(1, 12)}/${y - 1}` };
      const children: Row[] = [];
      if (memos && ctx.chance(0.3)) {
        const caption = ctx.pick(MEMOS);
        children.push({ stt: '', caption, children: [], work: { name: caption, investor: '', place: '', tmdt: 0, spent: 0, prev: 0, plan: ctx.share(plan, 0.1 + ctx.r() * 0.4), decision: '' } });
      }
      return { stt: '', caption: name, children, work: w, ...(mine && { figure: `work:${code}:${name}` }) };
    };
    const codes = ctx.chance(0.4, 'withDA4.1') ? ['DA1.1', 'DA4.1'] : ['DA1.1'];
    const ROMAN = ['I', 'II'];
    const sections = codes.map((code, i): Row => {
      const list = [MINE, ...others].flatMap((d) => Array.from({ length: ctx.int(d === MINE ? 1 : 0, 3) }, () => work(d, code)));
      for (let k = list.length - 1; k > 0; k--) { const j = Math.floor(ctx.r() * (k + 1)); [list[k], list[j]] = [list[j]!, list[k]!]; }
      const cut = list.length > 1 ? ctx.int(1, list.length - 1) : 1;
      const names = [`Công trình chuyển tiếp hoàn thành năm ${y}`, `Công trình khởi công mới năm ${y}`];
      const groups = [list.slice(0, cut), list.slice(cut)].filter((g) => g.length > 0).map((g, gi): Row => {
        g.forEach((r, k) => { r.stt = String(k + 1); });
        return { stt: `${'ab'[gi]})`, caption: names[gi]!, children: g, bare: !groupSums };
      });
      const inner: Row[] = groupC ? [{ stt: '1', caption: ctx.pick(['Dự án nhóm C', 'Dự án nhóm C quy mô nhỏ, kỹ thuật không phức tạp']), children: groups }] : groups;
      return { stt: ROMAN[i]!, caption: sub(code), children: inner };
    });
    const rows: Row[] = [{ stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng']), children: sections }];
    return worksTable(ctx, ws, worksTitle(ctx), rows, true);
  },
);
