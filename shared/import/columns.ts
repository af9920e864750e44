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
  /** its header's words top to bottom, " / " between: the key of her reading of it */
  label: string;
  /** read as she said (now, or in a file of the same shape before); `skipped`: not to be read */
  corrected: boolean;
  skipped: boolean;
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
  /** "Điều chỉnh giảm": its figures are adjustments taken away */
  decrease: boolean;
  /** a sub-project named alone, read under the project to its left: that project's column, and
   * whether the province's arithmetic bore it out (see subProjectsByTheirLeft) */
  byLeft?: { whole: number | null; held: boolean };
}

interface HeaderCell { text: string; word: HeaderWord }

/** What the reading needs to know of the table beyond its header. */
export interface ColumnContext {
  matcher: CatalogMatcher;
  /** a unit's name is hers */
  isMine: (unit: string) => boolean;
  /** a caption is her unit's name alone, however bare ("Phong Thổ") */
  isHerName: (text: string) => boolean;
  year: number | null;
  /** the province's arithmetic: column `total` holds the sum of columns `parts` on its rows */
  adds: (total: number, parts: readonly number[]) => boolean;
}

export function readColumns(grid: SheetGrid, headerRows: readonly number[], cols: readonly number[], ctx: ColumnContext): ColumnReading[] {
  const { matcher, isMine } = ctx;
  const cells = cols.map((col) => headerCells(grid, headerRows, col, (text) => readHeaderWord(text, matcher, ctx.isHerName, ctx.year)));
  unitsAmongUnits(cells);
  const readings = cols.map((col, i) => {
    const own = cells[i]!;
    const words = own.flatMap((c) => (c ? [c.word] : []));
    const reading = fromWords(col, words, matcher, isMine);
    own.forEach((cell, level) => {
      if (cell?.word.role !== 'total') return;
      totalOver(reading, siblingWords(cells, i, level), words.slice(0, words.indexOf(cell.word)), matcher);
    });
    return reading;
  });
  subProjectsByTheirLeft(readings, ctx);
  return readings;
}

/** "Dự án 1 | Tiểu dự án 1 | Tiểu dự án 2 | Dự án 2" on one header row: a sub-project with no
 * project over it is read under the project to its left, as she reads the sheet; and it is sure
 * when the province's arithmetic says so (the project's column adds its sub-projects up). */
function subProjectsByTheirLeft(readings: ColumnReading[], ctx: ColumnContext): void {
  let project: string | null = null;
  const guessed: ColumnReading[] = [];
  for (const r of readings) {
    if (r.line) {
      project = ctx.matcher.projectOf(r.line.node) ?? project;
      continue;
    }
    const lines = r.words.filter((w) => w.role === 'line').map((w) => w.text);
    const found = lines.length && project !== null ? ctx.matcher.match(lines, project) : null;
    if (!found || found.node === project) continue;
    r.line = { node: found.node, sure: false };
    guessed.push(r);
  }
  for (const parent of new Set(guessed.map((r) => ctx.matcher.parentOf(r.line!.node)))) {
    const whole = readings.find((r) => r.line?.node === parent && !r.linesTotal);
    const parts = readings.filter((r) => r.line && ctx.matcher.parentOf(r.line.node) === parent);
    const held = whole !== undefined && ctx.adds(whole.col, parts.map((p) => p.col));
    for (const p of parts.filter((x) => guessed.includes(x))) {
      p.byLeft = { whole: whole?.col ?? null, held };
      if (held) p.line = { node: p.line!.node, sure: true };
    }
  }
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
    col, words, label: words.map((w) => w.text.replace(/\s+/g, ' ').trim()).join(' / '), corrected: false, skipped: false,
    line: lines.length ? matcher.match(lines) : null,
    linesTotal: false,
    unit: unit ? (isMine(unit.text) ? 'mine' : 'other') : null,
    unitName: unit?.text ?? null,
    capital: money.find((w) => w.capital)?.capital ?? undefined,
    source: money.find((w) => w.source)?.source ?? undefined,
    measure: money.find((w) => w.measure)?.measure ?? null,
    decrease: money.some((w) => w.role === 'money' && w.decrease === true),
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
  // "Tổng kế hoạch › Tổng số | năm trước kéo dài sang | giao năm nay": the money available
  const measures = new Set(siblings.flatMap((w) => (w.role === 'money' && w.measure ? [w.measure] : [])));
  if (measures.has('carry_in') && measures.has('allocated') && (reading.measure === null || reading.measure === 'allocated')) reading.measure = 'available';
  if (siblings.some((w) => w.role === 'money' && w.capital) && reading.capital === undefined) reading.capital = null;
  if (siblings.some((w) => w.role === 'money' && w.source) && reading.source === undefined) reading.source = null;
  if (roles.has('unit') && reading.unit === null) reading.unit = 'all';
  if (roles.has('line') && !reading.line) {
    const lines = above.filter((w) => w.role === 'line').map((w) => w.text);
    reading.line = lines.length ? matcher.match(lines) : null;
    reading.linesTotal = true;
  }
}

/** Her reading of a column of figures, kept by its header's words (see correctionKey). */
export type ColumnCorrection = { skip: true } | { skip?: false; measure: Measure; capital: Capital | null };

/** Her readings override what the words said: the measure and capital she chose, or not read at all. */
export function correctColumns(readings: ColumnReading[], corrections: ReadonlyMap<string, ColumnCorrection> | undefined, key: (label: string) => string): void {
  if (!corrections?.size) return;
  for (const r of readings) {
    const c = corrections.get(key(r.label));
    if (!c) continue;
    r.corrected = true;
    if (c.skip) r.skipped = true;
    else Object.assign(r, { measure: c.measure, capital: c.capital });
  }
}

/** A column of money words only ("Vốn năm 2023 chuyển sang", "Giải ngân / Vốn ĐT"): beside the
 * projects' columns, or with none named, the whole programme's. One under a caption the import
 * does not know (another programme's name, "Bê tông hóa đường làng") is not read. */
export function namesMoneyOnly(c: ColumnReading): boolean {
  return c.words.some((w) => w.role === 'money') && c.words.every((w) => w.role === 'money' || w.role === 'total' || w.role === 'group');
}
