// What Sổ Vốn says about the Treasury's statements and their reconciliation (issue 32).
import { quote, viDate } from './vi';

const named = (name: string) => quote(name, 120);
/** The day a moment (ISO, UTC) falls on where she is: a lock at 06:30 in Lai Châu is that day's, not the day before's. */
export const localDay = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const notRead = 'Bảng của Kho bạc chưa được đọc; sổ không thay đổi.';

export const TREASURY_MSG = {
  badPeriod: (text: string) => `Kỳ đối chiếu ${quote(text)} không đọc được: viết 2024-Q4 (quý), 2024-12 (tháng), 2024-12-31 (ngày) hoặc 2024 (năm).`,
  noHeader: (file: string, sheets: readonly string[]) =>
    `Tệp ${named(file)} (trang ${sheets.map(named).join(', ')}): không thấy dòng tiêu đề có cột mã nguồn NS (hoặc mã ngành kinh tế) và cột mã CTMT-DA. ${notRead}`,
  noFigures: (file: string, sheet: string, cell: string) =>
    `Tệp ${named(file)}, trang ${named(sheet)}, dòng tiêu đề ở ô ${cell}: không có cột số nào đọc được (dự toán năm trước chuyển sang, giao đầu năm, giao trong năm, đã sử dụng / thực chi đến kỳ báo cáo). ${notRead}`,
  badFigure: (file: string, sheet: string, cell: string, text: string) =>
    `Tệp ${named(file)}, trang ${named(sheet)}, ô ${cell}: ${quote(text)} không phải là một số tiền (đồng, không lẻ dưới một đồng). ${notRead}`,
  otherUnit: (file: string, theirs: string, mine: string) =>
    `Tệp ${named(file)} là bảng của đơn vị có mã ĐVQHNS ${theirs}; sổ này của đơn vị mã ${mine} (Tệp > Cài đặt). ${notRead}`,
  otherPeriod: (file: string, said: string, asked: string) =>
    `Tệp ${named(file)} ghi kỳ ${quote(said)}, không phải ${asked} như đã chọn. ${notRead}`,
  unmapped: (file: string, rows: readonly { key: string; at: string; content: string }[]) =>
    `Tệp ${named(file)}: ${rows.length} mã của Kho bạc chưa gắn với dòng nào của sổ: ` +
    `${rows.slice(0, 8).map((r) => `${r.key} (ô ${r.at}${r.content ? `, ${quote(r.content, 60)}` : ''})`).join('; ')}${rows.length > 8 ? '…' : ''}. ` +
    `Gắn mỗi mã với một dòng và một loại vốn (Tệp > Đối chiếu Kho bạc, hoặc lệnh sovon treasury map) rồi đọc lại. ${notRead}`,
  lockedImport: (label: string, at: string, by: string) =>
    `Đối chiếu Kho bạc ${label} đã khóa ngày ${viDate(localDay(at))}${by ? ` bởi ${by}` : ''}: đọc lại bảng của Kho bạc sẽ mở lại đối chiếu ấy (nhật ký ghi lại).`,
  /** the period words a statement says: "quý III, năm 2023" */
  saidPeriod: (quarter: string | undefined, month: string | undefined, year: string | undefined) =>
    [quarter && `quý ${quarter.toUpperCase()}`, month && `tháng ${month}`, year && `năm ${year}`].filter(Boolean).join(', '),
  byContent: '(theo nội dung)',
  fileArg: 'TỆP.xlsx',
  badKey: (text: string) => `Mã ${quote(text)} không đọc được: viết mã nguồn, mã ngành, mã CTMT-DA cách nhau bằng |, ví dụ "12|070-071|00123".`,
  unknownLine: (line: string) => `Sổ không có dòng ${quote(line)} trong chương trình này.`,
  noStatement: (label: string) => `Chưa có bảng đối chiếu của Kho bạc cho ${label} (sovon treasury import).`,
  originLabel: (label: string) => `Kho bạc: bảng đối chiếu ${label}`,
  statementOf: (label: string) => `bảng đối chiếu ${label} đã đọc vào sổ`,
  needPeriod: (form: string) => `Mẫu ${form} in cho một kỳ đối chiếu: --period 2024-Q4 (quý), 2024-12 (tháng), 2024-12-31 (ngày) hoặc 2024 (năm).`,
  noMapping: 'Chưa có mã Kho bạc nào gắn với dòng của sổ trong chương trình này: đọc bảng đối chiếu của Kho bạc (Tệp > Đối chiếu Kho bạc) hoặc gắn mã (sovon treasury map).',
  note: (codes: string, file: string, at: string) => `KBNN ${codes} (${file}, ô ${at})`,
  mapped: (key: string, line: string, capital: string) => `Đã gắn mã ${key} với dòng ${line}, vốn ${capital}.`,
  unmappedDone: (key: string) => `Đã bỏ gắn mã ${key}.`,
  imported: (rows: number, claims: number, label: string) => `Đã đọc ${rows} dòng của Kho bạc thành ${claims} số liệu (${label}).`,
  wouldImport: (rows: number, claims: number, label: string) => `Sẽ đọc ${rows} dòng của Kho bạc thành ${claims} số liệu (${label}); chạy thử, sổ không thay đổi.`,
  lockLabel: (label: string) => `khóa đối chiếu Kho bạc ${label}`,
  lockedState: (at: string, by: string) => `đã khóa ngày ${viDate(localDay(at))}${by ? ` bởi ${by}` : ''}`,
  locked: (label: string, rows: number, differences: number) => `Đã khóa đối chiếu Kho bạc ${label}: ${rows} dòng, ${differences ? `${differences} dòng chênh lệch (kèm giải trình)` : 'khớp'}.`,
  reopen: (label: string, at: string, by: string) =>
    `Số này thuộc đối chiếu Kho bạc ${label} đã khóa ngày ${viDate(localDay(at))}${by ? ` bởi ${by}` : ''}: sửa sẽ mở lại đối chiếu ấy (nhật ký ghi lại).`,
  reopenedLabel: (label: string) => ` (mở lại đối chiếu Kho bạc ${label})`,
  /** an amount in a message: đồng, or none */
  amount: (dongText: string | null) => (dongText === null ? '(không có)' : `${dongText} đồng`),
  lockBroken: (label: string, line: string, signed: string, now: string) => `Đối chiếu Kho bạc ${label} đã khóa: ${line} lúc khóa là ${signed}, nay sổ ghi ${now}.`,
  state: { none: 'chưa đối chiếu', differences: 'còn chênh lệch', reconciled: 'khớp' } as const,
  usage: 'Dùng: sovon treasury import SỔ TỆP.xlsx --period 2024-Q4|2024-12|2024-12-31|2024 [--program MÃ] [--sheet TÊN] [--dry-run] [--json] | sovon treasury check SỔ --period … [--json] | sovon treasury lock SỔ --period … [--by "Tên"] | sovon treasury list SỔ [--json] | sovon treasury map SỔ --key "nguồn|ngành|CTMT-DA" (--line MÃ --capital DT|SN | --remove)',
} as const;
