// The words of the window's menus: the native menu bar of the Electron window (electron/main/
// menu.ts) and the page's own, which say a command the same way, and the About box.
import type { AppCommand } from '../app-commands';

/** `&` marks the letter Alt opens a menu with (Windows). */
export const MENU_TITLE = {
  file: '&Tệp',
  edit: '&Sửa',
  view: '&Xem',
  data: '&Dữ liệu',
  help: 'Trợ &giúp',
} as const;

export const COMMAND_LABEL: Record<AppCommand, string> = {
  newBook: 'Mới…',
  openBook: 'Mở…',
  saveCopy: 'Lưu bản sao…',
  print: 'In…',
  backups: 'Sao lưu và khôi phục…',
  settings: 'Cài đặt…',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  find: 'Tìm…',
  toggleChecks: 'Bảng Đối chiếu',
  dockRight: 'Đặt bảng Đối chiếu bên phải lưới',
  dockBelow: 'Đặt bảng Đối chiếu dưới lưới',
  resetWidths: 'Đặt lại độ rộng cột',
  importExcel: 'Nhập từ Excel…',
  exportSheet: 'Xuất bảng tính ra Excel',
  exportReport: 'Xuất báo cáo Excel…',
  catalog: 'Danh mục chương trình…',
  treasury: 'Đối chiếu Kho bạc…',
  shortcuts: 'Phím tắt',
  about: 'Giới thiệu Sổ Vốn',
};

/** The menu's own items, which Electron carries out itself (roles). */
export const MENU_ROLE_LABEL = {
  recent: 'Gần đây',
  recentNone: '(chưa có)',
  quit: 'Thoát',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetZoom: 'Cỡ chữ mặc định',
  fullScreen: 'Toàn màn hình',
} as const;

export const ABOUT = {
  title: 'Giới thiệu Sổ Vốn',
  what: 'Sổ theo dõi vốn chương trình mục tiêu quốc gia cho kế toán đơn vị: mỗi sổ là một tệp .sovon trên máy, không cần mạng.',
  version: (version: string) => `Phiên bản ${version}`,
  book: 'Sổ đang mở',
  mode: { electron: 'Ứng dụng Windows', browser: 'Chế độ trình duyệt' },
  close: 'Đóng',
} as const;
