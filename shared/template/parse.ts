// Reads the placeholders of one cell's text. Pure: the same reader checks a template when she
// adds it and fills it on export, so a template that passed the check cannot fail to fill.
import { TPL } from '../i18n/template';
import type { Parsed, Piece, PlaceholderError } from './syntax';
import { FIELD_WORDS, KEYED_WORDS, LIST_WORDS, SCALE_WORDS, SETTING_WORDS, fold, matchPhrase } from './words';
import { readFigureOrYear } from './parse-figure';

/** The cell's text as literal pieces and placeholders, and what could not be read. */
export function parseCell(text: string): { pieces: Piece[]; errors: PlaceholderError[] } {
  const pieces: Piece[] = [];
  const errors: PlaceholderError[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      errors.push({ source: text.slice(open, open + 60), reason: TPL.unclosed });
      break;
    }
    if (open > at) pieces.push({ text: text.slice(at, open) });
    const source = text.slice(open, close + 2);
    const read = parsePlaceholder(text.slice(open + 2, close));
    if (read.ok) pieces.push({ placeholder: read.value, source });
    else errors.push({ source, reason: read.reason });
    at = close + 2;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return { pieces, errors };
}

/** Whether a cell's text holds a placeholder at all (cheap: most cells do not). */
export function hasPlaceholder(text: string): boolean {
  return text.includes('{{');
}

/** One placeholder's inside, "DA3.1 | giải ngân | SN | năm N-1". */
export function parsePlaceholder(inside: string): Parsed {
  const raw = inside.replace(/(^|[\s|;])[nN]\s*([+-])\s*(\d+)(?=$|[\s|;])/g, '$1N$2$3').trim();
  if (!raw) return { ok: false, reason: TPL.empty };
  const keyed: { origin?: string; unit?: string; program?: string } = {};
  const words: string[] = [];
  for (const part of raw.split(/[|;]/)) {
    const k = part.match(/^\s*([^:]+):(.*)$/);
    const key = k ? KEYED_WORDS[fold(k[1]!)] : undefined;
    if (k && key) {
      const value = k[2]!.trim();
      if (!value) return { ok: false, reason: TPL.emptyKey(k[1]!.trim()) };
      if (keyed[key] !== undefined) return { ok: false, reason: TPL.twice(k[1]!.trim()) };
      keyed[key] = value;
    } else words.push(...part.replace(/[:,]/g, ' ').split(/\s+/).filter(Boolean));
  }
  const folded = words.map(fold);
  const plain = hasNoKeys(keyed);
  if (plain) {
    const special = readSpecial(words, folded);
    if (special) return special;
  }
  return readFigureOrYear(words, folded, keyed);
}

function hasNoKeys(keyed: object): boolean {
  return Object.keys(keyed).length === 0;
}

/** Repeat markers, "đơn vị tính", dates, settings and row fields: each is the whole placeholder. */
function readSpecial(words: string[], folded: string[]): Parsed | null {
  const all = folded.join(' ');
  if (folded[0] === 'lap') return readRepeat(words, folded);
  if (all.startsWith('don vi tinh')) {
    const scale = SCALE_WORDS[folded.slice(3).join(' ')];
    return scale ? { ok: true, value: { kind: 'scale', scale } } : { ok: false, reason: TPL.noScale };
  }
  if (all === 'ngay lap' || all === 'ngay thang nam') return { ok: true, value: { kind: 'date', withPlace: false } };
  if (all === 'dia danh ngay lap' || all === 'dia danh ngay thang nam') return { ok: true, value: { kind: 'date', withPlace: true } };
  const upper = all.endsWith(' in hoa');
  const body = upper ? all.slice(0, -' in hoa'.length) : all;
  const field = SETTING_WORDS[body];
  if (field) return { ok: true, value: { kind: 'setting', field, upper } };
  const rowField = FIELD_WORDS[body];
  if (rowField) return { ok: true, value: { kind: 'field', field: rowField, upper } };
  return null;
}

function readRepeat(words: string[], folded: string[]): Parsed {
  const n = matchPhrase(LIST_WORDS, folded, 1);
  if (n === 0) return { ok: false, reason: TPL.noList };
  const list = LIST_WORDS[folded.slice(1, 1 + n).join(' ')]!;
  const rest = words.slice(1 + n);
  if (rest.length === 0) return { ok: true, value: { kind: 'repeat', list, of: null } };
  if (fold(rest[0]!) === 'cua' && rest.length === 2 && list !== 'years') return { ok: true, value: { kind: 'repeat', list, of: rest[1]! } };
  return { ok: false, reason: TPL.notUnderstood(rest.join(' ')) };
}
