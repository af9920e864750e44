// Every Vietnamese word the app shows, in one place so the wording can be reviewed together.
import type { Measure, Source } from '../claim';
import type { LineKind } from '../catalog';
import type { Scale } from '../money';

export const MEASURE_LABEL: Record<Measure, string> = {
  carry_in: 'Chuyển nguồn',
  allocated: 'Giao',
  adjusted: 'Điều chỉnh',
  available: 'Tổng được sử dụng',
  disbursed: 'Giải ngân',
  cancelled: 'Hủy, nộp trả',
  rate: 'Tỷ lệ %',
  carry_out: 'Chuyển sang năm sau',
};

/** The app's name, as its windows, dialogs, lock files and exported workbooks say it. */
export const APP_NAME = 'Sổ Vốn';

export const CAPITAL_LABEL = { DT: 'Vốn ĐT', SN: 'Vốn SN', ALL: 'Cộng' } as const;

export const SOURCE_LABEL: Record<Source, string> = {
  NSTW: 'Ngân sách trung ương (NSTW)',
  NSDP: 'Ngân sách địa phương (NSĐP)',
  HUY_DONG: 'Vốn huy động',
  LONG_GHEP: 'Vốn lồng ghép',
};

export const SCALE_LABEL: Record<Scale, string> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};

export const ORIGIN_COMPLETE = {
  label: 'Đủ các dòng',
  hint:
    'Bật: nguồn này liệt kê đủ các dòng của bảng (báo cáo, phụ lục quyết định): dòng không ghi là 0, tổng được cộng từ các dòng đã ghi. ' +
    'Tắt: nguồn chỉ trích vài số (công văn): một tổng chỉ biết khi ghi đủ mọi phần của nó. Sổ kế toán của đơn vị luôn đủ các dòng.',
} as const;

/** The label of the unit's own books, the origin every new book starts with. */
export const BOOKS_ORIGIN_LABEL = 'Sổ kế toán đơn vị';

export const LINE_KIND_LABEL: Record<LineKind, string> = {
  content: 'Nội dung',
  unit: 'Đơn vị thực hiện',
  work: 'Công trình',
};


/** 2024-06-30 → 30/06/2024 */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Control characters, and the bidirectional and invisible format characters (U+202E and its
 * kin) a hostile file can use to make a quoted value read backwards or hide part of a message. */
const UNSAFE_IN_MESSAGE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A value quoted in a message: never more than a short line, whatever she pasted. */
export function quote(text: string, max = 40): string {
  const oneLine = text.replace(UNSAFE_IN_MESSAGE, ' ');
  return `"${oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine}"`;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** ` "path"` when the path is known, nothing otherwise: "Sổ "x.sovon" bị hỏng" or "Sổ bị hỏng". */
const named = (path: string) => (path ? ` "${path}"` : '');

export const MSG = {
  bookNotFound: (path: string) => `Không tìm thấy tệp sổ "${path}".`,
  notABook: (path: string) => `Tệp "${path}" không phải là sổ của Sổ Vốn.`,
  otherSqlite: (path: string) => `Tệp "${path}" là cơ sở dữ liệu của một chương trình khác, không phải là sổ của Sổ Vốn; tệp không bị thay đổi.`,
  isFolder: (path: string) => `"${path}" là một thư mục, không phải tệp sổ (.sovon).`,
  emptyFile: (path: string) => `Tệp "${path}" rỗng (0 byte), không phải là sổ.`,
  cannotRead: (path: string) => `Không đọc được tệp "${path}" (không có quyền đọc?).`,
  truncatedAt: (size: number) => `tệp chỉ có ${size} byte, bị cắt cụt ngay phần đầu`,
  truncated: (size: number, expected: number) =>
    `tệp bị cắt cụt: có ${size.toLocaleString('vi-VN')} byte, đáng lẽ ${expected.toLocaleString('vi-VN')} byte`,
  damagedPages: 'có trang dữ liệu hỏng',
  /** why a backup, a restore or a written file failed, said after its message (the system's own words are English) */
  cause: {
    diskFull: 'ổ đĩa đã đầy',
    denied: 'không có quyền ghi vào đó, hoặc tệp đang mở trong chương trình khác (Excel?)',
    readonlyDisk: 'ổ đĩa chỉ cho phép đọc',
    missing: 'thư mục không tồn tại',
    busy: 'tệp đang mở trong chương trình khác (Excel?)',
    io: 'lỗi đọc/ghi đĩa (USB đã rút?)',
    damaged: 'tệp có trang dữ liệu hỏng',
    other: (code: string) => `lỗi hệ thống${code ? ` (mã ${code})` : ''}`,
  },
  bookBusy:
    'Sổ đang được một chương trình khác ghi (đã chờ 5 giây mà chưa xong). Hãy đóng cửa sổ hoặc lệnh đang dùng sổ này rồi thử lại; số liệu chưa được ghi.',
  bookReadonly: (path: string) =>
    `Sổ${named(path)} chỉ đọc được, không ghi được (tệp hoặc thư mục không cho ghi, hoặc ổ chỉ đọc); số liệu chưa được ghi. ` +
    'Hãy chép sổ sang một thư mục có quyền ghi.',
  folderReadonly: (path: string) =>
    `Không mở được sổ "${path}": thư mục chứa sổ không cho ghi, mà Sổ Vốn cần ghi tệp nhật ký bên cạnh sổ. ` +
    'Sổ không bị hỏng: hãy chép sổ sang một thư mục có quyền ghi rồi mở lại.',
  diskFull: 'Ổ đĩa đã đầy: số liệu chưa được ghi. Hãy giải phóng chỗ trống rồi thử lại.',
  diskError: (path: string) => `Lỗi đọc/ghi đĩa với sổ${named(path)}; số liệu chưa được ghi. Hãy kiểm tra ổ đĩa (USB đã rút?).`,
  cannotOpen: (path: string) => `Không mở được tệp${named(path)} (thư mục không tồn tại hoặc không có quyền).`,
  tooBig: 'Giá trị quá lớn để ghi vào sổ.',
  pathHasControl: 'Đường dẫn có ký tự điều khiển (tab, xuống dòng hoặc ký tự rỗng): hãy nhập lại đường dẫn.',
  pathEmpty: 'Chưa nhập đường dẫn tệp.',
  pathNotAbsolute: (path: string) =>
    `Đường dẫn ${quote(path, 80)} chưa đầy đủ: hãy nhập đường dẫn đầy đủ, ví dụ C:\\SoVon\\so-2025.sovon hoặc /home/ten/so-2025.sovon.`,
  copyOntoItself: 'Không thể lưu bản sao đè lên chính sổ đang mở: hãy chọn tên khác.',
  brokenForeignKeys: (n: number) => `${n} tham chiếu khóa ngoại hỏng`,
  fileExists: (path: string) => `Tệp "${path}" đã có. Chọn tên khác, hoặc xác nhận ghi đè.`,
  replaceNotFile: (path: string) => `"${path}" là một thư mục, không ghi đè được.`,
  outputIsBook: (path: string) => `"${path}" là một sổ Sổ Vốn (hoặc tệp đi kèm sổ): không bao giờ ghi báo cáo đè lên sổ. Hãy chọn tên tệp khác.`,
  outputExists: (path: string) => `Tệp "${path}" đã có. Chọn tên khác, hoặc thêm --force để ghi đè tệp đó.`,
  negativeNeedsConfirm: (measure: string) =>
    `Số âm ở cột "${measure}": thường chỉ cột Điều chỉnh mới có số âm. Hãy xác nhận nếu đúng là số âm.`,
  bookTooNew: (path: string, version: number, supported: number) =>
    `Sổ "${path}" được tạo bởi phiên bản Sổ Vốn mới hơn (lược đồ ${version}, phiên bản này hỗ trợ đến ${supported}). ` +
    'Hãy cập nhật Sổ Vốn để mở sổ này; sổ không bị thay đổi.',
  bookExists: (path: string) => `Tệp "${path}" đã tồn tại; chọn tên khác để tạo sổ mới.`,
  damaged: (path: string, detail: string) =>
    `Sổ${named(path)} bị hỏng (${detail}); sổ không bị ghi thêm. Đừng xóa tệp: hãy giữ lại để khôi phục từ bản sao lưu hoặc nhờ hỗ trợ.`,
  columnDamaged: (where: string, detail: string) =>
    `Dữ liệu trong sổ (bảng ${where}) không đọc được: ${detail}. Sổ không bị ghi thêm; hãy mở bản sao lưu gần nhất hoặc nhờ hỗ trợ.`,
  notJson: 'không phải JSON',
  noBookOpen: 'Chưa mở sổ nào.',
  unknownProgram: (program: string) => `Sổ không có chương trình "${program}".`,
  noSuchCatalog: (id: string, known: readonly string[]) => `Không có danh mục chương trình "${id}"; có: ${known.join(', ')}.`,
  yearOutsideProgram: (year: number, from: number, to: number) => `Năm ${year} ngoài giai đoạn của chương trình (${from}-${to}).`,
  unknownNode: (node: string) => `Không có dòng "${node}" trong danh mục của sổ.`,
  unknownOrigin: (origin: string) => `Không có nguồn số liệu "${origin}" trong sổ.`,
  unknownLine: (id: string) => `Không có dòng tự thêm "${id}".`,
  programInBook: (code: string, name: string) => `Sổ đã có chương trình ${code} (${name}).`,
  notOwnLine: (id: string) => `Dòng "${id}" thuộc danh mục chương trình, không đổi tên hay xóa được.`,
  badValue: (text: string, reason: string) => `Giá trị ${quote(text)} không hợp lệ: ${reason}.`,
  badInput: (detail: string) => `Yêu cầu không hợp lệ: ${detail}`,
  unknownCall: (name: string) => `Không có lệnh ${quote(name)}.`,
  lineProblem: (program: string, code: string, why: string) => `chương trình ${program}, dòng ${quote(code)}: ${why}`,
  lineRefused: (index: number, code: string, why: string) => `Dòng thứ ${index} (lines[${index}], mã ${quote(code)}): ${why}.`,
  lineMoved: (parent: string) => `sổ đã có dòng này dưới ${quote(parent)}; không chuyển dòng sang chỗ khác khi nhập`,
  claimRefused: (index: number, why: string) => `Số liệu thứ ${index} (claims[${index}]): ${why}`,
  booksAlwaysComplete: 'sổ kế toán của đơn vị luôn đủ các dòng (ô trống là 0): không đặt "complete": false cho nguồn "books"',
  booksAlwaysCompleteUi: 'Sổ kế toán của đơn vị luôn đủ các dòng: ô trống là 0.',
  booksOriginReserved: 'nguồn "books" là sổ kế toán của đơn vị: chỉ dùng với kind "books", và chỉ nguồn này được có kind "books"',
  duplicateLine: (name: string) => `Đã có dòng "${name}" ở cùng cấp.`,
  /** "DA5 · Giao Vốn SN: Giá trị "abc" không hợp lệ..." */
  cellRefused: (row: string, column: string, why: string) => `Ô ${row} · ${column}: ${why} Không ô nào được ghi.`,
  backupFailed: (folder: string, why: string) => `Không sao lưu được sổ vào "${folder}": ${why.replace(/\.?$/, '.')}`,
  noSuchBackup: (name: string) => `Không có bản sao lưu "${name}".`,
  otherBooksBackup: (file: string, whose: string) =>
    `Tệp "${file}" không phải bản sao lưu của sổ này: đó là sổ "${whose}". Sổ không bị thay; để làm việc với sổ đó, hãy mở nó (Tệp > Mở).`,
  bookInUse: (path: string) => `Sổ "${path}" đang được mở ở cửa sổ hay chương trình khác: hãy đóng nơi đó trước khi khôi phục. Sổ không bị thay đổi.`,
  restoreFailed: (path: string, why: string) => `Không khôi phục được sổ "${path}": ${why.replace(/\.$/, '')}. Sổ không bị thay đổi.`,
  lookOnly: (path: string) => `Sổ "${path}" đang được mở chỉ để xem ở cửa sổ này (một nơi khác đang ghi vào sổ); số liệu chưa được ghi.`,
  bookLocked: (path: string, who: string) => `Sổ "${path}" đang được mở để ghi bởi ${who}. Mỗi lúc chỉ một nơi được ghi vào sổ; có thể mở sổ chỉ để xem.`,
  lockOwnerUnknown: 'một cửa sổ hay chương trình khác',
  auditChainBroken: (row: number, action: number, lastGood: number | null) =>
    `nhật ký thao tác bị sửa ngoài Sổ Vốn từ dòng ${row} (thao tác ${action})${lastGood === null ? '' : `; thao tác cuối còn nguyên là ${lastGood}`}`,
  claimAltered: (claim: string, now: string, recorded: string, action: string) =>
    `số liệu ${claim} là ${now} nhưng Sổ Vốn ghi lần cuối là ${recorded} (${action}): số này bị thay đổi ngoài Sổ Vốn`,
  claimNoteAltered: (claim: string, amount: string, note: string | null, recorded: string | null, action: string) =>
    `số liệu ${claim} (${amount}) có ghi chú ${note === null ? '(không có)' : `"${note}"`} nhưng Sổ Vốn ghi lần cuối là ${recorded === null ? '(không có)' : `"${recorded}"`} (${action}): ghi chú này bị thay đổi ngoài Sổ Vốn`,
  claimsUnrecorded: (count: number, some: string[]) =>
    `${count} số liệu không có trong nhật ký thao tác (${some.join('; ')}${count > some.length ? '; …' : ''}): được thêm vào sổ ngoài Sổ Vốn`,
  logSummaryMissing: (rows: number) => `dấu của nhật ký thao tác (số dòng và mã cuối chuỗi) đã bị xóa khỏi sổ; nhật ký còn ${rows} dòng`,
  logShortened: (kept: number, rows: number) => `nhật ký thao tác bị xóa bớt ngoài Sổ Vốn: sổ ghi nhật ký có ${kept} dòng nhưng nay chỉ còn ${rows} dòng`,
  logDiffers: (kept: number, rows: number) => `nhật ký thao tác không khớp với dấu của nó (ghi ${kept} dòng, nay có ${rows} dòng): nhật ký bị viết lại ngoài Sổ Vốn`,
  claimVanished: (claim: string, recorded: string, action: string) =>
    `số liệu ${claim} (${recorded}, ${action}) đã bị xóa ngoài Sổ Vốn`,
  latestBackupHint: (when: string) => ` Có bản sao lưu lúc ${when}: có thể khôi phục sổ từ bản đó (tệp hỏng được giữ lại bên cạnh).`,
  noBackupHint: ' Chưa có bản sao lưu nào của sổ này.',
  notDamaged: (path: string) => `Sổ "${path}" không hỏng: hãy mở sổ rồi dùng Tệp > Sao lưu và khôi phục.`,
  undoConflict: (label: string) => `Không hoàn tác được "${label}": số liệu này đã bị thay đổi sau đó (ở cửa sổ hay chương trình khác). Sổ không bị thay đổi.`,
  actionUnnamed: (n: number) => `thao tác số ${n}`,
  nothingToUndo: 'Không còn thao tác nào để hoàn tác.',
  nothingToRedo: 'Không còn thao tác nào để làm lại.',
  undone: (label: string) => `Đã hoàn tác: ${label}.`,
  redone: (label: string) => `Đã làm lại: ${label}.`,
  // a text file she hands over (a claims file)
  fileNotFound: (file: string) => `Không tìm thấy tệp "${file}".`,
  notAFile: (file: string) => `"${file}" là một thư mục, không phải tệp.`,
  notARegularFile: (file: string) => `"${file}" không phải một tệp thường (một thiết bị hay một đường ống): Sổ Vốn không đọc nó.`,
  fileTooBig: (file: string, size: number, max: number) => `Tệp "${file}" quá lớn (${mb(size)} MB, tối đa ${mb(max)} MB).`,
  fileUnreadable: (file: string) => `Không đọc được tệp "${file}".`,
  notUtf8: (file: string) =>
    `Tệp "${file}" không được lưu bằng mã UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI). ` +
    'Hãy mở tệp và lưu lại với mã UTF-8; tệp chưa được nhập.',
  duplicateClaim: 'trùng khóa với một số liệu trước trong tệp.',
  /** a file the app writes for her (an export, a PDF) */
  cannotWrite: (file: string, why: string) => `Không ghi được tệp "${file}": ${why.replace(/\.?$/, '.')}`,
  /** the app's own resources (catalogs, templates) not where they should be */
  folderMissing: (name: string) => `Không tìm thấy thư mục ${name}/`,
  /** who holds a book's lock: "Sổ Vốn của lan trên máy này (tiến trình 4242) từ 10:00:00 1/7/2025" */
  lockOwner: (app: string, user: string, host: string | null, pid: number, since: Date | null) =>
    `${app} của ${user} trên ${host === null ? 'máy này' : `máy ${host}`} (tiến trình ${pid})${since ? ` từ ${since.toLocaleString('vi-VN')}` : ''}`,
  lockUserUnknown: 'người dùng',
} as const;

/** How the check of a book against its action log names a figure, its value and the action. */
export const VERIFY_LABEL = {
  asOf: (date: string) => `đến ${date}`,
  claim: (parts: string, origin: string) => `${parts} (nguồn ${origin})`,
  none: 'không có',
  dong: (amount: string) => `${amount} đồng`,
  action: (action: number, label: string | undefined) => (label ? `thao tác ${action}: ${label}` : `thao tác ${action}`),
} as const;

/** How a cell's history names an undo or a redo of an action. */
export const HISTORY_STEP = { undo: 'hoàn tác: ', redo: 'làm lại: ' } as const;

/** How the Hoàn tác / Làm lại buttons name what she did. */
export const ACTION_LABEL = {
  setClaim: (measure: Measure, row: string, capital: string | null, year: number) =>
    `sửa ô ${MEASURE_LABEL[measure]}${capital ? ` ${CAPITAL_LABEL[capital as 'DT' | 'SN'] ?? capital}` : ''} của ${row}, năm ${year}`,
  setClaims: (what: 'paste' | 'fill' | 'clear', count: number) => `${{ paste: 'dán', fill: 'điền', clear: 'xóa' }[what]} ${count} ô`,
  addLine: (name: string) => `thêm dòng "${name}"`,
  renameLine: (from: string, to: string) => `đổi tên dòng "${from}" thành "${to}"`,
  removeLine: (name: string) => `xóa dòng "${name}"`,
  moveLine: (name: string, direction: 'up' | 'down') => `chuyển dòng "${name}" ${direction === 'up' ? 'lên' : 'xuống'}`,
  explainFlags: (count: number, cleared: boolean) => (cleared ? `bỏ giải trình ${count} cờ` : `giải trình ${count} cờ`),
  setOriginComplete: (label: string, complete: boolean) => `${complete ? 'bật' : 'tắt'} "Đủ các dòng" của ${label}`,
  updateSettings: 'sửa thông tin đơn vị',
  importFile: (label: string) => `nhập ${label}`,
  importClaims: (file: string | undefined) => `nhập số liệu từ ${file ?? 'tệp sovon-claims'}`,
  addTemplate: (name: string) => `thêm mẫu báo cáo "${name}"`,
  removeTemplate: (name: string) => `xóa mẫu báo cáo "${name}"`,
  /** the figures a book held before it kept a log, written into it once (not undoable) */
  sealLog: (count: number) => `ghi vào nhật ký ${count} số liệu có từ trước`,
  addProgram: (name: string) => `thêm chương trình "${name}"`,
  addCatalogLines: (count: number, parent: string) => `thêm ${count} dòng danh mục dưới ${parent}`,
  retireLine: (name: string, year: number | null) => (year === null ? `cho dòng "${name}" chạy lại` : `thôi dòng "${name}" từ năm ${year}`),
  setUnit: (name: string) => `sửa thời hạn và đơn vị kế thừa của "${name}"`,
} as const;

/** Printed and exported under a sheet: the head of the book's history (check-code.ts). */
export const CHECK_CODE_LABEL = 'Mã kiểm tra';

/** Ctrl+F: the find bar over the grid. */
export const FIND = {
  label: 'Tìm',
  placeholder: 'Mã, tên dòng (có dấu hay không) hay một số',
  countLabel: 'Kết quả tìm',
  count: (at: number, of: number) => (of === 0 ? 'Không thấy' : at < 0 ? `${of} kết quả · Enter để đến` : `${at + 1}/${of}`),
  previous: 'Kết quả trước (Shift+Enter)',
  next: 'Kết quả sau (Enter)',
  close: 'Đóng (Esc)',
} as const;

/** Ctrl+S from habit: there is nothing to save. */
export const SAVED_ALWAYS = 'Sổ đã được lưu: mỗi thay đổi được ghi vào tệp sổ ngay khi nhập, không cần bấm lưu.';

/** A rate nobody stated whose operands are in dispute: what shows in its place, and on hover. */
export const DISPUTED_FIGURE = '?';
export const DISPUTED_RATE = 'Tỷ lệ chưa tính được: số giải ngân hoặc số được sử dụng của dòng này đang có chênh lệch cần xử lý trước.';

/** A year's sheet: the block of an earlier programme's money carried into the year. */
export const SHEET_MSG = {
  carriedBlock: (programName: string, year: number) => `Vốn chuyển sang năm ${year}: ${programName}`,
  /** a block of cells spans the year's rows and the carried block */
  blockAcrossPrograms: 'Khối ô đã chọn nằm ở hai chương trình (số của năm và vốn chuyển sang): hãy chọn và ghi từng phần.',
} as const;

export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', rounding: 'Làm tròn' } as const;
