// Whether a word can be one Vietnamese syllable. Vietnamese is written one syllable per word with a
// small closed grammar (initial consonant, vowel cluster, final consonant, at most one tone), so a
// word that breaks it is almost never Vietnamese. The legacy-text detector uses this to tell
// "Tæng céng" (TCVN3 for "Tổng cộng") from text that is already Unicode.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]+)(ch|ng|nh|[cmnpt])?$/;

/** Vowel clusters that may be followed by a final consonant ("iê" only ever is: "tiền", never "tiê"). */
const CLOSED = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'iê', 'yê', 'oa', 'oă', 'oe', 'oo', 'uâ', 'uê', 'uô', 'uy', 'ươ', 'uyê']);
/** Vowel clusters that end a syllable by themselves. */
const OPEN = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oa', 'oe', 'oi', 'ôi', 'ơi',
  'ua', 'uê', 'ui', 'uơ', 'uy', 'ưa', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oao', 'oay', 'oeo',
  'uây', 'uôi', 'uya', 'uyu', 'ươi', 'ươu']);

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const m = SYLLABLE.exec(decomposed.replace(TONES, '').normalize('NFC'));
  if (!m) return false;
  const [, initial = '', vowels = '', final = ''] = m;
  if (!(final ? CLOSED : OPEN).has(vowels)) return false;
  // "các", "cạc", never "cac" or "cà": a syllable closed by a stop takes only these two tones.
  if (/^(c|ch|p|t)$/.test(final) && tones[0] !== ACUTE && tones[0] !== DOT_BELOW) return false;
  // "anh", "ếch", "inh", "uynh": -ch and -nh follow only a, ê, i, y.
  if ((final === 'ch' || final === 'nh') && !/[aêiy]$/.test(vowels)) return false;
  return spelledRight(initial, vowels);
}

/** The spelling rules: k/gh/ngh before e, ê, i (y); c, g, ng elsewhere. */
function spelledRight(initial: string, vowels: string): boolean {
  const front = /^[eêiy]/.test(vowels);
  if (initial === 'k' || initial === 'gh' || initial === 'ngh') return front;
  if (initial === 'c') return !front;
  return true;
}
