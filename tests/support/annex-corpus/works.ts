// Lists of investment works, as the province sends them with its plan: "Danh mục công trình |
// Chủ đầu tư | Địa điểm | Quyết định đầu tư | Tổng mức đầu tư | Lũy kế vốn đã bố trí | Kế hoạch vốn
// năm 2024", works under section rows (district, project, sub-project, "a) Dự án chuyển tiếp").
// Every section row carries the sums of the works under it. A family says which rows are hers.
import type ExcelJS from 'exceljs';
import { type Cell, type Ctx, record } from './common';
import { type TableRow, writeTable } from './table';
import type { ExpectedFigure } from './types';

export interface Work { name: string; investor: string; place: string; tmdt: number; spent: number; prev: number; plan: number; decision: string }
export interface Row {
  stt: string;
  caption: string;
  children: Row[];
  work?: Work;
  /** what her import reads from this row's plan cell (GNBV, DA1.1, work:DA1.1:name); none: not hers */
  figure?: string;
  /** a group row ("a) Dự án chuyển tiếp") written without its sums */
  bare?: boolean;
}

const COMMUNES: Record<string, string[]> = {
  'Phong Thổ': ['Sì Lở Lầu', 'Mồ Sì San', 'Pa Vây Sử', 'Vàng Ma Chải', 'Tông Qua Lìn', 'Mù Sang', 'Dào San', 'Hoang Thèn', 'Bản Lang', 'Khổng Lào', 'Nậm Xe', 'Sin Suối Hồ', 'Lản Nhì Thàng', 'Huổi Luông'],
  'Mường Tè': ['Ka Lăng', 'Thu Lũm', 'Pa Ủ', 'Mù Cả', 'Tà Tổng', 'Bum Tở'],
  'Sìn Hồ': ['Pa Tần', 'Nậm Tăm', 'Tả Phìn', 'Phăng Sô Lin', 'Làng Mô'],
  'Nậm Nhùn': ['Nậm Hàng', 'Lê Lợi', 'Trung Chải', 'Nậm Manh'],
  'Tam Đường': ['Bản Bo', 'Sơn Bình', 'Khun Há', 'Giang Ma'],
  'Than Uyên': ['Khoen On', 'Tà Mung', 'Pha Mu'],
  'Tân Uyên': ['Phúc Khoa', 'Nậm Sỏ', 'Trung Đồng'],
  'Lai Châu': ['San Thàng', 'Sùng Phài'],
};
const HAMLETS = ['Sì Choang', 'Tả Phìn', 'Nậm Cáy', 'Pô Tô', 'Lùng Thàng', 'Phìn Hồ', 'Nậm Lùng', 'Cang Cá Lìn', 'Xà Phìn', 'Chang Phàng', 'Na Củng', 'Huổi Mắn'];
const KINDS = ['Đường giao thông nội bản {b}, xã {x}', 'Đường giao thông nông thôn từ trung tâm xã {x} đi bản {b}', 'Nhà văn hóa bản {b}, xã {x}',
  'Thủy lợi bản {b}, xã {x}', 'Cầu treo bản {b}, xã {x}', 'Kè chống sạt lở bản {b}, xã {x}', 'Nước sinh hoạt bản {b}, xã {x}',
  'Trường Mầm non xã {x} (điểm trường bản {b})', 'Đường nội đồng bản {b}, xã {x}'];
const VOCATIONAL = ['Cải tạo, sửa chữa Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên {d}', 'Nhà xưởng thực hành nghề Trung tâm GDNN-GDTX {d}'];

export const HER_INVESTORS = ['UBND huyện Phong Thổ', 'Ban QLDA ĐTXD huyện Phong Thổ', 'Ban Quản lý dự án đầu tư xây dựng huyện Phong Thổ'];
export const investorOf = (district: string) => (district === 'Lai Châu' ? 'UBND thành phố Lai Châu' : `Ban QLDA ĐTXD huyện ${district}`);

/** `n` works of a district under a sub-project, each with a name unique in the file. */
export function works(ctx: Ctx, district: string, sub: string, n: number, used: Set<string>, investor: () => string): Work[] {
  const out: Work[] = [];
  for (let i = 0; i < n; i++) {
    const x = ctx.pick(COMMUNES[district]!);
    const base = ctx.pick(sub === 'DA4.1' ? VOCATIONAL : KINDS).replace('{b}', ctx.pick(HAMLETS)).replace('{x}', x)
      .replace('{d}', district === 'Lai Châu' ? 'thành phố Lai Châu' : `huyện ${district}`);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base} (giai đoạn ${k})`;
    used.add(name);
    const tmdt = ctx.amount(15_000) + 1_000_000_000;
    const spent = ctx.chance(0.4) ? 0 : ctx.share(tmdt, ctx.r() * 0.6);
    out.push({ name, investor: investor(), place: `xã ${x}`, tmdt, spent, prev: ctx.share(spent, 0.5), plan: ctx.share(tmdt - spent, 0.2 + ctx.r() * 0.8), decision: `${ctx.int(100, 3000)}/QĐ-UBND ngày ${ctx.int(1, 28)}/${ctx.int(1, 12)}/${ctx.year - 1}` });
  }
  return out;
}

/** A work's caption as written: wrapped over two lines now and then, which her line's name is not. */
export function caption(ctx: Ctx, name: string): string {
  return ctx.chance(0.15) ? name.replace(', xã', ',\nxã') : name;
}

/** "a) Dự án chuyển tiếp", "b) Dự án khởi công mới" over some works, or none. */
export function grouped(ctx: Ctx, items: Row[], useGroups: boolean, sums: boolean): Row[] {
  if (!useGroups || items.length < 2) return items;
  const names = ctx.pick([['Dự án chuyển tiếp', 'Dự án khởi công mới'], ['Dự án hoàn thành', 'Dự án chuyển tiếp'], ['Dự án chuyển tiếp', 'Chuẩn bị đầu tư']]);
  const cut = ctx.int(1, items.length - 1);
  return [items.slice(0, cut), items.slice(cut)].map((children, i) => ({ stt: `${'ab'[i]})`, caption: names[i]!, children, bare: !sums }));
}

const plan = (r: Row): number => r.work?.plan ?? r.children.reduce((s, c) => s + plan(c), 0);
const sum = (r: Row, k: 'tmdt' | 'spent' | 'prev'): number => r.work?.[k] ?? r.children.reduce((s, c) => s + sum(c, k), 0);

export function worksTable(ctx: Ctx, ws: ExcelJS.Worksheet, title: string[], rows: Row[], investorColumn: boolean): ExpectedFigure[] {
  const y = ctx.year;
  const sttInCaption = ctx.chance(0.25, 'sttInCaption');
  const nameHead = ctx.pick(['Danh mục công trình', 'Danh mục dự án', 'Tên dự án, công trình']);
  const twoRows = ctx.chance(0.5, 'decisionGroup');
  const previous = ctx.chance(0.3, 'previousPlan');
  const planHead = ctx.pick([`Kế hoạch vốn năm ${y}`, `KH vốn năm ${y}`, `Kế hoạch năm ${y}`]);
  const top = (label: string) => (twoRows ? [label, label] : [label]);
  const header = [
    ...(sttInCaption ? [] : [top('STT')]), top(nameHead), ...(investorColumn ? [top('Chủ đầu tư')] : []), top('Địa điểm XD'),
    twoRows ? ['Quyết định đầu tư', 'Số, ngày, tháng, năm'] : ['Quyết định đầu tư'], twoRows ? ['Quyết định đầu tư', 'Tổng mức đầu tư'] : ['Tổng mức đầu tư'],
    top(`Lũy kế vốn đã bố trí đến hết năm ${y - 1}`), ...(previous ? [top(`Kế hoạch vốn năm ${y - 1}`)] : []), top(planHead),
  ];
  const expected: ExpectedFigure[] = [];
  const body: TableRow[] = [];
  const visit = (r: Row) => {
    const w = r.work;
    const money = (d: number): Cell => (r.bare ? null : ctx.money(d));
    const planCell = money(plan(r));
    if (r.figure) record(expected, planCell, { node: r.figure, capital: 'DT', source: null, measure: 'allocated' });
    const text = w ? caption(ctx, r.caption) : r.caption;
    const lead: Cell[] = sttInCaption ? [r.stt ? `${r.stt}${/[.)\-+]$/.test(r.stt) ? '' : '.'} ${text}` : text] : [r.stt, text];
    body.push({
      cells: [...lead, ...(investorColumn ? [w?.investor ?? null] : []), w?.place ?? null, w?.decision ?? null, money(sum(r, 'tmdt')), money(sum(r, 'spent')),
        ...(previous ? [money(sum(r, 'prev'))] : []), planCell],
      bold: !w,
    });
    r.children.forEach(visit);
  };
  rows.forEach(visit);
  writeTable(ctx, ws, { title, header, lead: sttInCaption ? 1 : 2, rows: body });
  return expected;
}

/** A sub-project as a works list heads its section: "Dự án 1 - Tiểu dự án 1", "Tiểu dự án 1
 * thuộc Dự án 1", "DA1 - TDA1", or with its subject after a colon. */
export function subTitle(ctx: Ctx): (code: string) => string {
  const style = ctx.pick(['Dự án 1 - Tiểu dự án 1', 'Tiểu dự án 1 thuộc Dự án 1', 'DA1 - TDA1', 'Dự án 1 - Tiểu dự án 1: subject'] as const, 'subCaptions');
  const subjects: Record<string, string> = { 'DA1.1': 'Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo', 'DA4.1': 'Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn' };
  return (code) => {
    const [p, s] = code.slice(2).split('.');
    return ({ 'Dự án 1 - Tiểu dự án 1': `Dự án ${p} - Tiểu dự án ${s}`, 'Tiểu dự án 1 thuộc Dự án 1': `Tiểu dự án ${s} thuộc Dự án ${p}`, 'DA1 - TDA1': `DA${p} - TDA${s}`,
      'Dự án 1 - Tiểu dự án 1: subject': `Dự án ${p} - Tiểu dự án ${s}: ${subjects[code]}` })[style];
  };
}

export function worksTitle(ctx: Ctx): string[] {
  const head = ctx.pick(['DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN', 'KẾ HOẠCH VỐN ĐẦU TƯ PHÁT TRIỂN NGUỒN NGÂN SÁCH NHÀ NƯỚC']);
  return [head, `THỰC HIỆN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM ${ctx.year}`];
}
