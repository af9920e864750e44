// Row references of a formula moved as Excel moves them when rows are inserted below a repeating
// row: references below move down, a range that reaches the repeating row grows over its copies
// (so "=SUM(C10:C10)" under a repeat of row 10 sums every copy), and a copy's own relative
// references follow it as a filled-down formula would.
export interface RowInsertion {
  /** the repeating row; the new rows come right after it */
  after: number;
  count: number;
  /** false: rows added under a table (its footnotes), which no range ending on `after` takes in */
  grow?: boolean;
}

export interface FormulaPlace {
  /** the sheet the rows are inserted in */
  sheet: string;
  /** the sheet the formula sits on */
  formulaSheet: string;
  /** the formula sits on the repeating row (or a copy of it): its own-row ranges do not grow */
  inRepeatRow: boolean;
}

const REF = /(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/y;

/** The formula with every reference to the sheet moved for the insertion. */
export function shiftFormula(formula: string, ins: RowInsertion, place: FormulaPlace): string {
  return mapRefs(formula, place, (r1, r2) => {
    if (r2 === null) return [r1 > ins.after ? r1 + ins.count : r1, null];
    const grows = ins.grow !== false && r1 <= ins.after && r2 >= ins.after && !(place.inRepeatRow && r1 === ins.after && r2 === ins.after);
    return [r1 > ins.after ? r1 + ins.count : r1, r2 > ins.after || grows ? r2 + ins.count : r2];
  });
}

/** A copy `by` rows below its original: relative rows follow it, $-fixed rows stay. */
export function copyFormula(formula: string, by: number, sheet: string): string {
  return mapRefs(formula, { sheet, formulaSheet: sheet, inRepeatRow: true }, (r1, r2, fixed1, fixed2) => [
    fixed1 ? r1 : r1 + by, r2 === null ? null : fixed2 ? r2 : r2 + by,
  ]);
}

type RowMap = (r1: number, r2: number | null, fixed1: boolean, fixed2: boolean) => [number, number | null];

function mapRefs(formula: string, place: FormulaPlace, move: RowMap): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') { const end = stringEnd(formula, i); out += formula.slice(i, end); i = end; continue; }
    REF.lastIndex = i;
    const m = startsRef(formula, i) ? REF.exec(formula) : null;
    if (!m || followedByName(formula, REF.lastIndex)) { out += ch; i++; continue; }
    out += rewrite(m, place, move);
    i = REF.lastIndex;
  }
  return out;
}

function rewrite(m: RegExpExecArray, place: FormulaPlace, move: RowMap): string {
  const [whole, sheetPart, c1$, col1, r1$, row1, c2$, col2, r2$, row2] = m;
  const sheet = sheetPart ? sheetPart.replace(/^'|'$/g, '').replace(/''/g, "'") : place.formulaSheet;
  if (sheet !== place.sheet) return whole;
  const [n1, n2] = move(Number(row1), row2 === undefined ? null : Number(row2), r1$ === '$', r2$ === '$');
  const prefix = sheetPart ? `${sheetPart}!` : '';
  const first = `${c1$}${col1}${r1$}${n1}`;
  return n2 === null ? `${prefix}${first}` : `${prefix}${first}:${c2$}${col2}${r2$}${n2}`;
}

/** A reference starts here only after an operator, a bracket, a comma or the start. */
function startsRef(f: string, i: number): boolean {
  return i === 0 || /[\s=+\-*/^&,;(<>:%{!]/.test(f[i - 1]!);
}

/** "LOG10(" and "A1B" are names, not references. */
function followedByName(f: string, end: number): boolean {
  return end < f.length && /[\w(.!]/.test(f[end]!);
}

function stringEnd(f: string, start: number): number {
  let i = start + 1;
  while (i < f.length) {
    if (f[i] === '"' && f[i + 1] === '"') i += 2;
    else if (f[i] === '"') return i + 1;
    else i++;
  }
  return f.length;
}

/** Merged ranges and print areas: rows below move, a range spanning the repeating row grows. */
export function shiftRows(r1: number, r2: number, ins: RowInsertion): [number, number] {
  const grows = ins.grow !== false && r1 < ins.after && r2 >= ins.after;
  return [r1 > ins.after ? r1 + ins.count : r1, r2 > ins.after || grows ? r2 + ins.count : r2];
}
