// The words of browser mode's server (`sovon serve`): what it answers a request it refuses, and the
// page that hands the browser on to the session's address. Kept together for review.

export const SERVER = {
  foreign: 'Yêu cầu không đến từ trang của Sổ Vốn: đã từ chối.',
  badPath: 'Địa chỉ yêu cầu không hợp lệ.',
  postOnly: 'Lệnh của Sổ Vốn chỉ nhận phương thức POST.',
  getOnly: 'Chỉ nhận phương thức GET.',
  token: 'Thiếu hoặc sai mã phiên làm việc. Hãy mở Sổ Vốn bằng địa chỉ đầy đủ mà lệnh đã in ra (có ?token=…).',
  notJson: 'Yêu cầu phải gửi dữ liệu JSON (Content-Type: application/json).',
  badJson: 'Nội dung yêu cầu không phải JSON hợp lệ.',
  tooLarge: (limit: number) => `Yêu cầu quá lớn (tối đa ${limit / 1024 / 1024} MB).`,
  notFound: 'Không tìm thấy.',
  internal: 'Lỗi nội bộ của máy chủ Sổ Vốn. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại Sổ Vốn.',
  /** before the error, on the server's console */
  crashed: 'Sổ Vốn (chế độ trình duyệt):',
  cannotOpenBrowser: 'Không mở được trình duyệt tự động; hãy mở địa chỉ trên.',
  /** the redirect page's line; `link` wraps its words in the link to the address */
  redirecting: (link: (words: string) => string) => `Đang mở Sổ Vốn… Nếu trang không tự chuyển, ${link('bấm vào đây')}.`,
} as const;
