// What each column of figures is, read from the words over it at any header depth and in any
// order (unit › capital › source, capital › unit, project › sub-project › capital, ...): each
// header cell is first recognised for what it is (header-words.ts), then a column takes the line,
// unit, capital, source and measure its own cells name. A total ("Tổng số", "Cộng") is a total of
// what its neighbours under the same caption vary in: beside "Vốn ĐT | Vốn SN" it adds the
// capitals, beside "TDA 1 | TDA 2" it is their project, beside the districts it is every unit's.
import type { Capital, Measure, Source } from '../claim';
import type { SheetGrid } from './grid';
import { fold } from './grid';
import { type HeaderWord, readHeaderWord } from './header-words';
import type { CatalogMatcher, NodeMatch } from './match';

export interface ColumnReading {
  col: number;
  /** the header's cells top to bottom, each once (a cell merged down is one) */
  words: HeaderWord[];
  /** the catalogue line its line words name; null when it names none */
  line: NodeMatch | null;
  /** a total over lines: the line its line words above name, or the programme */
  linesTotal: boolean;
  /** her unit, another unit, every unit together, or no unit named */
  unit: 'mine' | 'other' | 'all' | null;
  unitName: string | null;
  /** undefined: the header does not say (the title may); null: every capital (source) together */
  capital: Capital | null | undefined;
  source: Source | null | undefined;
  measure: Measure | null;
}

interface HeaderCell { text: string; word: HeaderWord }

/** `isMine`: a unit's name is hers; `isHerName`: a caption is her unit's name alone, however bare. */
export function readColumns(grid: SheetGrid, headerRows: readonly number[], cols: readonly number[], matcher: CatalogMatcher, isMine: (unit: string) => boolean, isHerName: (text: string) => boolean, year: number | null): ColumnReading[] {
  const cells = cols.map((col) => headerCells(grid, headerRows, col, (text) => readHeaderWord(text, matcher, isHerName, year)));
  unitsAmongUnits(cells);
  return cols.map((col, i) => {
    const own = cells[i]!;
    const words = own.flatMap((c) => (c ? [c.word] : []));
    const reading = fromWords(col, words, matcher, isMine);
    own.forEach((cell, level) => {
      if (cell?.word.role !== 'total') return;
      totalOver(reading, siblingWords(cells, i, level), words.slice(0, words.indexOf(cell.word)), matcher);
    });
    return reading;
  });
}

/** Per header row, the cell that starts there (null: empty, or the cell above merged down). */
function headerCells(grid: SheetGrid, headerRows: readonly number[], col: number, read: (text: string) => HeaderWord): (HeaderCell | null)[] {
  return headerRows.map((r, i) => {
    const cell = grid.at(r, col);
    const text = cell?.value.trim() ?? '';
    // merged down, or the same words repeated down the rows: one cell of the header
    if (!text || (i > 0 && (grid.at(headerRows[i - 1]!, col) === cell || grid.text(headerRows[i - 1]!, col) === text))) return null;
    return { text, word: read(text) };
  });
}

/** A caption it does not know, on the header row where units are named ("Huyện Sìn Hồ", her
 * "Phong Thổ"), is a unit too: "Tam Đường" beside them is a district written bare. */
function unitsAmongUnits(cells: (HeaderCell | null)[][]): void {
  const levels = Math.max(0, ...cells.map((c) => c.length));
  for (let level = 0; level < levels; level++) {
    const here = cells.flatMap((c) => (c[level] ? [c[level]!] : []));
    if (!here.some((h) => h.word.role === 'unit')) continue;
    for (const h of here) if (h.word.role === 'other') h.word = { role: 'unit', text: h.text };
  }
}

function fromWords(col: number, words: HeaderWord[], matcher: CatalogMatcher, isMine: (unit: string) => boolean): ColumnReading {
  const lines = words.filter((w) => w.role === 'line').map((w) => w.text);
  const unit = words.find((w) => w.role === 'unit');
  const money = words.filter((w) => w.role === 'money').reverse();
  return {
    col, words,
    line: lines.length ? matcher.match(lines) : null,
    linesTotal: false,
    unit: unit ? (isMine(unit.text) ? 'mine' : 'other') : null,
    unitName: unit?.text ?? null,
    capital: money.find((w) => w.capital)?.capital ?? undefined,
    source: money.find((w) => w.source)?.source ?? undefined,
    measure: money.find((w) => w.measure)?.measure ?? null,
  };
}

/** The words from `level` down of the columns that share every caption above it with column
 * `i`: what a total at that level adds up ("Chia ra" over the projects hides them a row lower). */
function siblingWords(cells: (HeaderCell | null)[][], i: number, level: number): HeaderWord[] {
  const above = (k: number) => cells[k]!.slice(0, level).map((c) => (c ? fold(c.text) : '')).join('|');
  const mine = above(i);
  return cells.flatMap((c, k) => (k !== i && above(k) === mine ? c.slice(level).flatMap((x) => (x ? [x.word] : [])) : []));
}

function totalOver(reading: ColumnReading, siblings: HeaderWord[], above: HeaderWord[], matcher: CatalogMatcher): void {
  const roles = new Set(siblings.map((w) => w.role));
  if (siblings.some((w) => w.role === 'money' && w.capital) && reading.capital === undefined) reading.capital = null;
  if (siblings.some((w) => w.role === 'money' && w.source) && reading.source === undefined) reading.source = null;
  if (roles.has('unit') && reading.unit === null) reading.unit = 'all';
  if (roles.has('line') && !reading.line) {
    const lines = above.filter((w) => w.role === 'line').map((w) => w.text);
    reading.line = lines.length ? matcher.match(lines) : null;
    reading.linesTotal = true;
  }
}
