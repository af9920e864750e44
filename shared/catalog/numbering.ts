// The STT column of a province's decision annex: what numbering style each label is written in
// ("A", "II", "3", "1.2", "b)", "-", or "Dự án 1" in the name column) and how deep its line sits.
// Provinces mix the styles freely from one table to the next, so no style has a fixed level: the
// first style met is the top, a style first met under it the level below, and so on (issue 31).
import { fold } from '../import/grid';

/** The words that number a line of the programme when the STT cell is left empty. */
export type LevelWord = 'hop phan' | 'tieu hop phan' | 'du an' | 'tieu du an' | 'noi dung' | 'noi dung thanh phan';

/** A label read alone. "I", "V", "X" (and "i", "v", "x") may be a Roman numeral or a letter:
 * `letterOrRoman` until its neighbours say which (resolveLabels). */
export type Label = Resolved | { kind: 'letterOrRoman'; upper: boolean; text: string };

/** A label once its neighbours have decided it. */
export type Resolved =
  | { kind: 'letter' | 'roman'; upper: boolean; text: string }
  | { kind: 'arabic' }
  /** "1.2", "2.1.3", "I.1": `head` is the style of the first part, `dots` the parts after it */
  | { kind: 'dotted'; head: 'arabic' | 'roman' | 'letter'; dots: number }
  | { kind: 'bullet'; mark: string }
  | { kind: 'word'; word: LevelWord };

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/; // up to XXXIX: no annex has forty sections
const AMBIGUOUS = /^[IVX]$/i;

/** The STT as written, without what decorates it: "1." "a)" "(2)" "I -" → "1" "a" "2" "I". */
function bare(stt: string): string {
  return stt.normalize('NFC').trim().replace(/^\((.*)\)$/, '$1').replace(/\s*[.):\-–]+$/, '').trim();
}

/** What an STT label is, or null when it is no numbering we know ("1a", "Ghi chú"). */
export function readLabel(stt: string): Label | null {
  const raw = stt.normalize('NFC').trim();
  if (/^[-–—]+$/.test(raw)) return { kind: 'bullet', mark: '-' }; // a dash is a bullet, never decoration
  if (/^[+*•·○●]$/.test(raw)) return { kind: 'bullet', mark: raw };
  const t = bare(raw);
  if (/^\d+$/.test(t)) return { kind: 'arabic' };
  const dotted = /^(\d+|[IVX]+|[A-Z])((?:\.\d+)+)$/.exec(t);
  if (dotted) return { kind: 'dotted', head: headOf(dotted[1]!), dots: dotted[2]!.split('.').length - 1 };
  if (/^[A-Za-z]$/.test(t)) return { kind: AMBIGUOUS.test(t) ? 'letterOrRoman' : 'letter', upper: t === t.toUpperCase(), text: t };
  if (/^[IVX]+$/.test(t) && ROMAN.test(t)) return { kind: 'roman', upper: true, text: t };
  if (/^[ivx]+$/.test(t) && ROMAN.test(t.toUpperCase())) return { kind: 'roman', upper: false, text: t };
  return levelWord(t);
}

function headOf(head: string): 'arabic' | 'roman' | 'letter' {
  if (/^\d+$/.test(head)) return 'arabic';
  return ROMAN.test(head) ? 'roman' : 'letter';
}

const WORDS: [RegExp, LevelWord][] = [
  [/^(tieu hop phan)$/, 'tieu hop phan'],
  [/^(hop phan)$/, 'hop phan'],
  [/^(tieu du an|tda)$/, 'tieu du an'],
  [/^(du an|da)$/, 'du an'],
  [/^(noi dung thanh phan)$/, 'noi dung thanh phan'],
  [/^(noi dung)$/, 'noi dung'],
];

/** "Dự án 1: Hỗ trợ …", "Tiểu dự án số 2", "TDA 3", "Hợp phần II": a line numbered by its word.
 * The number is required: "Nội dung chi thường xuyên" or "Dự án chuyển tiếp" is no level. */
export function levelWord(name: string): Label | null {
  // folded but for case: a Roman number is in capitals ("Dự án vi phạm" is not Dự án 6)
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/\s+/g, ' ').trim();
  const m = /^(.+?)\s*(?:[Ss][Oo]\s+)?(\d+|[IVX]+)(?![A-Za-z0-9])/.exec(plain);
  if (!m) return null;
  const word = WORDS.find(([re]) => re.test(fold(m[1]!)));
  return word ? { kind: 'word', word: word[1] } : null;
}

/** The key two labels share when they are the same style. */
export function styleKey(label: Resolved): string {
  switch (label.kind) {
    case 'letter': case 'roman': return `${label.kind}:${label.upper ? 'upper' : 'lower'}`;
    case 'arabic': return 'arabic';
    case 'dotted': return `dotted:${label.head}`;
    case 'bullet': return `bullet:${label.mark}`;
    case 'word': return `word:${label.word}`;
  }
}
