// "giai ngam" is a slip for "giải ngân": the nearest word of the vocabulary, said back with its
// diacritics, when it is close enough to be what she meant.
import { distance } from 'fastest-levenshtein';
import { fold } from './words';

/** What may be suggested, as she would read it. */
const PHRASES = [
  'giao', 'điều chỉnh', 'chuyển sang', 'được sử dụng', 'giải ngân', 'hủy', 'chuyển năm sau', 'tỷ lệ',
  'ĐT', 'SN', 'Cộng', 'NSTW', 'NSĐP', 'huy động', 'lồng ghép', 'đồng', 'nghìn', 'triệu', 'tỷ',
  'năm', 'giai đoạn', 'tên đơn vị', 'cơ quan chủ quản', 'mã đơn vị', 'địa danh', 'ngày lập', 'địa danh ngày lập',
  'người lập biểu', 'kế toán trưởng', 'thủ trưởng', 'tên', 'mã', 'stt', 'lặp', 'dự án', 'tiểu dự án', 'công trình', 'dòng',
];
const FOLDED = PHRASES.map((p) => ({ phrase: p, folded: fold(p) }));

export function suggestion(words: string): string | null {
  const typed = fold(words);
  let best: { phrase: string; d: number } | null = null;
  for (const { phrase, folded } of FOLDED) {
    const d = distance(typed, folded);
    if (d < (best?.d ?? Infinity)) best = { phrase, d };
  }
  // a slip is a letter or two, never half the word
  return best && best.d > 0 && best.d <= Math.max(1, Math.floor(typed.length / 4)) ? best.phrase : null;
}
