// Every Vietnamese word the app shows, in one place so the wording can be reviewed together.
import type { Measure } from '../claim';
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

export const CAPITAL_LABEL = { DT: 'Vốn ĐT', SN: 'Vốn SN', ALL: 'Cộng' } as const;

export const SCALE_LABEL: Record<Scale, string> = {
  dong: 'đồng',
  nghin: 'nghìn đồng',
  trieu: 'triệu đồng',
  ty: 'tỷ đồng',
};

export const LINE_KIND_LABEL: Record<LineKind, string> = {
  content: 'Nội dung',
  unit: 'Đơn vị thực hiện',
  work: 'Công trình',
};


export const MSG = {
  bookNotFound: (path: string) => `Không tìm thấy tệp sổ "${path}".`,
  notABook: (path: string) => `Tệp "${path}" không phải là sổ của Sổ Vốn.`,
  bookTooNew: (path: string, version: number, supported: number) =>
    `Sổ "${path}" được tạo bởi phiên bản Sổ Vốn mới hơn (lược đồ ${version}, phiên bản này hỗ trợ đến ${supported}). ` +
    'Hãy cập nhật Sổ Vốn để mở sổ này; sổ không bị thay đổi.',
  bookExists: (path: string) => `Tệp "${path}" đã tồn tại; chọn tên khác để tạo sổ mới.`,
  damaged: (path: string, detail: string) => `Sổ "${path}" bị hỏng (${detail}); sổ không bị ghi thêm.`,
  noBookOpen: 'Chưa mở sổ nào.',
  unknownProgram: (program: string) => `Sổ không có chương trình "${program}".`,
  unknownNode: (node: string) => `Không có dòng "${node}" trong danh mục của sổ.`,
  unknownOrigin: (origin: string) => `Không có nguồn số liệu "${origin}" trong sổ.`,
  unknownLine: (id: string) => `Không có dòng tự thêm "${id}".`,
  notOwnLine: (id: string) => `Dòng "${id}" thuộc danh mục chương trình, không đổi tên hay xóa được.`,
  badValue: (text: string, reason: string) => `Giá trị "${text}" không hợp lệ: ${reason}.`,
  badInput: (detail: string) => `Yêu cầu không hợp lệ: ${detail}`,
  unknownCall: (name: string) => `Không có lệnh "${name}".`,
  duplicateLine: (name: string) => `Đã có dòng "${name}" ở cùng cấp.`,
} as const;
