// The words of browser mode's file picker (the back end's folder listing and its places), kept
// together for review.
import { quote } from './vi';

export const FOLDER_MSG = {
  notFound: (path: string) => `Không tìm thấy thư mục ${quote(path, 120)}: thư mục đã bị xóa, đổi tên, hoặc ổ (USB) đã rút?`,
  notAFolder: (path: string) => `${quote(path, 120)} là một tệp, không phải thư mục.`,
  noAccess: (path: string) => `Không đọc được thư mục ${quote(path, 120)}: không có quyền xem thư mục này. Hãy chọn thư mục khác.`,
  unreadable: (path: string) => `Không đọc được thư mục ${quote(path, 120)}. Hãy chọn thư mục khác.`,
  tooMany: (shown: number, total: number) =>
    `Thư mục có ${total.toLocaleString('vi-VN')} mục, chỉ hiện ${shown.toLocaleString('vi-VN')} mục đầu theo tên. ` +
    'Nếu không thấy sổ cần tìm, hãy chọn thư mục con hoặc gõ tên tệp.',
} as const;

/** What a Vietnamese Linux names the Documents and Desktop folders on disk (looked for, not shown). */
export const VIETNAMESE_FOLDER_NAME = {
  documents: 'Tài liệu',
  desktop: 'Màn hình nền',
} as const;

/** Where the picker's left column leads; a recent book's folder is named by the folder itself. */
export const PLACE_LABEL = {
  book: 'Thư mục sổ đang mở',
  home: 'Thư mục cá nhân',
  documents: 'Tài liệu',
  desktop: 'Màn hình nền',
  drive: (letter: string) => `Ổ ${letter}:`,
} as const;
