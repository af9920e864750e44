// The words of printing: to PDF headless (`sovon print`) and from the window (Electron's print
// dialog or a PDF she saves). Kept together for review.

export const PRINT = {
  noChromium:
    'Không tìm thấy trình duyệt Chromium (hay Electron) để in ra PDF. Hãy cài Chromium (Debian/Ubuntu: apt-get install chromium) '
    + 'hoặc đặt biến môi trường CHROMIUM_PATH là đường dẫn tới tệp chạy của Chromium hay Google Chrome.',
  chromiumFailed: (chromium: string) => `Chromium (${chromium}) không in được tệp PDF.`,
  badRequest: 'Yêu cầu in không hợp lệ: thiếu "to" (printer hoặc pdf).',
  failed: (why: string) => `Không in được: ${why}`,
  saveTitle: 'Lưu bản in PDF',
} as const;
