// The words of Tệp > Mới's second dialog, where she says whose book it is; kept together for
// review. The signers' titles are a new book's (shared/settings.ts) and are changed in Cài đặt.
export const NEW_BOOK = {
  title: 'Thông tin sổ mới',
  intro: (fileName: string) => `Sổ "${fileName}": ghi những gì đã biết; ô nào chưa biết cứ để trống, ghi sau trong Tệp > Cài đặt.`,
  unitName: 'Tên đơn vị',
  unitHint: 'ví dụ: UBND xã …, Sở …',
  parentAgency: 'Cơ quan chủ quản',
  parentHint: 'ví dụ: UBND tỉnh …',
  unitCode: 'Mã ĐVQHNS',
  program: 'Chương trình',
  period: (from: number, to: number) => `giai đoạn ${from}-${to}`,
  firstYear: 'Năm bắt đầu ghi sổ',
  /** a field left empty, or the year not chosen */
  later: '(để sau)',
  signers: 'Người ký',
  preparer: 'Người lập biểu',
  chiefAccountant: 'Kế toán trưởng',
  head: 'Thủ trưởng đơn vị',
  signerHint: 'Họ và tên (để sau)',
  /** where a suggested name was found: one of her books */
  fromBook: (title: string) => `sổ ${title}`,
  cancel: 'Hủy',
  create: 'Tạo sổ',
  creating: 'Đang tạo…',
  created: (path: string) => `Đã tạo sổ ${path}`,
  cancelled: 'Chưa tạo sổ mới: sổ đang mở vẫn như cũ.',
} as const;
