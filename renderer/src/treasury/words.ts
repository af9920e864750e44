// What Đối chiếu Kho bạc says in the window, in one place so the wording is reviewed together
// (the back end's refusals and flags come already worded, from shared/i18n/treasury.ts).
import type { CallResults } from '../../../shared/api';
import type { Capital } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL, viDate } from '../../../shared/i18n/vi';
import { dong, formatMoney } from '../../../shared/money';
import { localDay } from '../../../shared/i18n/treasury';

export type TreasuryPeriodItem = CallResults['treasuryList']['periods'][number];

/** An amount as the Treasury's sheet writes it: whole đồng with dots (6.334.000.000) */
export function amount(n: number | null): string {
  return n === null ? '' : formatMoney(dong(n), 'dong');
}

/** dd/mm/yyyy of an ISO date or time, as the back end's period list writes it (its date part) */
/** the day a moment falls on where she is, as the back end says it too */
export const day = (iso: string): string => viDate(localDay(iso));

/** The state as the back end words it ("đã khóa ngày 08/12/2026 bởi …"): the window and
 * `sovon treasury list` say the same */
export const stateText = (p: TreasuryPeriodItem): string => p.stateLabel;

export const capitalText = (c: Capital | null) => (c ? CAPITAL_LABEL[c] : '');
export const measureText = (m: keyof typeof MEASURE_LABEL) => MEASURE_LABEL[m];

export const WORDS = {
  title: 'Đối chiếu Kho bạc',
  periods: 'Các kỳ đối chiếu',
  year: (y: number) => `Năm ${y}`,
  pick: 'Đọc bảng của Kho bạc…',
  pickHint: '(.xlsx, .xls: bảng 01a-SDKP/ĐVDT tải từ cổng của Kho bạc hay do Kho bạc gửi): xem trước rồi mới ghi',
  reading: 'Đang đọc…',
  read: (file: string, sheet: string, rows: number, claims: number, label: string) =>
    `Tệp ${file}, trang ${sheet}: ${rows} dòng của Kho bạc, ${claims} số liệu (${label}). Chưa ghi vào sổ.`,
  write: 'Ghi vào sổ',
  cancel: 'Bỏ',
  written: (rows: number, claims: number, label: string) => `Đã ghi ${rows} dòng của Kho bạc thành ${claims} số liệu (${label}) (Ctrl+Z trong cửa sổ chính để hoàn tác).`,
  byContent: 'theo nội dung',
  noStatement: (label: string) => `Chưa có bảng của Kho bạc cho ${label}: đọc bảng của Kho bạc để đối chiếu.`,
  checkTitle: (label: string, end: string) => `Đối chiếu ${label} (số đến ngày ${day(end)})`,
  noBooks: 'chưa có số đến ngày này',
  flags: (n: number) => (n ? `Chênh lệch cần giải trình hay sửa (${n} cờ)` : 'Không có chênh lệch: số của Kho bạc khớp với sổ.'),
  mapTitle: 'Gắn mã của Kho bạc với dòng của sổ',
  mapKey: 'Mã của Kho bạc (nguồn|ngành|CTMT-DA)',
  mapLine: 'Dòng của sổ',
  mapCapital: 'Loại vốn',
  mapDo: 'Gắn mã',
  mapped: (key: string, line: string, capital: string) => `Đã gắn mã ${key} với dòng ${line}, ${capital}. Đọc lại bảng của Kho bạc.`,
  lockBy: 'Người khóa',
  lockDo: 'Khóa đối chiếu…',
  lockConfirm: (label: string) => `Khóa đối chiếu ${label}`,
  lockHint: 'Khóa ghi lại số của hai bên, chênh lệch và giải trình, người khóa và ngày giờ. Sửa một số của kỳ đã khóa sẽ phải xác nhận mở lại đối chiếu.',
  locked: (label: string, by: string, at: string) => `Đã khóa đối chiếu ${label} ngày ${day(at)} bởi ${by}.`,
  lockedNote: (by: string, at: string) => `Kỳ này đã khóa ngày ${day(at)} bởi ${by}. Sửa một số của kỳ này sẽ phải xác nhận mở lại đối chiếu.`,
  readonly: 'Sổ đang mở chỉ để xem: không đọc, gắn mã hay khóa được.',
  close: 'Đóng',
  print: 'In mẫu 01a, 02a…',
  printTitle: 'In hay xuất Excel các mẫu 01a-SDKP/ĐVDT, 02a-SDKP/ĐVDT của kỳ này, để ký và nộp Kho bạc',
} as const;
