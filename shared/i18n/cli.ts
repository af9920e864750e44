// What the `sovon` command says: its errors (on stderr, after "Lỗi: ") and the lines it prints
// for her to read (stdout without --json). Kept together for review; the command line's own
// documentation (sovon --help) is electron/backend/cli/usage.ts.
import { quote } from './vi';

export const CLI = {
  badArgs: (why: string, usage: string) => `Lỗi: tham số không hợp lệ (${why}).\n${usage}`,
  /** node's parseArgs says what is wrong in English: its option, said in Vietnamese */
  unknownOption: (option: string, usage: string) => `Lỗi: không có tùy chọn "${option}".\n${usage}`,
  optionNeedsValue: (option: string, usage: string) => `Lỗi: tùy chọn "${option}" cần một giá trị.\n${usage}`,
  notAnOptionOf: (command: string, options: readonly string[]) => `lệnh "sovon ${command}" không dùng ${options.join(', ')}.`,
  unknownCommand: (name: string, usage: string) => `Lỗi: không có lệnh "${name}".\n${usage}`,
  /** a refusal she can act on; a negative figure says how to confirm it */
  failed: (message: string, confirmNegative: boolean) => `Lỗi: ${message}${confirmNegative ? ' Thêm --allow-negative nếu đúng là số âm.' : ''}`,
  unexpected: (detail: string) => `Lỗi không mong đợi: ${detail}`,
  damaged: (message: string) => `Lỗi: ${message}`,

  missing: (what: string) => `thiếu ${what}.`,
  noProgram: 'Sổ chưa có chương trình nào.',
  badYear: (text: string | undefined) => `năm "${text}" không hợp lệ.`,
  badPort: (text: string) => `cổng "${text}" không hợp lệ: cần một số nguyên từ 1 đến 65535 (hoặc bỏ --port để chọn cổng trống).`,
  badPrintArgs: (where: string | undefined) => `tham số không hợp lệ (--year là năm, --date dạng 2026-01-05): ${where}.`,
  oneOf: (flag: string, allowed: readonly string[]) => `${flag} phải là một trong: ${allowed.join(', ')}.`,
  badCapital: (text: string) => `loại vốn "${text}" không hợp lệ: dùng DT hoặc SN.`,
  badSource: (text: string, sources: readonly string[]) => `nguồn vốn "${text}" không hợp lệ: dùng ${sources.join(', ')} hoặc none (không tách nguồn).`,
  badScale: (text: string, scales: readonly string[]) => `đơn vị "${text}" không hợp lệ: dùng ${scales.join(', ')}.`,
  claimsUsage: 'Dùng "sovon claims import BOOK FILE.json" hoặc "sovon claims export BOOK".',
  badJsonFile: (file: string, reason: string) => `Tệp "${file}": ${reason}.`,

  created: (path: string) => `Đã tạo sổ ${path}`,
  written: 'Đã ghi.',
  unchanged: 'Không có gì thay đổi.',
  verified: (path: string, schema: number, unchecked: number) =>
    `Sổ ${path} nguyên vẹn (lược đồ ${schema}); nhật ký thao tác và mọi số liệu khớp nhau.` +
    (unchecked ? ` ${unchecked} số liệu ghi trước khi sổ có nhật ký kiểm chứng không được đối chiếu với nhật ký.` : ''),
  badCheckCode: (text: string) => `Mã kiểm tra "${text}" không đúng dạng: mã có 12 chữ số và chữ A-F, như 7F3A-91C2-0B5E (in ở cuối trang đã in hay xuất).`,
  codeInHistory: (code: string, action: number, label: string | null, at: string) => (action === 0
    ? `Mã kiểm tra ${code} là của sổ khi chưa có thao tác nào.`
    : `Lịch sử của sổ đi qua mã kiểm tra ${code}: sổ có mã này sau thao tác ${action}${label ? ` (${label})` : ''}${at ? ` lúc ${new Date(at).toLocaleString('vi-VN')}` : ''}; từ đó đến nay nhật ký nguyên vẹn.`),
  codeNotInHistory: (path: string, code: string) =>
    `Lịch sử của sổ ${path} không đi qua mã kiểm tra ${code}: trang in, tệp xuất hay bản sao lưu mang mã này được làm từ một lịch sử khác. Nếu mã đúng là của sổ này, nhật ký đã bị viết lại sau đó; hãy xem lại mã đã gõ.`,
  programAdded: (code: string, name: string) => `Đã thêm chương trình ${code}: ${name}.`,
  programAvailable: (id: string, name: string) => `Có thể thêm: ${name} (sovon catalog add-program BOOK ${id})`,
  retiredFrom: (year: number) => `thôi từ năm ${year}`,
  lineExisting: '(đã có)',
  rowSkipped: (row: number, text: string, why: 'total' | 'note') => `bỏ qua dòng ${row} (${why === 'total' ? 'dòng tổng' : 'ghi chú'}): ${text}`,
  linesAdded: (n: number) => `Đã thêm ${n} dòng vào danh mục.`,
  linesWouldAdd: (n: number) => `${n} dòng sẽ được thêm (chưa ghi gì${n ? '; bỏ --dry-run để thêm' : ''}).`,
  lineRetired: (code: string, name: string, year: number | null) => (year === null ? `Dòng ${code} (${name}) chạy lại.` : `Dòng ${code} (${name}) thôi từ năm ${year}; số liệu của dòng được giữ.`),
  retireEither: 'Chọn một: --year N (thôi từ năm N) hoặc --run (cho dòng chạy lại).',
  catalogUsage: 'Cách dùng: sovon catalog list BOOK [--json] | sovon catalog add BOOK FILE.xlsx|FILE.json --program CODE [--parent CODE] [--dry-run] [--json] | sovon catalog add-program BOOK ID | sovon catalog retire BOOK --program CODE --line CODE [--year N | --run]',
  exported: (file: string) => `Đã xuất ${file}`,
  printed: (title: string, file: string) => `Đã in ${title} ra ${file}`,
  serving: (url: string) => `Sổ Vốn (chế độ trình duyệt) đang chạy: ${url}`,
  claimsImported: (claims: number, lines: number, origins: number) => `Đã nhập ${claims} số liệu, ${lines} dòng, ${origins} nguồn.`,

  templateRemoved: (id: string | undefined) => `Đã xóa mẫu ${id}.`,
  templateAdded: (id: string, name: string) => `Đã thêm mẫu ${id}: ${name}`,
  templateSource: { book: 'trong sổ', bundled: 'đi kèm' },

  backedUp: (file: string) => `Đã sao lưu sổ vào ${file}`,
  restored: (path: string, backup: string) => `Đã khôi phục sổ ${path} từ ${backup}; sổ trước khi khôi phục đã được sao lưu.`,
  restoredDamaged: (path: string, backup: string, kept: string) => `Đã khôi phục sổ ${path} từ ${backup}; tệp hỏng được giữ lại ở ${kept}.`,
  damagedBackups: (list: string) => `Sổ bị hỏng, không mở được. ${list}`,
  noBackups: (folder: string) => `Chưa có bản sao lưu nào (thư mục ${folder}).`,
  backupsIn: (folder: string) => `Bản sao lưu trong ${folder} (mới nhất trước):`,
  /** one backup: its name, size, and what was done after it */
  backupLine: (name: string, kb: string, count: number, labels: readonly string[]) =>
    `${name}\t${kb} KB\tsau đó: ${count} thao tác${labels.length ? ` (${labels.join('; ')})` : ''}`,
} as const;

/** `sovon sheet` without --json. */
export const CLI_SHEET = {
  code: 'Mã',
  content: 'Nội dung',
  title: (year: number, origin: string) => `Năm ${year} · nguồn ${origin} · đơn vị tính: triệu đồng`,
} as const;

/** `sovon check` without --json. */
export const CLI_CHECK = {
  severity: { error: 'LỖI', warning: 'CẢNH BÁO', rounding: 'LÀM TRÒN' },
  sameCause: (n: number) => `cùng nguyên nhân (${n} cờ):`,
  explained: (text: string) => `Đã giải trình: ${text}`,
  counts: (c: { findings: number; error: number; warning: number; rounding: number; explained: number }) =>
    `${c.findings} phát hiện (${c.error} lỗi, ${c.warning} cảnh báo, ${c.rounding} làm tròn), ${c.explained} cờ đã giải trình.`,
} as const;

/** `sovon import` without --json, and its --explain. */
export const CLI_IMPORT = {
  read: (file: string, sheet: string, layout: string, unit: string, year: number, capital: string | null) =>
    `${file}, trang "${sheet}": ${layout}; đơn vị "${unit}"; năm ${year}; ${capital ? `vốn ${capital}` : 'loại vốn theo cột'}.`,
  newWork: (code: string, parent: string, name: string) => `  công trình mới ${code} dưới ${parent}: ${name}`,
  origin: (label: string) => `Nguồn: ${label}.`,
  /** the title named the book's other programme: the annex goes there */
  program: (code: string) => `Vào chương trình ${code}, theo giai đoạn ghi ở tiêu đề.`,
  trieu: (amount: string) => `${amount} triệu đồng`,
  flags: (n: number) => (n ? `${n} cờ đối chiếu:` : 'Không có cờ đối chiếu nào.'),
  done: (claims: number, toBooks: number) => `Đã nhập ${claims} số liệu${toBooks ? `; đã chép ${toBooks} số giao vào sổ kế toán` : ''}.`,
  dryRun: 'Chạy thử: sổ không thay đổi.',
  readingOf: (sheet: string) => `Cách đọc bảng ở trang ${quote(sheet)}:`,
  columns: 'Cột (ô tiêu đề [vai trò] → đọc là):',
  rows: 'Dòng (★: số của đơn vị được đọc):',
  unsure: ' (chưa chắc)',
  doubts: (n: number) => (n ? 'Chưa chắc:' : 'Không có chỗ nào đọc chưa chắc.'),
} as const;
