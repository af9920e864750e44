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

/** The reconciliation sheet's words that depend on its origins (shared/print/doi-chieu.ts). */
export const RECONCILE = {
  /** "Đối chiếu giữa: …", each origin by its label or, when labels too long for the header are
   * replaced there by numbers, "(1) Sổ kế toán đơn vị; (2) …" */
  between: (labels: readonly string[], keyed: boolean) =>
    `Đối chiếu giữa: ${labels.map((l, i) => (keyed ? `${originKey(i)} ${l}` : l)).join('; ')}`,
  originKey,
  /** a table of many measures printed in parts: "Phần 1/2: Chuyển nguồn, Kế hoạch vốn giao, …" */
  part: (no: number, of: number, measures: readonly string[]) => `Phần ${no}/${of}: ${measures.join(', ')}`,
  /** "Quyết định 123 chỉ nêu Vốn SN, Kế hoạch vốn giao: …" */
  outOfScope: (label: string, what: readonly string[]) =>
    `${label} chỉ nêu ${what.join(', ')}: các ô khác của nguồn này để trống, không đối chiếu.`,
} as const;

function originKey(i: number): string {
  return `(${i + 1})`;
}
