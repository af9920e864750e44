// The words of a figure ("DA3.1 giải ngân SN năm N-1 triệu") or of a year text ("năm N-1",
// "giai đoạn"), in any order. A word not in the vocabulary that looks like a code is the line.
import type { Capital, Measure, Source } from '../claim';
import type { Scale } from '../money';
import { TPL } from '../i18n/template';
import { suggestion } from './suggest';
import type { Parsed, YearRef } from './syntax';
import { CAPITAL_WORDS, MEASURE_WORDS, SCALE_WORDS, SOURCE_WORDS, matchPhrase } from './words';

interface Draft {
  node?: string;
  measure?: Measure;
  capital?: Capital | null;
  source?: Source;
  scale?: Scale;
  year?: YearRef;
}

const CODE = /^(\*|[A-Za-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+)*)$/;

/** A code: "*", or letters and digits with dots/dashes, with a digit or in capitals (GNBV). */
function isCode(word: string): boolean {
  return CODE.test(word) && (word === '*' || /\d/.test(word) || (word.length >= 2 && word === word.toUpperCase()));
}

export function readFigureOrYear(words: string[], folded: string[], keyed: { origin?: string; unit?: string; program?: string }): Parsed {
  const d: Draft = {};
  let i = 0;
  while (i < words.length) {
    const step = readWord(words, folded, i, d);
    if (typeof step === 'string') return { ok: false, reason: step };
    i += step;
  }
  if (d.measure) {
    return { ok: true, value: {
      kind: 'figure', node: d.node ?? null, unit: keyed.unit ?? null, measure: d.measure, capital: d.capital ?? null,
      source: d.source ?? null, origin: keyed.origin ?? null, program: keyed.program ?? null, year: d.year ?? { kind: 'offset', by: 0 }, scale: d.scale ?? null,
    } };
  }
  const onlyYear = d.year && !d.node && d.capital === undefined && !d.source && !d.scale && !keyed.origin && !keyed.unit && !keyed.program;
  if (onlyYear) return { ok: true, value: { kind: 'year', year: d.year! } };
  return { ok: false, reason: TPL.noMeasure };
}

/** Reads the phrase at `i` into the draft; how many words it took, or why it cannot. */
function readWord(words: string[], folded: string[], i: number, d: Draft): number | string {
  const w = folded[i]!;
  if (w === 'nam' || (w === 'giai' && folded[i + 1] === 'doan')) return readYear(words, folded, i, d);
  // the longest phrase of any table wins: "huy động" is a source, not "hủy" and a stray word
  let best: { n: number; table: Record<string, unknown>; field: 'measure' | 'source' | 'capital' | 'scale' } | null = null;
  for (const [table, field] of [[MEASURE_WORDS, 'measure'], [SOURCE_WORDS, 'source'], [CAPITAL_WORDS, 'capital'], [SCALE_WORDS, 'scale']] as const) {
    const n = matchPhrase(table, folded, i);
    if (n > (best?.n ?? 0)) best = { n, table, field };
  }
  if (best) {
    const phrase = words.slice(i, i + best.n).join(' ');
    if (d[best.field] !== undefined) return TPL.twice(phrase);
    (d as Record<string, unknown>)[best.field] = best.table[folded.slice(i, i + best.n).join(' ')];
    return best.n;
  }
  if (isCode(words[i]!)) {
    if (d.node !== undefined) return TPL.twoNodes(d.node, words[i]!);
    d.node = words[i]!;
    return 1;
  }
  // the run of words not understood, for a message she can act on
  let j = i + 1;
  while (j < words.length && !knownAt(folded, j)) j++;
  const unknown = words.slice(i, j).join(' ');
  return TPL.notUnderstood(unknown, suggestion(unknown));
}

function knownAt(folded: string[], j: number): boolean {
  return [MEASURE_WORDS, SOURCE_WORDS, CAPITAL_WORDS, SCALE_WORDS].some((t) => matchPhrase(t, folded, j) > 0) || folded[j] === 'nam';
}

function readYear(words: string[], folded: string[], i: number, d: Draft): number | string {
  if (d.year) return TPL.twice(words[i]!);
  if (folded[i] === 'giai') {
    const spec = words[i + 2];
    const m = spec?.match(/^(\d{4})\s*-\s*(\d{4})$/);
    if (m && +m[1]! <= +m[2]!) { d.year = { kind: 'period', from: +m[1]!, to: +m[2]! }; return 3; }
    if (spec && /^\d/.test(spec)) return TPL.badPeriod(spec);
    d.year = { kind: 'period' };
    return 2;
  }
  const next = folded[i + 1];
  if (next === 'dau' || next === 'cuoi') {
    // a figure of "năm đầu" is the first year's, not the phase's
    d.year = { kind: 'period', end: next === 'dau' ? 'first' : 'last' };
    return folded[i + 2] === 'giai' && folded[i + 3] === 'doan' ? 4 : 2;
  }
  if (next === 'truoc' || next === 'sau') { d.year = { kind: 'offset', by: next === 'truoc' ? -1 : 1 }; return 2; }
  const spec = words[i + 1];
  if (spec === undefined || !/^[nN\d]/.test(spec)) { d.year = { kind: 'offset', by: 0 }; return 1; }
  const year = readYearSpec(spec);
  if (!year) return TPL.badYear(spec);
  d.year = year;
  return 2;
}

function readYearSpec(spec: string): YearRef | null {
  const off = spec.match(/^[nN]([+-]\d{1,2})?$/);
  if (off) return { kind: 'offset', by: off[1] ? Number(off[1]) : 0 };
  if (/^\d{4}$/.test(spec) && +spec >= 1990 && +spec <= 2100) return { kind: 'absolute', year: +spec };
  return null;
}

