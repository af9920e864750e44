// From the labels of a table, top down, to each line's depth. Two steps: decide each "I", "V",
// "X" by its neighbours (a Roman numeral or a letter), then give each style the depth it had
// where it first appeared; a dotted number sits one deeper per dot than its head's style.
import { type Label, type Resolved, styleKey } from './numbering';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ROMAN_NEXT: Record<string, string> = { I: 'II', V: 'VI', X: 'XI' };
const ROMAN_BEFORE: Record<string, string> = { V: 'IV', X: 'IX' };

type Family = { kind: 'letter' | 'roman' | 'letterOrRoman'; upper: boolean; text: string };
const inFamily = (l: Label, upper: boolean): l is Family =>
  (l.kind === 'letter' || l.kind === 'roman' || l.kind === 'letterOrRoman') && l.upper === upper;

/** "I" after "H" is a letter, "I" before "II" (or after nothing) a Roman one; the same for V and X. */
export function resolveLabels(labels: readonly Label[]): Resolved[] {
  const out: Resolved[] = [];
  labels.forEach((label, i) => {
    out.push(label.kind === 'letterOrRoman' ? { ...label, kind: decide(label, labels.slice(i + 1), out) } : label);
  });
  return out;
}

function decide(label: Family, after: readonly Label[], before: readonly Resolved[]): 'letter' | 'roman' {
  const t = label.text.toUpperCase();
  const same = (l: Family) => l.text.toUpperCase();
  const next = after.find((l): l is Family => inFamily(l, label.upper));
  if (next && same(next) === ROMAN_NEXT[t]) return 'roman';
  if (next && same(next) === LETTERS[LETTERS.indexOf(t) + 1]) return 'letter';
  const lastOf = (kind: 'letter' | 'roman') => before.findLast((l) => l.kind === kind && inFamily(l, label.upper)) as Family | undefined;
  const lastLetter = lastOf('letter');
  if (lastLetter && same(lastLetter) === LETTERS[LETTERS.indexOf(t) - 1]) return 'letter';
  const romanBefore = ROMAN_BEFORE[t];
  if (romanBefore === undefined || same(lastOf('roman') ?? label) === romanBefore) return 'roman';
  return lastLetter ? 'letter' : 'roman';
}

export type Depths =
  | { ok: true; depths: number[] }
  /** line `at` would sit two levels or more under the line before it, or above the first */
  | { ok: false; at: number; depth: number };

const HEAD_KEY = { arabic: 'arabic', roman: 'roman:upper', letter: 'letter:upper' } as const;

/** Each line's depth: a style keeps the depth it was given where it first appeared. */
export function depthsOf(labels: readonly Resolved[]): Depths {
  const styles = new Map<string, number>();
  const depths: number[] = [];
  for (const [at, label] of labels.entries()) {
    const below = (depths.at(-1) ?? -1) + 1;
    const depth = label.kind === 'dotted' ? dottedDepth(styles, label, below) : known(styles, styleKey(label), below);
    if (depth > below || depth < 0) return { ok: false, at, depth };
    depths.push(depth);
  }
  return { ok: true, depths };
}

function known(styles: Map<string, number>, key: string, below: number): number {
  if (!styles.has(key)) styles.set(key, below);
  return styles.get(key)!;
}

/** "2.1.3" is two below "2"; met before any plain "2", it still keeps "2.1" one above "2.1.3". */
function dottedDepth(styles: Map<string, number>, label: Extract<Resolved, { kind: 'dotted' }>, below: number): number {
  const head = styles.get(HEAD_KEY[label.head]) ?? known(styles, `dotted-base:${label.head}`, below - label.dots);
  return head + label.dots;
}
