// What the import says when a file cannot be read, kept apart from vi.ts only until the import
// lands whole; same voice: what happened, to which file, and what she can do about it.

import type { ColumnNote, Decision, Doubt } from '../import/reading';
import type { ImportQuestion } from '../import/question';
import { CAPITAL_LABEL, MEASURE_LABEL, SCALE_LABEL, SOURCE_LABEL, quote } from './vi';

/** A name that came from her file (the file, a sheet, a unit): quoted as any value from a file
 * is, so a hostile name cannot turn the message around or run over several lines. */
const named = (name: string) => quote(name, 120);

/** Who reads a message: the import wizard (she answers with its controls) or `sovon import` (with its options). */
export type Via = 'window' | 'cli';

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
const count = (n: number) => n.toLocaleString('vi-VN');
const resave = 'Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx (Sổ làm việc Excel) và nhập tệp mới.';

export const IMPORT_MSG = {
  /** a formula saved without its result that is not simple enough to work out */
  uncalculated: (formula: string) =>
    `công thức =${formula} được lưu mà chưa tính ra số (tệp lưu bằng một chương trình không tính công thức): mở tệp bằng Excel, lưu lại rồi nhập lại`,
  notFound: (file: string) => `Không tìm thấy tệp ${named(file)}.`,
  isFolder: (file: string) => `${named(file)} là một thư mục, không phải tệp Excel.`,
  cannotRead: (file: string) => `Không đọc được tệp ${named(file)} (không có quyền đọc?).`,
  emptyFile: (file: string) => `Tệp ${named(file)} rỗng (0 byte), không phải là bảng tính Excel.`,
  fileTooBig: (file: string, size: number, max: number) =>
    `Tệp ${named(file)} quá lớn (${mb(size)} MB); Sổ Vốn nhập tệp đến ${mb(max)} MB. ` +
    'Hãy chép riêng trang cần nhập sang một tệp mới.',
  notExcel: (file: string) => `Tệp ${named(file)} không phải là bảng tính Excel (.xlsx hoặc .xls); tệp chưa được nhập.`,
  otherDocument: (file: string, what: string) => `Tệp ${named(file)} là ${what}, không phải bảng tính Excel; tệp chưa được nhập.`,
  webPageAsXls: (file: string) =>
    `Tệp ${named(file)} là một trang web (HTML hoặc XML) mang tên bảng tính, không phải tệp Excel thật. ${resave}`,
  unsupportedFormat: (file: string, format: string) => `Tệp ${named(file)} là bảng tính dạng ${format}, Sổ Vốn chưa đọc dạng này. ${resave}`,
  passwordProtected: (file: string) =>
    `Tệp ${named(file)} được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu ` +
    '(Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại.',
  truncated: (file: string) =>
    `Tệp ${named(file)} bị hỏng hoặc bị cắt cụt (có thể chép hoặc tải về chưa hết): không đọc được. Hãy lấy lại tệp gốc.`,
  damaged: (file: string) => `Tệp ${named(file)} bị hỏng: không đọc được nội dung bảng tính. ${resave}`,
  inflatesTooMuch: (file: string, max: number) =>
    `Tệp ${named(file)} khi giải nén lớn hơn ${mb(max)} MB: quá lớn cho một phụ lục, hoặc tệp đã bị làm hỏng. Tệp chưa được nhập.`,
  tooManyCells: (file: string, sheet: string, max: number) =>
    `Tệp ${named(file)} có hơn ${count(max)} ô có dữ liệu (tính đến trang ${named(sheet)}): quá lớn để nhập. ` +
    'Hãy chép riêng trang cần nhập sang một tệp mới.',
  noData: (file: string) => `Tệp ${named(file)} không có trang nào có dữ liệu.`,
  /** a sheet counted before it is read (sheet-size.ts): a province annex or a report template is never this big */
  tooManyRows: (file: string, sheet: string, max: number) =>
    `Trang ${named(sheet)} của tệp ${named(file)} có hơn ${count(max)} dòng có dữ liệu hoặc định dạng: quá nhiều cho một phụ lục ` +
    'hay một mẫu báo cáo. Hãy xóa các dòng thừa hoặc chép bảng sang tệp mới. Tệp chưa được nhập.',
  tooManyMerges: (file: string, sheet: string, max: number) =>
    `Trang ${named(sheet)} của tệp ${named(file)} có hơn ${count(max)} vùng gộp ô: quá nhiều cho một phụ lục ` +
    'hay một mẫu báo cáo. Hãy bỏ gộp các ô thừa hoặc chép bảng sang tệp mới. Tệp chưa được nhập.',
  mergesTooLarge: (file: string, sheet: string, max: number) =>
    `Các vùng gộp ô của trang ${named(sheet)} trong tệp ${named(file)} phủ hơn ${count(max)} ô: quá lớn cho một phụ lục ` +
    'hay một mẫu báo cáo. Hãy bỏ gộp các vùng quá lớn hoặc chép bảng sang tệp mới. Tệp chưa được nhập.',
} as const;

/** A spreadsheet format Sổ Vốn does not read, as IMPORT_MSG.unsupportedFormat names it. */
export const SPREADSHEET_FORMAT = {
  xlsb: 'nhị phân .xlsb',
  ods: 'OpenDocument (.ods)',
} as const;

export const DOCUMENT_KIND = {
  word: 'văn bản Word',
  powerpoint: 'bản trình chiếu PowerPoint',
  zip: 'một tệp nén (.zip)',
} as const;

const list = (names: readonly string[]) => names.slice(0, 12).map((n) => `${named(n)}`).join(', ') + (names.length > 12 ? ', …' : '');

/** How the table was read, in the wizard and `sovon import`. */
export const IMPORT_LAYOUT_LABEL = {
  'units-as-rows': 'đơn vị theo dòng, dự án theo cột',
  'contents-as-rows': 'nội dung theo dòng, đơn vị theo cột',
  'measures-as-columns': 'nội dung theo dòng, chỉ tiêu (giao, giải ngân…) theo cột, cả bảng của một đơn vị',
  works: 'danh mục công trình',
} as const;

/** The steps of an import, on the wizard's progress bar. */
export const IMPORT_STEP_LABEL = {
  read: 'Đọc tệp Excel', locate: 'Tìm bảng số liệu', plan: 'Đọc dòng, cột và số', check: 'Đối chiếu với sổ',
  write: 'Sao lưu sổ và ghi số liệu',
} as const;

/** Where an imported figure came from (its note), and the origin the import writes. */
export const IMPORT_ORIGIN = {
  figureNote: (file: string, sheet: string, cell: string, hidden: boolean) => `${file}, trang ${sheet}, ô ${cell}${hidden ? ' (dòng ẩn trong tệp)' : ''}`,
  /** "QĐ số 413/QĐ-UBND ngày 06/04/2022 (PL1)"; `date` is ISO */
  decision: (number: string, date: string | null, sheet: string) =>
    `QĐ số ${number}${date ? ` ngày ${date.split('-').reverse().join('/')}` : ''} (${sheet})`,
  file: (file: string, sheet: string) => `Tệp ${file} (${sheet})`,
} as const;

/** What the import says when it cannot read her figures out of a table it could open. */
export const IMPORT_PLAN_MSG = {
  noTable: (file: string, sheets: readonly string[]) =>
    `Không thấy bảng số liệu nào trong tệp ${named(file)} (đã xem các trang ${list(sheets)}): cần một dòng tiêu đề cột và các dòng có số. Tệp chưa được nhập.`,
  otherProgramme: (file: string, sheet: string, programme: string) =>
    `Không cột hay dòng nào của bảng ở trang ${named(sheet)} (tệp ${named(file)}) đọc được thành một dòng của ${programme}: ` +
    'có thể đây là bảng của chương trình khác. Tệp chưa được nhập.',
  badCell: (file: string, sheet: string, p: { cell: string; text: string; reason: string }) =>
    `Tệp ${named(file)}, trang ${named(sheet)}, ô ${p.cell}: ${quote(p.text)} ${p.reason}. Tệp chưa được nhập; hãy sửa ô đó trong Excel.`,
  alreadyImported: (file: string, origin: string) => `Tệp ${named(file)} đã được nhập vào sổ (nguồn ${named(origin)}); không nhập lần nữa.`,
} as const;

/** What the import asks when the file leaves a question open: in the window she answers with the
 * control beside the words, so they name no command-line option; `sovon import` names the option
 * that answers it. */
export function questionText(q: ImportQuestion, at: { file: string; sheet: string | null; sheets: readonly string[] }, via: Via): string {
  const cli = via === 'cli';
  const where = `trang ${named(at.sheet ?? '')} của tệp ${named(at.file)}`;
  switch (q.ask) {
    case 'unit': {
      const pick = q.units.length
        ? `Các đơn vị có trong bảng: ${list(q.units)}. ${cli ? 'Hãy chọn một (--unit).' : 'Hãy chọn đơn vị của sổ trong danh sách "Đơn vị trong bảng".'}`
        : `Bảng không có tên đơn vị nào Sổ Vốn nhận ra: hãy ghi tên đơn vị như trong bảng${cli ? ' (--unit)' : ' ở ô "Đơn vị trong bảng"'}.`;
      if (q.why === 'unnamed') return `Chưa biết tên đơn vị của sổ: hãy ghi tên đơn vị trong Tệp > Cài đặt, hoặc chọn đơn vị${cli ? ' (--unit "Phong Thổ")' : ' của bảng ngay dưới đây'}. ${pick}`;
      if (q.why === 'notFound') return `Không thấy đơn vị ${named(q.tried ?? '')} trong ${where}. ${pick}`;
      return `Bảng ở ${where} không có số nào cho ${named(q.tried ?? '')} ở các cột, dòng đọc được. ${pick}`;
    }
    case 'sheet':
      if (q.why === 'otherProgramme') {
        return `Không cột hay dòng nào của bảng ở trang ${named(q.tried)} (tệp ${named(at.file)}) đọc được thành một dòng của ${q.programme}: ` +
          `có thể đây là bảng của chương trình khác; hãy chọn trang khác${cli ? ` (--sheet): ${list(at.sheets)}` : ''}.`;
      }
      return q.why === 'missing'
        ? `Tệp ${named(at.file)} không có trang ${named(q.tried)}: hãy chọn một trang có trong tệp${cli ? ` (--sheet): ${list(at.sheets)}` : ''}.`
        : `Trang ${named(q.tried)} của tệp ${named(at.file)} không có bảng số liệu (cần một dòng tiêu đề cột và các dòng có số): hãy chọn trang khác${cli ? ' (--sheet)' : ''}.`;
    case 'year':
      return `Tiêu đề ${where} không ghi năm: hãy cho biết năm của bảng${cli ? ' (--year)' : ''}.`;
    case 'scale':
      return `${sentence(where)} không có dòng đơn vị tính (ĐVT: triệu đồng…): hãy chọn bảng ghi số theo đơn vị nào${cli ? ' (--scale trieu, nghin hoặc dong)' : ` (${q.scales.map((x) => SCALE_LABEL[x]).join(', ')})`}.`;
  }
}

/** The reading of a table in words, for the wizard and `sovon import --explain`. */
export const HEADER_ROLE_LABEL = {
  line: 'dòng chương trình', unit: 'đơn vị', money: 'vốn, nguồn, chỉ tiêu', total: 'tổng', group: 'nhóm cột', other: 'khác',
} as const;

export const ROW_ROLE_LABEL = {
  total: 'Tổng', memo: 'Trong đó', group: 'Nhóm', line: 'Dòng chương trình', unit: 'Đơn vị', item: 'Công trình, nội dung', blank: '',
} as const;

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const columnsList = (cols: readonly string[]) => (cols.length > 1 ? `các cột ${cols.join(', ')}` : `cột ${cols[0] ?? ''}`);

export const IMPORT_DECISION = {
  unitColumns: (unit: string, columns: readonly string[]) => `Đơn vị ${named(unit)} ở đầu ${columnsList(columns)}: bảng có nội dung theo dòng, đơn vị theo cột.`,
  unitRow: (unit: string, row: number) => `Bảng có đơn vị theo dòng: dòng ${row} là đơn vị ${named(unit)}.`,
  oneUnit: (unit: string) => `Không cột nào ghi tên đơn vị: cả bảng là số của ${named(unit)}.`,
  worksList: (column: string, whose: 'investor' | 'sections' | 'whole') =>
    `Danh mục công trình: kế hoạch vốn năm ở cột ${column}; ${{ investor: 'công trình của đơn vị theo cột chủ đầu tư', sections: 'công trình của đơn vị là các dòng trong mục của đơn vị', whole: 'cả danh mục là của đơn vị' }[whose]}.`,
  subProjectsByLeft: (columns: readonly string[], whole: string | null, held: boolean) =>
    `${sentence(columnsList(columns))} ghi tiểu dự án không kèm dự án: đọc thuộc dự án bên trái${whole === null ? '' : ` (cột ${whole})`}; ` +
    (held ? `cột ${whole} bằng tổng của chúng trên các dòng của bảng, nên chắc chắn.` : 'phép cộng của tỉnh không xác nhận, nên chưa chắc.'),
  capital: (from: 'columns' | 'table' | 'silent') =>
    ({ columns: 'Loại vốn theo chữ ở đầu từng cột.', table: 'Loại vốn theo tiêu đề của bảng (hoặc theo lựa chọn).', silent: 'Bảng không ghi loại vốn.' })[from],
} as const;

export const IMPORT_DOUBT = {
  guessedLine: (at: string, label: string, node: string | null) =>
    `${at}: ${quote(label, 80)} được đọc là ${node ?? 'không phải dòng nào'} vì tên gần giống; hãy kiểm tra.`,
  capitalSilent: 'Cả tiêu đề và các cột đều không nói vốn đầu tư hay vốn sự nghiệp: số được đọc là cộng mọi loại vốn; hãy chọn loại vốn nếu cả bảng là một loại.',
  /** `via`: the window has a box to tick, the command line an option */
  refused: (file: string, doubts: readonly string[], via: Via = 'cli') =>
    `Chưa nhập tệp ${named(file)}: có ${doubts.length} chỗ Sổ Vốn đọc chưa chắc.\n${doubts.map((d) => `  - ${d}`).join('\n')}\n` +
    (via === 'cli' ? 'Hãy xem lại cách đọc rồi xác nhận (trong cửa sổ nhập: đánh dấu "Đã kiểm tra"; dòng lệnh: --yes).' : 'Hãy xem lại cách đọc rồi đánh dấu "Đã kiểm tra".'),
} as const;

export function decisionText(d: Decision): string {
  switch (d.rule) {
    case 'unitColumns': return IMPORT_DECISION.unitColumns(d.unit, d.columns);
    case 'unitRow': return IMPORT_DECISION.unitRow(d.unit, d.row);
    case 'oneUnit': return IMPORT_DECISION.oneUnit(d.unit);
    case 'worksList': return IMPORT_DECISION.worksList(d.planColumn, d.whose);
    case 'capital': return IMPORT_DECISION.capital(d.from);
    case 'subProjectsByLeft': return IMPORT_DECISION.subProjectsByLeft(d.columns, d.whole, d.held);
  }
}

export function doubtText(d: Doubt): string {
  return d.kind === 'guessedLine' ? IMPORT_DOUBT.guessedLine(d.at, d.label, d.node) : IMPORT_DOUBT.capitalSilent;
}

/** What a column is read as, in one line: "DA1.1 · đơn vị của sổ · Vốn SN · NSTW · Giao". */
export function columnMeaning(c: ColumnNote): string {
  const parts = [
    c.node ?? '',
    c.unit === 'mine' ? 'đơn vị của sổ' : c.unit === 'other' ? 'đơn vị khác' : c.unit === 'all' ? 'mọi đơn vị' : '',
    c.capital === undefined ? (c.read ? `${CAPITAL_LABEL.ALL} (bảng không ghi loại vốn)` : '') : CAPITAL_LABEL[c.capital ?? 'ALL'],
    c.source ? SOURCE_LABEL[c.source] : '',
    c.measure ? MEASURE_LABEL[c.measure] : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : '(không đọc)';
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** One decision, one origin: what the import says when the file is a decision the book holds. */
export const IMPORT_SAME = {
  /** «Quyết định số 413/QĐ-UBND ngày 06/04/2022 đã có trong sổ (nhập từ tệp "PL01.xlsx", nguồn "…")» */
  already: (number: string | null, date: string | null, origin: string, file: string | null) =>
    `${number ? `Quyết định số ${number}${date ? ` ngày ${dmy(date)}` : ''}` : 'Tài liệu này'} đã có trong sổ (` +
    `${file ? `nhập từ tệp ${named(file)}, ` : ''}nguồn ${named(origin)}).`,
  identical: 'Số liệu trong tệp mới giống hệt số liệu đã có trong sổ.',
  counts: (d: { same: number; changed: number; onlyInFile: number; onlyInBook: number }) =>
    `So với sổ: ${count(d.same)} số giống nhau, ${count(d.changed)} số khác, ${count(d.onlyInFile)} số chỉ có trong tệp mới, ` +
    `${count(d.onlyInBook)} số chỉ có trong sổ.`,
  /** "DA1.1 Tiểu dự án 1 · Giao Vốn SN: 2.085 → 2.100" (money in triệu đồng) */
  difference: (line: string, measure: string, before: string, after: string) => `${line} · ${measure}: ${before} → ${after}`,
  differencesIn: 'Các số khác nhau đầu tiên (triệu đồng):',
  none: '(không có)',
  refused: (already: string, origin: string, details: readonly string[], via: Via = 'cli') =>
    `${already}\n${details.map((d) => `  ${d}\n`).join('')}Tệp chưa được nhập, sổ không thay đổi. Hãy chọn: giữ bản đã có (không cần làm gì); ` +
    (via === 'cli'
      ? `thay bằng tệp mới (cửa sổ nhập: "Thay bằng tệp mới"; dòng lệnh: --replace ${origin}); hoặc giữ cả hai với một tên khác (cửa sổ nhập: "Giữ cả hai"; dòng lệnh: --keep-both "tên khác").`
      : '"Thay bằng tệp mới"; hoặc "Giữ cả hai" với một tên khác.'),
  notTheSame: (origin: string) => `Nguồn ${named(origin)} không phải là quyết định của tệp này: không thay được. Tệp chưa được nhập.`,
  nameTaken: (label: string) => `Sổ đã có nguồn tên ${named(label)}: hãy đặt một tên khác để giữ cả hai. Tệp chưa được nhập.`,
  bothChoices: (via: Via = 'cli') => `Chỉ chọn một: thay bằng tệp mới${via === 'cli' ? ' (--replace)' : ''} hoặc giữ cả hai${via === 'cli' ? ' (--keep-both)' : ''}. Tệp chưa được nhập.`,
  noName: 'Hãy đặt tên cho nguồn mới để giữ cả hai. Tệp chưa được nhập.',
  /** the action Hoàn tác names */
  replaceAction: (origin: string, file: string) => `thay ${origin} bằng tệp ${file}`,
  replaced: (origin: string, file: string) => `Đã thay ${named(origin)} bằng số liệu của tệp ${named(file)}.`,
} as const;

/** What differs, line by line: "giống hệt", or the counts and the first differing figures. */
export function sameDecisionDetails(v: { identical: boolean; counts: string; differences: readonly { line: string; measure: string; before: string; after: string }[] }): string[] {
  if (v.identical) return [IMPORT_SAME.identical];
  return [v.counts, IMPORT_SAME.differencesIn, ...v.differences.map((d) => `  ${IMPORT_SAME.difference(d.line, d.measure, d.before, d.after)}`)];
}

/** The wizard's words when the file is a decision the book holds. */
export const IMPORT_SAME_WIZARD = {
  section: 'Quyết định đã có trong sổ',
  differences: 'Số liệu khác nhau',
  columns: { line: 'Dòng', measure: 'Chỉ tiêu', before: 'Trong sổ (triệu đồng)', after: 'Tệp mới (triệu đồng)' },
  choice: 'Chị muốn giữ bản nào?',
  keep: 'Giữ bản đã có trong sổ, không nhập tệp này',
  replace: 'Thay bằng tệp mới (một thao tác, Ctrl+Z để hoàn tác)',
  keepBoth: 'Giữ cả hai: nhập tệp này thành một nguồn mới, tên là',
  name: 'Tên nguồn mới',
  nameTaken: 'Tên này trùng với nguồn đã có: hãy đặt tên khác.',
  button: { keep: 'Giữ bản đã có', replace: 'Thay bằng tệp mới', keepBoth: 'Nhập thành nguồn mới' },
} as const;

/** The wizard's controls that answer a question the file leaves open (ImportQuestion.tsx). */
export const IMPORT_ASK_WIZARD = {
  region: 'Câu hỏi khi nhập',
  sheet: 'Trang',
  unit: 'Đơn vị trong bảng',
  year: 'Năm của bảng',
  scale: 'Đơn vị tính của bảng',
  pickSheet: '— chọn trang —',
  pickUnit: '— chọn đơn vị —',
  pick: '— chọn —',
  readAgain: 'Đọc lại',
  /** a typed answer that cannot be one: said beside the field, nothing read */
  yearTyped: 'Gõ năm bằng bốn chữ số, ví dụ 2024.',
  unitTyped: 'Gõ tên đơn vị như trong bảng, ví dụ "Huyện Phong Thổ".',
  /** the capital type when neither title nor columns say it */
  capitalSilent: 'Không rõ (cộng mọi loại vốn)',
  tableScale: 'Đơn vị tính',
  /** after a choice that could not be read: what is shown is the reading before it */
  kept: 'Bên dưới vẫn là cách đọc trước đó; hãy chọn lại.',
} as const;
