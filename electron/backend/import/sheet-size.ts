// How big each worksheet of an .xlsx is, counted in its XML before exceljs parses it. exceljs
// builds an object for every row it reads, a cell for every cell under a merged range, and checks
// each merge against every other one; so a sheet of a million rows, tens of thousands of merges
// or one merge over the whole sheet would keep it busy for minutes or exhaust memory long before
// the cell budget (sheet-builder.ts) could refuse it. Counting tags needs no DOM.
import { IMPORT_MSG } from '../../../shared/i18n/import';
import { UserError } from '../user-error';
import { readEntry, type ZipEntry } from './zip-entries';

/** What one sheet may hold. A province annex has a few thousand rows at most (the bench's
 * 5 000-unit annex has 5 006) and a few hundred merges, each over a handful of cells. */
export interface SheetCaps {
  rows: number;
  merges: number;
  /** cells under merged ranges, counted range by range */
  mergedCells: number;
}

export const SHEET_CAPS: SheetCaps = { rows: 20_000, merges: 2_000, mergedCells: 200_000 };

/** The parts exceljs reads as worksheets: its own pattern, so none escapes the count. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const MAX_COLUMN = 16_384, MAX_ROW = 1_048_576;

/** Refuses, naming the file and the sheet, an .xlsx one of whose sheets passes a cap. */
export function checkSheetSizes(bytes: Buffer, entries: ZipEntry[], file: string, caps: SheetCaps = SHEET_CAPS): void {
  const names = sheetNames(bytes, entries);
  for (const entry of entries) {
    if (!WORKSHEET.test(entry.name)) continue;
    const xml = readEntry(bytes, entries, entry.name)!;
    const sheet = names.get(entry.name) ?? entry.name.replace(/^.*\/|\.xml$/g, '');
    // exceljs knows tags only without a namespace prefix (it skips <x:row>): those are what cost
    if (countTags(xml, 'row', caps.rows) > caps.rows) throw new UserError(IMPORT_MSG.tooManyRows(file, sheet, caps.rows));
    const merges = mergeRefs(xml, caps.merges);
    if (merges.length > caps.merges) throw new UserError(IMPORT_MSG.tooManyMerges(file, sheet, caps.merges));
    if (mergedArea(merges) > caps.mergedCells) throw new UserError(IMPORT_MSG.mergesTooLarge(file, sheet, caps.mergedCells));
  }
}

/** How many `<tag …>` start tags the XML has, counting no further than `stop + 1`. */
function countTags(xml: Buffer, tag: string, stop: number): number {
  const needle = Buffer.from(`<${tag}`, 'latin1');
  let n = 0;
  for (let p = xml.indexOf(needle); p >= 0 && n <= stop; p = xml.indexOf(needle, p + needle.length)) {
    if (endsName(xml[p + needle.length])) n++;
  }
  return n;
}

/** The ref of each `<mergeCell ref="…"/>`, no more than `stop + 1` of them. */
function mergeRefs(xml: Buffer, stop: number): string[] {
  const needle = Buffer.from('<mergeCell', 'latin1');
  const refs: string[] = [];
  for (let p = xml.indexOf(needle); p >= 0 && refs.length <= stop; p = xml.indexOf(needle, p + needle.length)) {
    if (!endsName(xml[p + needle.length])) continue; // <mergeCells>
    const end = xml.indexOf('>', p);
    refs.push(/\bref\s*=\s*["']([^"']*)/.exec(xml.toString('latin1', p, end < 0 ? xml.length : end))?.[1] ?? '');
  }
  return refs;
}

/** A tag's name ends at a space, `/` or `>`: `<row` is not `<rowBreaks`. */
const endsName = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x2f || byte === 0x3e;

/** Cells under the ranges, as exceljs would make them; a ref it cannot read counts as one cell. */
function mergedArea(refs: string[]): number {
  let total = 0;
  for (const ref of refs) {
    const [a, b] = ref.split(':').map(cellAt);
    total += a && b ? (Math.abs(b.row - a.row) + 1) * (Math.abs(b.col - a.col) + 1) : 1;
  }
  return total;
}

function cellAt(ref: string | undefined): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref?.trim() ?? '');
  if (!m) return null;
  const col = [...m[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Math.min(Number(m[2]), MAX_ROW), col: Math.min(col, MAX_COLUMN) };
}

/** Each worksheet part's sheet name, from workbook.xml through its relationships. */
function sheetNames(bytes: Buffer, entries: ZipEntry[]): Map<string, string> {
  const text = (name: string) => readEntry(bytes, entries, name)?.toString('utf8') ?? '';
  const targets = new Map<string, string>();
  for (const [tag] of text('xl/_rels/workbook.xml.rels').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(tag, 'Id'), target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const part = targets.get(attr(tag, '(?:\\w+:)?id') ?? ''), name = attr(tag, 'name');
    if (part && name !== undefined) names.set(part, unescapeXml(name));
  }
  return names;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)`).exec(tag)?.[1];
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
