// The words of the Electron shell (electron/main): its dialogs, and what it answers a call it
// refuses. The window and dialog titles are the app's name (APP_NAME in vi.ts). Kept together for
// review.

export const SHELL = {
  notOurs: 'Lời gọi không đến từ trang của Sổ Vốn: đã từ chối.',
  nativeDialogOnly: 'Cửa sổ Sổ Vốn dùng hộp chọn tệp của Windows; lời gọi này chỉ dùng trong chế độ trình duyệt.',
  openTitle: 'Mở sổ',
  copyTitle: 'Lưu bản sao',
  newTitle: 'Tạo sổ mới',
  cannotOpenBook: (book: string) => `Không mở được sổ ${book}.`,
  /** on the console, for whoever started it with that variable */
  rendererUrlIgnored: 'Sổ Vốn: bỏ qua ELECTRON_RENDERER_URL (chỉ nhận http://localhost hoặc 127.0.0.1, và không trong bản đóng gói).',
} as const;
