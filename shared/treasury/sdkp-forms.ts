// The three Treasury forms she signs, laid out as docs/kho-bac-mau.md reads them from public
// sources: 01a-SDKP/ĐVDT (the estimate: received, used, left), 02a-SDKP/ĐVDT (its use: advances
// and payments) and 04-SDKP/ĐVDT (Mẫu 20f: what is carried into the next year). Her books fill the
// unit's figures; where the Treasury's statement of the period says otherwise, a row "Số liệu tại
// KBNN" under the line carries the Treasury's figure, as the Treasury writes it on the paper.
// Columns her books do not keep (commitments, reserves, advances) are left blank and said so.
import type { Capital, MoneyMeasure } from '../claim';
import type { Dong } from '../money';
import { type FormColumn, type FormRow, type KeyColumn, type TreasuryForm, completeForm, evaluate, shortDate } from './form';
import { type TreasuryPeriod, dayBefore } from './period';
import { TREASURY_MSG } from '../i18n/treasury';

export type Figures = Partial<Record<MoneyMeasure, Dong>>;

/** One of her lines as the Treasury keys it. */
export interface FormLine {
  codes: { source: string; sector: string; ndkt: string; program: string };
  name: string;
  capital: Capital;
  /** her books to the period's last day; a measure absent: none stated */
  books: Figures;
  /** her books to the day before the period (zero for a period from 1 January); null: not known */
  before: Figures | null;
  /** the Treasury's statement of the period, when it was read into the book */
  treasury: Figures | null;
}

export interface PeriodForm {
  period: TreasuryPeriod;
  start: string;
  lines: FormLine[];
  /** the Treasury's statement read for this period, in her words ("bảng đối chiếu quý IV/2024"), if any */
  statement: string | null;
  lock: { at: string; by: string } | null;
  unit: UnitLines;
}

export interface UnitLines {
  unitName: string;
  unitCode: string;
  chapter: string;
  budgetLevel: string;
  office: string;
}

const NO_BOOK_COLUMNS = 'Sổ Vốn không theo dõi';
const TREASURY_ROW = 'Số liệu tại KBNN';
// The Treasury confirms "khớp đúng" or writes its own figures, signs and stamps "KẾ TOÁN"
// (TT 18/2020 art. 12 as docs/kho-bac-mau.md §0 quotes it); its signers' titles are not in the
// sources found, these are the usual ones
const TREASURY = {
  heading: 'Xác nhận của Kho bạc Nhà nước',
  note: 'Khớp đúng / không khớp: số tại KBNN ghi ở dòng «Số liệu tại KBNN»',
  signers: [{ title: 'Kế toán', how: '(Ký, họ tên)' }, { title: 'Kế toán trưởng', how: '(Ký, họ tên, đóng dấu "KẾ TOÁN")' }],
};
const TOTAL = { label: 'Tổng cộng', first: false };

function unitLines(u: UnitLines): string[] {
  return [`Mã chương: ${u.chapter || '……'}`, `Đơn vị: ${u.unitName || '……'}`, `Mã ĐVQHNS: ${u.unitCode || '……'}`, `Mã cấp NS: ${u.budgetLevel || '……'}`];
}

function periodWords(p: TreasuryPeriod): string {
  const q = /-Q([1-4])$/.exec(p.id);
  if (q) return `Quý ${['I', 'II', 'III', 'IV'][Number(q[1]) - 1]} năm ${p.year}`;
  if (/^\d{4}-\d{2}$/.test(p.id)) return `Tháng ${Number(p.id.slice(5))} năm ${p.year}`;
  if (p.id === String(p.year)) return `Năm ${p.year}`;
  return `Đến ngày ${shortDate(p.end)}`;
}

const inPeriod = (l: FormLine, m: MoneyMeasure): Dong | null =>
  l.books[m] === undefined || l.before === null ? null : ((l.books[m]! - (l.before[m] ?? 0)) as Dong);
const at = (f: Figures | null, m: MoneyMeasure): Dong | null => f?.[m] ?? null;

// ---- 01a-SDKP/ĐVDT -------------------------------------------------------------------------

const COLUMNS_01A: FormColumn[] = [
  { header: 'Dự toán năm trước chuyển sang', no: '1' },
  { header: 'Dự toán giao đầu năm', no: '2' },
  { group: 'Dự toán giao trong năm', header: 'Trong kỳ', no: '3' },
  { group: 'Dự toán giao trong năm', header: 'Lũy kế đến kỳ báo cáo', no: '4' },
  { header: 'Tổng dự toán được sử dụng', no: '5 = 1 + 2 + 4', formula: { plus: [0, 1, 3], minus: [] } },
  { group: 'Dự toán đã sử dụng', header: 'Trong kỳ', no: '6' },
  { group: 'Dự toán đã sử dụng', header: 'Lũy kế đến kỳ báo cáo', no: '7' },
  { group: 'Dự toán đã cam kết chi', header: 'Trong kỳ', no: '8' },
  { group: 'Dự toán đã cam kết chi', header: 'Lũy kế đến kỳ báo cáo', no: '9' },
  { header: 'Dự toán giữ lại', no: '10' },
  { header: 'Dự toán còn lại', no: '11 = 5 - 7 - 9', formula: { plus: [4], minus: [6, 8] } },
];

const KEYS_01A: KeyColumn[] = [
  { header: 'STT', no: 'A' },
  { header: 'Mã nguồn NS', no: 'B' },
  { header: 'Mã ngành kinh tế', no: 'C' },
  { header: 'Mã CTMT-DA', no: 'D' },
  { header: 'Nội dung', no: 'E', wide: true },
];

function figures01a(f: Figures | null, l: FormLine | null): (Dong | null)[] {
  return [at(f, 'carry_in'), at(f, 'allocated'), l ? inPeriod(l, 'adjusted') : null, at(f, 'adjusted'), null,
    l ? inPeriod(l, 'disbursed') : null, at(f, 'disbursed'), null, null, null, null];
}

export function form01a(x: PeriodForm): TreasuryForm {
  return periodFormOf({
    code: '01a-SDKP/ĐVDT',
    title: 'BẢNG ĐỐI CHIẾU DỰ TOÁN KINH PHÍ NGÂN SÁCH BẰNG HÌNH THỨC RÚT DỰ TOÁN TẠI KHO BẠC NHÀ NƯỚC',
    keyColumns: KEYS_01A, columns: COLUMNS_01A, figures: figures01a,
    keys: (l, i) => [String(i + 1), l.codes.source, l.codes.sector, l.codes.program, l.name],
    note: `Cột 8, 9 (cam kết chi) và 10 (dự toán giữ lại): ${NO_BOOK_COLUMNS}; để trống cho đơn vị ghi nếu có. Cột 11 = 5 - 7 - 9 tính với cột 9 để trống.`,
  }, x);
}

/** What sets 01a and 02a apart: their columns, a line's keys and figures, and what they leave blank. */
interface PeriodFormSpec {
  code: string;
  title: string;
  keyColumns: KeyColumn[];
  columns: FormColumn[];
  keys(l: FormLine, i: number): string[];
  /** her line's figures (with the line: its "trong kỳ"), or the Treasury's (without) */
  figures(f: Figures | null, l: FormLine | null): (Dong | null)[];
  note: string;
}

function periodFormOf(spec: PeriodFormSpec, x: PeriodForm): TreasuryForm {
  const rows = x.lines.flatMap((l, i) => lineRows(spec.columns, spec.keyColumns, spec.keys(l, i), spec.figures(l.books, l), l.treasury && spec.figures(l.treasury, null)));
  return completeForm({
    code: spec.code,
    formNo: [`Mẫu số ${spec.code}`, '(Ban hành kèm theo Nghị định số 11/2020/NĐ-CP)'],
    title: spec.title,
    subtitles: [periodWords(x.period), 'Loại dự toán: Dự toán chính thức', ...lockLine(x)],
    keyColumns: spec.keyColumns, columns: spec.columns, rows,
    footnotes: [spec.note, ...common(x, rows)],
    unitLines: unitLines(x.unit), treasury: TREASURY, total: TOTAL, year: x.period.year,
  });
}

// ---- 02a-SDKP/ĐVDT -------------------------------------------------------------------------

const COLUMNS_02A: FormColumn[] = [
  { group: 'Tạm ứng', header: 'Phát sinh trong kỳ', no: '1' },
  { group: 'Tạm ứng', header: 'Số dư đến kỳ báo cáo', no: '2' },
  { group: 'Thực chi', header: 'Phát sinh trong kỳ', no: '3' },
  { group: 'Thực chi', header: 'Lũy kế đến kỳ báo cáo', no: '4' },
  { group: 'Tổng số', header: 'Phát sinh trong kỳ', no: '5 = 1 + 3', formula: { plus: [0, 2], minus: [] } },
  { group: 'Tổng số', header: 'Đến kỳ báo cáo', no: '6 = 2 + 4', formula: { plus: [1, 3], minus: [] } },
];

const KEYS_02A: KeyColumn[] = [
  { header: 'STT', no: 'A' },
  { header: 'Nội dung', no: 'B', wide: true },
  { header: 'Mã nguồn NSNN', no: 'C' },
  { header: 'Mã ngành kinh tế', no: 'D' },
  { header: 'Mã NDKT', no: 'E' },
  { header: 'Mã CTMT-DA', no: 'F' },
];

function figures02a(f: Figures | null, l: FormLine | null): (Dong | null)[] {
  return [null, null, l ? inPeriod(l, 'disbursed') : null, at(f, 'disbursed'), null, null];
}

export function form02a(x: PeriodForm): TreasuryForm {
  return periodFormOf({
    code: '02a-SDKP/ĐVDT',
    title: 'BẢNG ĐỐI CHIẾU TÌNH HÌNH SỬ DỤNG KINH PHÍ NGÂN SÁCH BẰNG HÌNH THỨC RÚT DỰ TOÁN TẠI KHO BẠC NHÀ NƯỚC',
    keyColumns: KEYS_02A, columns: COLUMNS_02A, figures: figures02a,
    keys: (l, i) => [String(i + 1), l.name, l.codes.source, l.codes.sector, l.codes.ndkt, l.codes.program],
    note: `Cột 1, 2 (tạm ứng): ${NO_BOOK_COLUMNS} riêng số tạm ứng; số giải ngân của sổ ghi ở cột thực chi (3, 4).`,
  }, x);
}

/** The line, and under it the Treasury's figures where they differ from hers. */
function lineRows(columns: readonly FormColumn[], keyColumns: readonly KeyColumn[], keys: string[], books: (Dong | null)[], treasury: (Dong | null)[] | null): FormRow[] {
  const row: FormRow = { keys, figures: books, kind: 'line' };
  if (!treasury) return [row];
  const ours = evaluate(columns, books);
  const theirs = evaluate(columns, treasury);
  const differs = theirs.map((v, i) => v !== null && v !== ours[i]);
  if (!differs.some(Boolean)) return [row];
  // only the figures that differ: the computed ones too, so the Treasury's row reads on its own
  return [row, { keys: keyColumns.map((k) => (k.wide ? TREASURY_ROW : '')), figures: theirs.map((v, i) => (differs[i] ? v : null)), kind: 'treasury' }];
}

function lockLine(x: PeriodForm): string[] {
  return x.lock ? [TREASURY_MSG.lockedState(x.lock.at, x.lock.by).replace(/^đã khóa/, 'Đối chiếu đã khóa')] : [];
}

function common(x: PeriodForm, rows: readonly FormRow[]): string[] {
  const notes: string[] = [];
  const before = x.lines.filter((l) => l.before === null).map((l) => l.name);
  if (before.length) notes.push(`Cột "trong kỳ" để trống ở: ${before.join('; ')}. Sổ chưa có số liệu đến ngày ${shortDate(dayBefore(x.start))} để trừ ra.`);
  const none = x.lines.filter((l) => Object.keys(l.books).length === 0).map((l) => l.name);
  if (none.length) notes.push(`Sổ chưa có số liệu đến ngày ${shortDate(x.period.end)} của: ${none.join('; ')}.`);
  if (x.statement && rows.some((r) => r.kind === 'treasury')) notes.push(`Dòng «${TREASURY_ROW}»: số của Kho bạc (${x.statement}) khác số của đơn vị; chỉ ghi những cột khác.`);
  if (x.lines.some((l) => l.codes.source.includes(',') || l.codes.sector.includes(',') || l.codes.program.includes(','))) {
    notes.push('Một dòng của sổ gắn với nhiều mã của Kho bạc: các mã ghi cách nhau bởi dấu phẩy, số là tổng của các mã.');
  }
  return notes;
}

// ---- 04-SDKP/ĐVDT (Mẫu 20f) ----------------------------------------------------------------

/** A project of hers, one capital type: the year's figures of her books. */
export interface CarryLine {
  name: string;
  capital: Capital;
  sector: string;
  figures: Figures;
}

export interface CarryForm {
  year: number;
  program: string;
  lines: CarryLine[];
  unit: UnitLines;
}

const COLUMNS_04: FormColumn[] = [
  { group: 'Dự toán năm được chi', header: 'Tổng số', no: '5 = 6 + 7 + 8', formula: { plus: [1, 2, 3], minus: [] } },
  { group: 'Dự toán năm được chi', header: 'Dự toán năm trước chuyển sang', no: '6' },
  { group: 'Dự toán năm được chi', header: 'Dự toán giao đầu năm', no: '7' },
  { group: 'Dự toán năm được chi', header: 'Dự toán điều chỉnh', no: '8' },
  { header: 'Dự toán đã sử dụng đến 31/01 năm sau', no: '9' },
  { header: 'Dự toán bị hủy', no: '10' },
  { group: 'Số dư tại thời điểm 31/01 được chuyển sang năm sau', header: 'Số dư dự toán', no: '11 = 5 - 9', formula: { plus: [0], minus: [4] } },
  { group: 'Số dư tại thời điểm 31/01 được chuyển sang năm sau', header: 'Số dư tạm ứng', no: '12' },
];

const KEYS_04: KeyColumn[] = [
  { header: 'STT', no: '1' },
  { header: 'Đơn vị (hoặc chủ đầu tư) / nội dung', no: '2', wide: true },
  { header: 'Tính chất nguồn kinh phí', no: '3', words: true },
  { header: 'Loại, Khoản', no: '4' },
];

const SECTIONS_04: { capital: Capital; label: string; nature: string }[] = [
  { capital: 'SN', label: 'Chi thường xuyên: Kinh phí', nature: 'Kinh phí thường xuyên' },
  { capital: 'DT', label: 'Chi đầu tư phát triển:', nature: 'Vốn đầu tư phát triển' },
];

export function form04(x: CarryForm): TreasuryForm {
  const rows: FormRow[] = SECTIONS_04.flatMap((s, i) => {
    const lines = x.lines.filter((l) => l.capital === s.capital);
    if (!lines.length) return [];
    const f = (l: CarryLine, m: MoneyMeasure) => l.figures[m] ?? null;
    return [
      { keys: [['I', 'II'][i]!, `${s.label} ${lowerFirst(x.program)}`, s.nature, ''], figures: [], kind: 'section' as const },
      ...lines.map((l, k): FormRow => ({
        keys: [String(k + 1), l.name, s.nature, l.sector],
        figures: [null, f(l, 'carry_in'), f(l, 'allocated'), f(l, 'adjusted'), f(l, 'disbursed'), f(l, 'cancelled'), null, null],
        kind: 'line',
      })),
    ];
  });
  return completeForm({
    code: '04-SDKP/ĐVDT',
    formNo: ['Mẫu số 04-SDKP/ĐVDT', '(Mẫu số 20f, Nghị định số 11/2020/NĐ-CP)'],
    title: `TÌNH HÌNH THỰC HIỆN DỰ TOÁN CỦA CÁC NHIỆM VỤ ĐƯỢC CHUYỂN NGUỒN SANG NĂM SAU CỦA NĂM ${x.year} CHUYỂN SANG NĂM ${x.year + 1}`,
    subtitles: [],
    keyColumns: KEYS_04, columns: COLUMNS_04, rows,
    footnotes: [
      'Cột 6 gồm số dư dự toán và số dư tạm ứng năm trước được chuyển sang năm sau. Cột 8: hiệu số giữa số bổ sung và số giảm dự toán trong năm.',
      `Cột 12 (số dư tạm ứng): ${NO_BOOK_COLUMNS} riêng số tạm ứng; để trống cho đơn vị ghi nếu có.`,
    ],
    unitLines: [`Đơn vị (hoặc chủ đầu tư): ${x.unit.unitName || '……'}`, `Mã ĐVSDNS: ${x.unit.unitCode || '……'}`, `Mã chương: ${x.unit.chapter || '……'}`, `Mã KBNN giao dịch: ${x.unit.office || '……'}`],
    treasury: TREASURY, total: { label: 'TỔNG SỐ', first: true }, year: x.year,
  });
}

/** "Chương trình MTQG…" inside a sentence: "chương trình MTQG…" */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
