// What a column header says a figure is: "Vốn năm trước chuyển sang", "Kế hoạch vốn giao trong
// năm", "Điều chỉnh, bổ sung (±)", "Tổng vốn được sử dụng", "Giải ngân", "Tỷ lệ giải ngân (%)",
// "Chuyển sang năm sau", and the Treasury's 04-SDKP words ("dự toán năm được chi", "đã sử dụng
// đến 31/01", "bị hủy", "số dư dự toán chuyển năm sau"). Read on text folded without diacritics.
import type { Measure } from '../claim';
import { fold } from './grid';

/** Tried in order: the first that fits wins, so "chuyển sang năm sau" is never read as a
 * carry-in, nor "tổng vốn được sử dụng" as an allocation. */
const WORDS: readonly [Measure, RegExp][] = [
  ['carry_out', /chuyen (sang )?nam sau|so du .*chuyen|chuyen sang (nam )?20\d\d|con lai chuyen/],
  ['rate', /\bty le\b/],
  ['carry_in', /nam truoc chuyen sang|chuyen nguon|keo dai|nam truoc|tu nam 20\d\d chuyen sang/],
  ['cancelled', /\bhuy\b|nop tra/],
  ['disbursed', /giai ngan|thuc hien|da su dung|da chi\b/],
  ['available', /duoc su dung|duoc chi|tong (von|du toan|kinh phi) (duoc|trong nam)/],
  ['adjusted', /dieu chinh|bo sung/],
  ['allocated', /\bgiao\b|ke hoach|\bkh\b|du toan|phan bo/],
];

/** The measure named by a column's header labels, the lowest label that names one first ("Giải
 * ngân / Vốn ĐT" is a disbursement); null when none does. */
export function measureOf(labels: readonly string[]): Measure | null {
  for (const label of [...labels].reverse()) {
    const text = fold(label);
    const found = WORDS.find(([, re]) => re.test(text));
    if (found) return found[0];
  }
  return null;
}

/** "Tổng số", "Cộng", "Tổng": a column that adds the capital types up. */
export function addsCapitals(label: string): boolean {
  return /^(tong so|tong cong|cong|tong)$/.test(fold(label).replace(/[^a-z ]/g, '').trim());
}
