// Unicode Vietnamese typed the old way: the exact inverse of shared/import/legacy-text.ts's
// decoding (its tables copied here, not imported, so that a change there shows up as a failed
// round trip in the corpus test rather than moving both sides at once).
//   TCVN3 (.VnTime): one character per letter; the 7 capitals VN3 has (Ă Â Ê Ô Ơ Ư Đ) and no
//   accented capital; those are typed in a capitals-only font (.VnTimeH) as lowercase codes.
//   VNI (VNI-Times): a base letter and a mark character of the same case; ơ ư đ ỉ ĩ ị ỵ are one.

const TCVN3_PAIRS =
  '¡Ă¢Â¨ă©âµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậ' +
  '£ÊªêÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ' +
  '¤Ô¥Ơ«ô¬ơßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợ' +
  '¦Ư\u00adưïùñủòũóúôụõừöử÷ữøứùự' +
  '§Đ®đ' +
  '×ìØỉÜĩÝíÞị' +
  'úỳûỷüỹýýþỵ';
const TO_TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TO_TCVN3.set(TCVN3_PAIRS[i + 1]!, TCVN3_PAIRS[i]!);

export class Unencodable extends Error {}

/** `capitals`: for .VnTimeH, whose lowercase codes draw as capitals; the text must be upper case. */
export function encodeTcvn3(text: string, capitals = false): string {
  if (capitals && text !== text.toUpperCase()) throw new Unencodable(`not all capitals: ${text}`);
  let out = '';
  for (const ch of (capitals ? text.toLowerCase() : text).normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else if (TO_TCVN3.has(ch)) out += TO_TCVN3.get(ch);
    else throw new Unencodable(`TCVN3 has no "${ch}" in ${text}`);
  }
  return out;
}

const TONE: Record<string, string> = { '\u0300': 'ø', '\u0301': 'ù', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const CIRCUMFLEX: Record<string, string> = { '': 'â', '\u0300': 'à', '\u0301': 'á', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const BREVE: Record<string, string> = { '': 'ê', '\u0300': 'è', '\u0301': 'é', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
/** i and y with a tone are single characters in VNI (ì í as themselves), and ỵ too */
const SINGLE: Record<string, string> = { 'i\u0300': 'ì', 'i\u0301': 'í', 'i\u0309': 'æ', 'i\u0303': 'ó', 'i\u0323': 'ò', 'y\u0323': 'î' };

export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const upper = ch !== ch.toLowerCase();
    const cased = (s: string) => (upper ? s.toUpperCase() : s);
    const [base = '', ...marks] = [...ch.toLowerCase().normalize('NFD')];
    const tone = marks.find((m) => m in TONE) ?? '';
    const shape = marks.find((m) => !(m in TONE)) ?? '';
    if (ch.toLowerCase() === 'đ') out += cased('ñ');
    else if (SINGLE[base + tone]) out += cased(SINGLE[base + tone]!);
    else if (shape === '\u031b') out += cased(base === 'o' ? 'ô' : 'ö') + (tone ? cased(TONE[tone]!) : '');
    else if (shape === '\u0302') out += cased(base) + cased(CIRCUMFLEX[tone]!);
    else if (shape === '\u0306') out += cased(base) + cased(BREVE[tone]!);
    else if (shape === '' && tone && 'aeouy'.includes(base)) out += cased(base) + cased(TONE[tone]!);
    else if (ch.charCodeAt(0) < 0x80) out += ch;
    else throw new Unencodable(`VNI has no "${ch}" in ${text}`);
  }
  return out;
}
