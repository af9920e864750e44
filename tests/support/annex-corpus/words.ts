// How provinces write the programme's lines, capital types, sources and units: the catalogue's
// projects with the numbering styles in use ("Dự án 1", "DA1", "TDA 1", the full name), the words
// for each capital type and source, and Lai Châu's districts under their several spellings.
import type { Ctx } from './common';

export interface Project { code: string; n: number; name: string; subs: { code: string; n: number; name: string }[] }

const sub = (code: string, name: string) => ({ code, n: Number(code.split('.')[1]), name });
export const PROJECTS: Project[] = [
  { code: 'DA1', n: 1, name: 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
    subs: [sub('DA1.1', 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo'),
      sub('DA1.2', 'Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo, đặc biệt khó khăn giai đoạn 2022-2025')] },
  { code: 'DA2', n: 2, name: 'Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', subs: [] },
  { code: 'DA3', n: 3, name: 'Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng',
    subs: [sub('DA3.1', 'Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp'), sub('DA3.2', 'Cải thiện dinh dưỡng')] },
  { code: 'DA4', n: 4, name: 'Phát triển giáo dục nghề nghiệp, việc làm bền vững',
    subs: [sub('DA4.1', 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn'), sub('DA4.2', 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng'), sub('DA4.3', 'Hỗ trợ việc làm bền vững')] },
  { code: 'DA5', n: 5, name: 'Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', subs: [] },
  { code: 'DA6', n: 6, name: 'Truyền thông và giảm nghèo về thông tin', subs: [sub('DA6.1', 'Giảm nghèo về thông tin'), sub('DA6.2', 'Truyền thông về giảm nghèo đa chiều')] },
  { code: 'DA7', n: 7, name: 'Nâng cao năng lực và giám sát, đánh giá Chương trình', subs: [sub('DA7.1', 'Nâng cao năng lực thực hiện Chương trình'), sub('DA7.2', 'Giám sát, đánh giá')] },
];

/** Investment money goes to these lines only (domain.md); recurrent money to every line. */
export const TAKES_DT = new Set(['DA1', 'DA1.1', 'DA1.2', 'DA4', 'DA4.1']);

/** One table's way of naming projects and sub-projects. */
export interface Naming { project(p: Project): string; sub(p: Project, s: Project['subs'][number]): string }

export function naming(ctx: Ctx): Naming {
  const ps = ctx.pick(['Dự án N', 'DA N', 'DAN', 'Dự án N: name', 'DỰ ÁN N'] as const, 'projects');
  const ss = ctx.pick(['TDA N', 'TDAN', 'Tiểu dự án N', 'Tiểu dự án N: name'] as const, 'subs');
  return {
    project: (p) => ({ 'Dự án N': `Dự án ${p.n}`, 'DA N': `DA ${p.n}`, DAN: `DA${p.n}`, 'Dự án N: name': `Dự án ${p.n}: ${p.name}`, 'DỰ ÁN N': `DỰ ÁN ${p.n}` })[ps],
    sub: (_p, s) => ({ 'TDA N': `TDA ${s.n}`, TDAN: `TDA${s.n}`, 'Tiểu dự án N': `Tiểu dự án ${s.n}`, 'Tiểu dự án N: name': `Tiểu dự án ${s.n}: ${s.name}` })[ss],
  };
}

export const CAPITAL_WORDS = {
  DT: ['Vốn đầu tư phát triển', 'Vốn ĐTPT', 'Vốn ĐT'],
  SN: ['Vốn sự nghiệp', 'Kinh phí sự nghiệp', 'Vốn SN', 'Kinh phí thường xuyên'],
} as const;
export const SOURCE_WORDS = {
  NSTW: ['NSTW', 'Ngân sách trung ương', 'Vốn NSTW'],
  NSDP: ['NSĐP', 'Ngân sách địa phương', 'Vốn đối ứng (NSĐP)'],
} as const;
export const TOTAL_WORDS = ['Tổng số', 'Cộng', 'Tổng cộng'] as const;

export const PROGRAMME = ['CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG', 'CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG'];
const OPENING = {
  SN: ['PHÂN BỔ KẾ HOẠCH VỐN SỰ NGHIỆP', 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP THỰC HIỆN', 'PHÂN BỔ CHI TIẾT KINH PHÍ SỰ NGHIỆP'],
  DT: ['KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN', 'PHÂN BỔ KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN THỰC HIỆN'],
  none: ['PHÂN BỔ KẾ HOẠCH VỐN THỰC HIỆN', 'PHÂN BỔ VỐN', 'KẾ HOẠCH VỐN'],
};

/** The title lines: what the money is (its capital type when `capital` is given), the year. */
export function title(ctx: Ctx, capital: 'DT' | 'SN' | 'none', tail = ''): string[] {
  const head = `${ctx.pick(OPENING[capital])} ${ctx.pick(PROGRAMME)}`;
  const year = `NĂM ${ctx.year}${tail}`;
  return ctx.chance(0.5) ? [`${head} ${year}`] : [head, year];
}

/** Lai Châu's districts in the province's order; Phong Thổ is hers. */
export const DISTRICTS = ['Lai Châu', 'Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn'];
export const MINE = 'Phong Thổ';

/** One table's spelling of a district ("H. Phong Thổ", "UBND huyện Sìn Hồ", "TP. Lai Châu"). */
export function unitSpelling(ctx: Ctx): (district: string) => string {
  const style = ctx.pick(['Huyện', 'H.', 'UBND huyện', 'HUYỆN', 'bare'] as const, 'units');
  return (d) => {
    const city = d === 'Lai Châu';
    if (style === 'bare') return city ? 'TP Lai Châu' : d;
    if (style === 'HUYỆN') return `${city ? 'THÀNH PHỐ' : 'HUYỆN'} ${d.toUpperCase()}`;
    if (style === 'H.') return `${city ? 'TP.' : 'H.'} ${d}`;
    return `${style === 'UBND huyện' ? 'UBND ' : ''}${city ? (style === 'Huyện' ? 'Thành phố' : 'thành phố') : style === 'Huyện' ? 'Huyện' : 'huyện'} ${d}`;
  };
}

/** Some districts, hers always among them, in the province's order or not. */
export function someDistricts(ctx: Ctx, min = 3): string[] {
  const chosen = ctx.some(DISTRICTS.filter((d) => d !== MINE), 0.5, min - 1);
  const all = DISTRICTS.filter((d) => d === MINE || chosen.includes(d));
  return ctx.chance(0.2) ? [...all.slice(1), all[0]!] : all;
}
