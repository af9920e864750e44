// Province annexes of one family, written many ways: what a province's next file may look like.
// Units as rows, projects as column groups; the header one to three rows deep; figures in đồng,
// nghìn or triệu, as numbers or as Vietnamese text; the total row at the top or the bottom; an
// extra sheet in front, a hidden note column, a footnote. The truth is known, so an import of
// any variant can be held to it.
import ExcelJS from 'exceljs';
import { formatVi } from '../../shared/decimal';
import { prng } from './consistent-book';

export interface Variant {
  depth: 1 | 2 | 3;
  scale: 'dong' | 'nghin' | 'trieu';
  asText: boolean;
  totalOnTop: boolean;
  frontSheet: boolean;
  noteColumn: boolean;
}

/** Columns: the project or sub-project each reads as, and how a header names it at each depth. */
const COLUMNS: { node: string; top: string; sub: string }[] = [
  { node: 'DA1.1', top: 'Dự án 1', sub: 'TDA 1' },
  { node: 'DA1.2', top: 'Dự án 1', sub: 'Tiểu dự án 2' },
  { node: 'DA2', top: 'Dự án 2', sub: 'Dự án 2' },
  { node: 'DA3.1', top: 'Dự án 3', sub: 'TDA1' },
  { node: 'DA5', top: 'Dự án 5', sub: 'Dự án 5' },
  { node: 'DA7.2', top: 'Dự án 7', sub: 'TDA 2' },
];
const UNITS = ['Huyện Mường Tè', 'Huyện Phong Thổ', 'Huyện Sìn Hồ', 'Thành phố Lai Châu'];
const SHIFT = { dong: 0, nghin: 3, trieu: 6 } as const;

export function variantOf(seed: number): Variant {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return {
    depth: pick([1, 2, 3] as const), scale: pick(['dong', 'nghin', 'trieu'] as const), asText: r() < 0.5,
    totalOnTop: r() < 0.5, frontSheet: r() < 0.5, noteColumn: r() < 0.5,
  };
}

/** The workbook, and Phong Thổ's figures in đồng by catalogue code (the root under GNBV). */
export function annexVariant(seed: number): { book: ExcelJS.Workbook; expected: Record<string, number>; variant: Variant } {
  const v = variantOf(seed);
  const r = prng(seed ^ 0x9e3779b9);
  const figures = UNITS.map(() => COLUMNS.map(() => (r() < 0.2 ? 0 : Math.floor(r() * 5_000_000) * 1000))); // đồng, whole nghìn
  const book = new ExcelJS.Workbook();
  if (v.frontSheet) book.addWorksheet('Hướng dẫn').getCell('A1').value = 'Các đơn vị xem phụ lục kèm theo';
  const ws = book.addWorksheet('PL02');
  ws.getCell('A1').value = 'DỰ TOÁN KINH PHÍ SỰ NGHIỆP CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2024';
  ws.getCell('A2').value = '(Kèm theo Quyết định số 88/QĐ-UBND ngày 10/01/2024 của UBND tỉnh)';
  ws.getCell('H3').value = `Đơn vị tính: ${{ dong: 'đồng', nghin: 'nghìn đồng', trieu: 'triệu đồng' }[v.scale]}`;
  const head = 4;
  const fixed = ['STT', 'Tên đơn vị', 'Tổng số'];
  for (let d = 0; d < v.depth; d++) {
    const row = ws.getRow(head + d);
    fixed.forEach((t, i) => { row.getCell(i + 1).value = t; });
    COLUMNS.forEach((c, i) => {
      const text = v.depth === 1 ? (c.top === c.sub ? c.top : `${c.top} - ${c.sub}`) : d === 0 && v.depth === 3 ? 'Chia ra' : d === v.depth - 1 ? c.sub : c.top;
      row.getCell(4 + i).value = text;
    });
    if (v.noteColumn) row.getCell(4 + COLUMNS.length).value = 'Ghi chú';
  }
  const written = (dong: number) => {
    const coefficient = BigInt(dong) / 10n ** BigInt(SHIFT[v.scale] === 6 ? 3 : 0);
    const decimals = SHIFT[v.scale] === 6 ? 3 : 0;
    const value = SHIFT[v.scale] === 3 ? Number(BigInt(dong) / 1000n) : Number(coefficient) / 10 ** decimals;
    return v.asText ? formatVi(SHIFT[v.scale] === 3 ? BigInt(dong) / 1000n : coefficient, SHIFT[v.scale] === 3 ? 0 : decimals) : value;
  };
  const total = (i: number) => figures[i]!.reduce((a, b) => a + b, 0);
  const rows = UNITS.map((u, i) => [i + 1, u, written(total(i)), ...figures[i]!.map((f) => (f === 0 ? null : written(f)))]);
  const sums = COLUMNS.map((_c, j) => figures.reduce((a, f) => a + f[j]!, 0));
  const totalRow = ['', 'Tổng cộng', written(sums.reduce((a, b) => a + b, 0)), ...sums.map(written)];
  const body = v.totalOnTop ? [totalRow, ...rows] : [...rows, totalRow];
  body.forEach((values, k) => ws.getRow(head + v.depth + k).values = values as ExcelJS.CellValue[]);
  if (v.noteColumn) ws.getColumn(4 + COLUMNS.length).hidden = true;
  ws.getCell(`B${head + v.depth + body.length + 2}`).value = 'Ghi chú: số liệu làm tròn đến nghìn đồng.';
  const mine = figures[UNITS.indexOf('Huyện Phong Thổ')]!;
  const expected: Record<string, number> = { GNBV: total(UNITS.indexOf('Huyện Phong Thổ')) };
  COLUMNS.forEach((c, j) => { if (mine[j]) expected[c.node] = mine[j]!; });
  return { book, expected, variant: v };
}
