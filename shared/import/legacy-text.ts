// Text typed in the pre-Unicode Vietnamese fonts (domain.md, "What arrives from the province").
// The file holds Windows-1252 letters and the font draws them as Vietnamese: TCVN3 (".VnTime":
// "QuyÕt ®Þnh sè") one character per letter, VNI ("VNI-Times": "Quyeát ñònh soá") a letter followed
// by a mark character. Cells arrive as Unicode strings of those letters (exceljs and SheetJS both
// decode the file), so this maps characters, not bytes. She sees Vietnamese in Excel, so we must too.

import { isVietnameseSyllable } from './vietnamese-syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** ".VnTimeH", ".VnArialH": capitals-only fonts that draw lowercase codes as capitals */
  capitals: boolean;
}

/** ".VnTime", ".VnArialH", ".VnCentury Schoolbook" → TCVN3; "VNI-Times", "VNI-Helve" → VNI. */
export function legacyFont(name: string | undefined): LegacyFont | null {
  const font = name?.trim() ?? '';
  if (/^\.vn/i.test(font)) return { encoding: 'tcvn3', capitals: /h$/i.test(font) };
  if (/^vni[- ]/i.test(font)) return { encoding: 'vni', capitals: false };
  return null;
}

// TCVN3 (TCVN 5712:1993, VN3, the ABC fonts): each pair is the character a cell holds, then the
// letter the font draws. Taken from glibc's TCVN5712-1 table (the same as iconv-lite's "tcvn"),
// keeping only the 74 letters the VN3 fonts draw; the positions that only VN1 uses for accented
// capitals are left alone, since in a .VnTime cell they are whatever was typed.
const TCVN3_PAIRS =
  '¡Ă¢Â¨ă©âµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậ' +
  '£ÊªêÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ' +
  '¤Ô¥Ơ«ô¬ơßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợ' +
  '¦Ư\u00adưïùñủòũóúôụõừöử÷ữøứùự' +
  '§Đ®đ' +
  '×ìØỉÜĩÝíÞị' +
  'úỳûỷüỹýýþỵ';
const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3.set(TCVN3_PAIRS[i]!, TCVN3_PAIRS[i + 1]!);

export function decodeTcvn3(text: string, capitals = false): string {
  let out = '';
  for (const ch of text) out += TCVN3.get(ch) ?? ch;
  out = out.normalize('NFC');
  return capitals ? out.toUpperCase() : out;
}

// VNI Windows: a base letter, then a mark character of the same case (the table of VNI's own
// converters, e.g. xvnkb's vni.h): "eá" is ế, "AØ" is À, "öôï" is ượ. A few letters are one
// character: ô ơ, ö ư, ñ đ, æ ỉ, ó ĩ, ò ị, î ỵ (and í, ì as themselves).
const GRAVE = '\u0300', ACUTE = '\u0301', TILDE = '\u0303', HOOK = '\u0309', DOT = '\u0323';
const CIRCUMFLEX = '\u0302', BREVE = '\u0306';
const TONE_MARKS: Record<string, string> = { 'ø': GRAVE, 'ù': ACUTE, 'û': HOOK, 'õ': TILDE, 'ï': DOT };
const CIRCUMFLEX_MARKS: Record<string, string> = { 'â': '', 'à': GRAVE, 'á': ACUTE, 'å': HOOK, 'ã': TILDE, 'ä': DOT };
const BREVE_MARKS: Record<string, string> = { 'ê': '', 'è': GRAVE, 'é': ACUTE, 'ú': HOOK, 'ü': TILDE, 'ë': DOT };
const VNI_LETTERS: Record<string, string> = { 'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ' };

/** The combining marks a VNI mark character adds to its base letter, or null if it adds none. */
function vniMarks(base: string, mark: string): string | null {
  const lower = base.toLowerCase();
  const m = mark.toLowerCase();
  if (base === lower ? mark !== m : mark === m) return null; // the case of the mark follows its letter
  if (m in TONE_MARKS && 'aeouyôö'.includes(lower)) return TONE_MARKS[m]!;
  if (m in CIRCUMFLEX_MARKS && 'aeo'.includes(lower)) return CIRCUMFLEX + CIRCUMFLEX_MARKS[m];
  if (m in BREVE_MARKS && lower === 'a') return BREVE + BREVE_MARKS[m];
  return null;
}

function vniLetter(ch: string): string {
  const lower = VNI_LETTERS[ch.toLowerCase()];
  if (lower === undefined) return ch;
  return ch === ch.toLowerCase() ? lower : lower.toUpperCase();
}

export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const marks = i + 1 < text.length ? vniMarks(ch, text[i + 1]!) : null;
    out += vniLetter(ch) + (marks ?? '');
    if (marks !== null) i++;
  }
  return out.normalize('NFC');
}

export function decodeLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === 'tcvn3' ? decodeTcvn3(text, capitals) : decodeVni(text);
}

/**
 * Text that cannot have been typed in a legacy font: it holds a character outside Latin-1 and
 * the Windows-1252 extras ("Tổng", "đơn vị"), so it is Unicode already, whatever its font says.
 */
const UNICODE_ONLY = /[^\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const LATIN1_LETTERS = /[\u00a1-\u00ff]/;
/** Word boundaries: spaces, digits and ASCII punctuation, which neither encoding touches. */
const WORD_BREAK = /[\s\u0021-\u0040\u005b-\u0060\u007b-\u007e]+/;

/**
 * "This looks like TCVN3 / VNI", for text whose font was lost (pasted as values, re-saved under
 * another font). Only the words a decoding changes are weighed: it must turn them all into
 * Vietnamese syllables (a tenth may be names or abbreviations in a long text) and make more of
 * them valid than they were. "Tæng céng" → TCVN3; "Cà phê", "Tên", "café" → null.
 */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (!LATIN1_LETTERS.test(text) || UNICODE_ONLY.test(text)) return null;
  const words = text.split(WORD_BREAK).filter((w) => LATIN1_LETTERS.test(w));
  let best: LegacyEncoding | null = null;
  let bestGain = 0;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const gain = syllableGain(words, encoding);
    if (gain > bestGain) [best, bestGain] = [encoding, gain];
  }
  return best;
}

const ABBREVIATION = /^[BCDĐGHKLMNPQRSTVX]{2,6}$/i;

/** How many more changed words are Vietnamese syllables after decoding; 0 if decoding fails some. */
function syllableGain(words: string[], encoding: LegacyEncoding): number {
  let changed = 0, before = 0, after = 0;
  for (const word of words) {
    const decoded = decodeLegacy(word, encoding);
    if (decoded === word.normalize('NFC')) continue;
    changed++;
    if (plainCase(word) && isVietnameseSyllable(word)) before++;
    // "§VT" is "ĐVT", "Q§" is "QĐ": abbreviations in capitals are no syllables but are words
    if (isVietnameseSyllable(decoded) || ABBREVIATION.test(decoded)) after++;
  }
  const tolerated = Math.floor(changed / 10);
  return changed > 0 && after >= changed - tolerated ? Math.max(0, after - before) : 0;
}

/** "sè", "Sè", "SÈ" are cased as words are; "phÝ", "QuyÕt" are not, and TCVN3 makes many such. */
function plainCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

export interface ConvertedText {
  text: string;
  legacy?: { encoding: LegacyEncoding; by: 'font' | 'text' };
}

/** A cell's text as she sees it in Excel: by its font when the font says, else by the text itself. */
export function toUnicode(text: string, fontName?: string): ConvertedText {
  const nfc = text.normalize('NFC');
  if (UNICODE_ONLY.test(text)) return { text: nfc };
  const font = legacyFont(fontName);
  const encoding = font?.encoding ?? detectLegacy(text);
  if (!encoding) return { text: nfc };
  const decoded = decodeLegacy(text, encoding, font?.capitals);
  if (decoded === nfc) return { text: nfc };
  return { text: decoded, legacy: { encoding, by: font ? 'font' : 'text' } };
}
