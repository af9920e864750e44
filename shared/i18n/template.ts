// The words of templates and their checks, kept together for review (see docs/mau-bao-cao.md).
import { quote } from './vi';

export const TPL = {
  empty: 'chỗ điền rỗng',
  /** in a sentence, where the book has no figure: never a blank the reader cannot see */
  unknownFigure: '(chưa có số liệu)',
  unclosed: 'thiếu "}}" đóng chỗ điền',
  notUnderstood: (words: string, hint?: string | null) => `không hiểu ${quote(words)}${hint ? ` (có phải ${quote(hint)}?)` : ''}`,
  twoNodes: (a: string, b: string) => `có hai mã dòng ${quote(a)} và ${quote(b)}; mỗi chỗ điền chỉ một`,
  twice: (what: string) => `ghi hai lần ${what}`,
  noMeasure: 'thiếu chỉ tiêu (giao, điều chỉnh, chuyển sang, được sử dụng, giải ngân, hủy, chuyển năm sau, tỷ lệ)',
  badYear: (text: string) => `năm ${quote(text)} không đúng (viết năm 2023, năm N, năm N-1, năm N+1, giai đoạn hoặc giai đoạn 2022-2024)`,
  badPeriod: (text: string) => `giai đoạn ${quote(text)} không đúng (viết giai đoạn 2022-2024)`,
  noList: 'sau "lặp" cần tên danh sách: dự án, tiểu dự án, đơn vị, công trình, dòng hoặc năm',
  noScale: 'sau "đơn vị tính" cần: đồng, nghìn, triệu hoặc tỷ',
  emptyKey: (key: string) => `sau "${key}:" chưa ghi gì`,
  nodeMissing: 'chưa ghi mã dòng (ví dụ DA3.1 hoặc * cho cả phạm vi xuất); chỉ trong dòng lặp mới được bỏ mã',
  fieldOutside: 'số thứ tự, mã và tên của dòng chỉ dùng được trong dòng có {{lặp ...}}',
  yearRowNoNode: 'dòng lặp theo năm không có mã dòng: ghi mã (ví dụ {{GNBV giao ĐT}})',
  twoRepeats: 'một dòng chỉ có một {{lặp ...}}',
  unknownNode: (code: string) => `không có dòng mã ${quote(code)} trong danh mục của sổ`,
  unknownOrigin: (id: string) => `sổ không có nguồn số liệu ${quote(id)}`,
  unknownProgram: (code: string, known: readonly string[]) => `sổ không có chương trình ${quote(code)}${known.length ? ` (có: ${known.join(', ')})` : ''}`,
  nothing: 'mẫu không có chỗ điền nào ({{...}}); xem hướng dẫn trong docs/mau-bao-cao.md',
  notXlsx: (file: string) => `Tệp ${quote(file, 80)} không đọc được như một tệp Excel .xlsx (mẫu phải là .xlsx).`,
  at: (sheet: string, cell: string, source: string, reason: string) => `Trang "${sheet}", ô ${cell}: ${source} — ${reason}`,
  refused: (file: string, n: number) => `Mẫu ${quote(file, 80)} chưa được thêm: ${n} chỗ điền cần sửa.`,
  unknownTemplate: (id: string) => `Không có mẫu báo cáo ${quote(id)}.`,
  badYears: (text: string) => `Giai đoạn ${quote(text)} không đúng: viết 2022-2024.`,
  /** the command line's answer to a second template of the same name: the two ways on */
  sameNameCli: (name: string, id: string) => `Sổ đã có mẫu ${quote(name, 80)} (mã ${id}); chưa thêm. Thay mẫu đó: thêm --replace ${id}. Giữ cả hai: đặt tên khác bằng --name "Tên khác".`,
  /** under the list in Cài đặt: how a placeholder is written, without sending her to a file path */
  placeholderHint: 'Chỗ điền viết trong ô của mẫu, giữa hai cặp ngoặc nhọn: mã dòng, chỉ tiêu, loại vốn, ví dụ {{DA5 giao SN}}, ' +
    '{{DA1 giải ngân ĐT năm trước}}, {{lặp dự án}}. Chỗ nào không hiểu được sẽ được chỉ ra cùng ô của nó khi thêm mẫu.',
  sameNameAsk: (name: string) => `Sổ đã có mẫu ${quote(name, 80)}. Thay mẫu đó bằng tệp này, hay thêm với tên khác?`,
  bundledNotRemovable: 'Mẫu đi kèm Sổ Vốn không xóa được.',
  bundledNotReplaceable: 'Mẫu đi kèm Sổ Vốn không thay được; hãy thêm mẫu mới.',
  noOrigin: (id: string) => `Sổ không có nguồn số liệu "${id}".`,
  fillFailed: (name: string, why: string) => `Không điền được mẫu "${name}": ${why}`,
  /** the years an export covers, as its stamp says them: "2022-2024 (năm 2023)" */
  period: (from: number, to: number, year: number) => (from === to ? String(year) : `${from}-${to} (năm ${year})`),
};

/** The names of the templates that come with Sổ Vốn, and of the sheet as she sees it. */
export const BUNDLED_TEMPLATE_NAME = {
  'giao-von': 'Tình hình giao vốn và giải ngân năm …',
  'giai-doan': 'Tổng hợp giai đoạn …',
  'chuyen-nguon': 'Đối chiếu chuyển nguồn (04-SDKP/ĐVDT)',
  'bang-tinh': 'Bảng tính như trên màn hình',
} as const;

/** The footnotes under a report whose figure breaks its column's formula (shared/template/breaks.ts). */
export const TPL_NOTE = {
  line: (no: number, text: string) => `(${no}) ${text}`,
  /** the mark after the figure, as the cell's number format shows it */
  mark: (no: number) => `(${no})`,
  explained: (message: string, note: string) => `${message} Đã giải trình: ${note}`,
  noFinding: (node: string, measure: string, year: number, shown: string, identity: string) =>
    `${node} · ${measure} · năm ${year}: số ghi ${shown} đồng khác số theo công thức của cột (${identity} đồng).`,
  heading: 'Ghi chú: số có đánh dấu (1), (2)… là số của sổ, khác số tính theo công thức của cột (dòng số thứ tự cột, ví dụ 8=4-5-6), vì:',
};
