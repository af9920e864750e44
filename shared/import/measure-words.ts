// What a column header says a figure is: "Vốn năm trước chuyển sang", "Kế hoạch vốn giao trong
// năm", "Điều chỉnh, bổ sung (±)", "Tổng vốn được sử dụng", "Giải ngân", "Tỷ lệ giải ngân (%)",
// "Chuyển sang năm sau", and the Treasury's 04-SDKP words ("dự toán năm được chi", "đã sử dụng
// đến 31/01", "bị hủy", "số dư dự toán chuyển năm sau"). Read on text folded without diacritics.
import type { Measure } from '../claim';
import { fold } from './grid';

/** Tried in order: the first that fits wins, so "chuyển sang năm sau" is never read as a
 * carry-in, nor "tổng vốn được sử dụng" as an allocation. */
const WORDS: readonly [Measure, RegExp][] = [
  ['rate', /\bty le\b/],
  ['carry_out', /chuyen (sang )?nam sau|sang nam sau|so du .*chuyen|con lai chuyen/],
  ['carry_in', /nam truoc chuyen sang|chuyen nguon|keo dai|nam truoc|nam 20\d\d chuyen sang|chuyen sang$/],
  ['cancelled', /\bhuy\b|nop tra/],
  ['disbursed', /giai ngan|thuc hien|da su dung|da chi\b|\bgn\b/],
  ['available', /duoc su dung|duoc chi|tong (von|du toan|kinh phi) (duoc|trong nam)/],
  ['adjusted', /dieu chinh|bo sung/],
  ['allocated', /\bgiao\b|ke hoach|\bkh\b|du toan|phan bo/],
];

/** The measure named by a column's header labels, the lowest label that names one first ("Giải
 * ngân / Vốn ĐT" is a disbursement); null when none does. */
export function measureOf(labels: readonly string[], year: number | null = null): Measure | null {
  for (const label of [...labels].reverse()) {
    const text = fold(label);
    const carried = year === null ? null : carriedTo(text, year);
    if (carried) return carried;
    const found = WORDS.find(([, re]) => re.test(text));
    if (found) return found[0];
  }
  return null;
}

/** "Kéo dài sang năm 2025", "chuyển sang 2025": money carried into a year, which is this
 * table's carry-out when that year is later than the table's, its carry-in when it is the
 * table's own ("Kế hoạch năm 2023 kéo dài sang năm 2024" in a table of 2024). */
function carriedTo(text: string, year: number): Measure | null {
  if (/\bty le\b/.test(text)) return null;
  const to = /(?:chuyen|keo dai|chuyen nguon)\s+sang\s+(?:nam\s+)?(20\d\d)\b/.exec(text)?.[1];
  if (!to) return null;
  return Number(to) > year ? 'carry_out' : 'carry_in';
}
