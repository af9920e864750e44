// One decision, one origin: whether the file being imported is a decision the book holds already
// (its .xls copy, a TCVN3-typed copy, the same annex sent twice), and what differs between the
// figures in the book and those in the new file, so she can keep one rather than find two
// origins of the same name.
import { type Claim, type ClaimKey, claimKeyId } from '../claim';
import { fold } from './grid';
import type { DecisionRef } from './title';

/** An origin already in the book, with the file it came from. */
export interface KnownOrigin {
  id: string;
  label: string;
  number: string | null;
  /** ISO */
  date: string | null;
  fileName: string | null;
  claims: readonly Claim[];
}

/** What the new file is: the origin's label, the decision its title quotes, its figures. */
export interface NewDocument {
  label: string;
  decision: DecisionRef | null;
  fileName: string;
  year: number;
  claims: readonly Claim[];
}

/** The origin in the book that is the same document as the new file, if one is. Same decision
 * is the same number and date (the year when a date was not read); with no number read, the same
 * file name apart from its extension ("PL01.xlsx" and its copy "PL01.xls") and the same year.
 * Either way the two must state some figure in common: one decision's annexes for two capital
 * types, or two units, are two origins by right. The same label is the same document outright. */
export function findSameDocument(known: readonly KnownOrigin[], doc: NewDocument): KnownOrigin | null {
  const keys = new Set(doc.claims.map((c) => placeOf(c.key)));
  const overlaps = (o: KnownOrigin) => o.claims.some((c) => keys.has(placeOf(c.key)));
  return known.find((o) => o.label === doc.label)
    ?? known.find((o) => sameDecision(o, doc) && overlaps(o))
    ?? null;
}

function sameDecision(o: KnownOrigin, doc: NewDocument): boolean {
  const years = new Set(o.claims.map((c) => c.key.period.from));
  const d = doc.decision;
  if (o.number !== null && d !== null) {
    if (numberKey(o.number) !== numberKey(d.number)) return false;
    return o.date !== null && d.date !== null ? o.date === d.date : years.has(doc.year);
  }
  return o.fileName !== null && stem(o.fileName) === stem(doc.fileName) && years.has(doc.year);
}

/** "413/QĐ-UBND", "413/Q§-UBND" read through TCVN3, "413 / qđ-ubnd": one number. */
const numberKey = (n: string) => fold(n).replace(/\s+/g, '');
const stem = (file: string) => fold(file.replace(/\.[^.]*$/, ''));

/** Where a figure sits, whichever origin states it. */
function placeOf(k: ClaimKey): string {
  return claimKeyId({ ...k, origin: '' });
}

export interface FigureChange {
  /** the figure in the book, and in the new file; null where one of them does not state it */
  before: Claim | null;
  after: Claim | null;
}

export interface DecisionDiff {
  same: number;
  changed: number;
  onlyInBook: number;
  onlyInFile: number;
  /** the first differences, in the new file's order (then what only the book holds) */
  first: FigureChange[];
}

/** Figure by figure, the origin in the book against the new file. */
export function decisionDiff(before: readonly Claim[], after: readonly Claim[], limit = 10): DecisionDiff {
  const held = new Map(before.map((c) => [dated(c), c]));
  const read = new Set(after.map(dated));
  const diff: DecisionDiff = { same: 0, changed: 0, onlyInBook: 0, onlyInFile: 0, first: [] };
  const note = (change: FigureChange) => { if (diff.first.length < limit) diff.first.push(change); };
  for (const c of after) {
    const old = held.get(dated(c));
    if (!old) {
      diff.onlyInFile++;
      note({ before: null, after: c });
    } else if (sameValue(old, c)) {
      diff.same++;
    } else {
      diff.changed++;
      note({ before: old, after: c });
    }
  }
  for (const c of before) {
    if (read.has(dated(c))) continue;
    diff.onlyInBook++;
    note({ before: c, after: null });
  }
  return diff;
}

export const isIdentical = (d: DecisionDiff) => d.changed === 0 && d.onlyInBook === 0 && d.onlyInFile === 0;

const dated = (c: Claim) => `${placeOf(c.key)}\u001f${c.asOf ?? ''}`;

function sameValue(a: Claim, b: Claim): boolean {
  if (typeof a.value === 'number' || typeof b.value === 'number') return a.value === b.value;
  return a.value.coefficient === b.value.coefficient && a.value.decimals === b.value.decimals;
}
