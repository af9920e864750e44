// Vietnamese text compared the way she types it: lower case, without diacritics, đ as d, single
// spaces. "Huyện Phong Thổ" and "huyen phong tho" are the same line; "giải ngân" and "giai ngan"
// the same word. For comparing, never for showing.
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}
