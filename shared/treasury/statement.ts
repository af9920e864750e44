// A Treasury statement as she receives it (saved from the portal, or sent by the Treasury's office):
// a table whose rows are keyed by the Treasury's codes (mã nguồn NS, mã ngành kinh tế, mã NDKT, mã
// CTMT-DA) with the estimate's figures to the period's end (01a-SDKP/ĐVDT: năm trước chuyển sang,
// giao đầu năm, giao trong năm, đã sử dụng; 02a: thực chi), and above it the unit's codes and the
// period. docs/kho-bac.md lists the columns read. Pure: the back end hands it the sheet.
import type { MoneyMeasure } from '../claim';
import { type Dong, decimalToDong, type Scale } from '../money';
import { cellDecimal } from '../import/cell-value';
import { type SheetGrid, fold } from '../import/grid';
import { cellRef } from '../import/sheet-model';
import { scaleOfText } from '../template/words';

/** The Treasury's keys of a row; '' where the statement has no such column. */
export interface TreasuryCodes {
  source: string;
  sector: string;
  ndkt: string;
  program: string;
}

export interface StatementRow {
  codes: TreasuryCodes;
  content: string;
  /** the figures to the period's end, in đồng */
  figures: Partial<Record<MoneyMeasure, Dong>>;
  /** "A12": where the row's first cell is, for her messages */
  at: string;
}

export interface Statement {
  unitCode: string | null;
  /** the period words above the table ("Quý IV", "Năm 2024"): checked against the one she names */
  periodWords: string;
  scale: Scale;
  rows: StatementRow[];
}

export type StatementProblem =
  | { kind: 'noHeader' }
  | { kind: 'noFigures'; header: string }
  | { kind: 'badFigure'; at: string; text: string };

type KeyColumn = keyof TreasuryCodes | 'content';

const KEY_WORDS: [KeyColumn, RegExp][] = [
  ['source', /\bma nguon\b|\bnguon (ns|nsnn|ngan sach)\b/],
  ['sector', /\bma nganh\b|\bnganh kinh te\b|\bloai\s*[-–,/]?\s*khoan\b/],
  ['ndkt', /\bndkt\b|\bnoi dung kinh te\b|\btieu muc\b/],
  ['program', /\bctmt\b|\bchuong trinh muc tieu\b/],
  ['content', /^(noi dung|dien giai|ten)\b/],
];

/** A money column by its words (group header and the header under it together): only figures to
 * the period's end are read; "trong kỳ" columns, commitments, reserves and what remains are not. */
function measureOf(words: string): MoneyMeasure | null {
  if (/\btrong ky\b|\bphat sinh\b|cam ket|giu lai|con lai|tam ung/.test(words)) return null;
  if (/nam truoc chuyen sang/.test(words)) return 'carry_in';
  if (/giao dau nam/.test(words)) return 'allocated';
  if (/giao trong nam|bo sung|dieu chinh/.test(words)) return 'adjusted';
  if (/da su dung|da rut|thuc chi/.test(words)) return 'disbursed';
  if (/duoc su dung|tong du toan/.test(words)) return 'available';
  return null;
}

const HEADER_WITHIN = 40;

export function readStatement(grid: SheetGrid): Statement | StatementProblem {
  const header = findHeader(grid);
  if (header === null) return { kind: 'noHeader' };
  const keys = new Map<KeyColumn, number>();
  const money = new Map<number, MoneyMeasure>();
  const under = header + 1;
  for (const cell of grid.row(header)) {
    const words = fold(cell.value);
    const key = KEY_WORDS.find(([, re]) => re.test(words))?.[0];
    if (key && !keys.has(key)) keys.set(key, cell.col);
  }
  const columns = new Set([...grid.row(header), ...grid.row(under)].map((c) => c.col));
  for (const col of columns) {
    if ([...keys.values()].includes(col)) continue;
    const measure = measureOf(`${fold(grid.text(header, col))} ${fold(grid.text(under, col))}`);
    // the first column of a measure counts: "lũy kế" and "đến kỳ báo cáo" are the same figure twice
    if (measure && ![...money.values()].includes(measure)) money.set(col, measure);
  }
  if (money.size === 0) return { kind: 'noFigures', header: cellRef(header, 1) };
  const top = topWords(grid, header);
  // "Đơn vị tính: đồng" (the forms' own), "ĐVT: triệu đồng" where a statement is typed again
  const scale = scaleOfText(top) ?? 'dong';
  const rows: StatementRow[] = [];
  for (let r = under; r <= lastRow(grid); r++) {
    const row = readRow(grid, r, keys, money, scale);
    if (row === null) continue;
    if ('kind' in row) return row;
    rows.push(row);
  }
  return { unitCode: unitCodeOf(grid, header), periodWords: top, scale, rows };
}

function findHeader(grid: SheetGrid): number | null {
  for (let r = 1; r <= HEADER_WITHIN; r++) {
    const words = grid.row(r).map((c) => fold(c.value));
    if (words.some((w) => KEY_WORDS[3]![1].test(w)) && words.some((w) => KEY_WORDS[0]![1].test(w) || KEY_WORDS[1]![1].test(w))) return r;
  }
  return null;
}

function readRow(grid: SheetGrid, r: number, keys: Map<KeyColumn, number>, money: Map<number, MoneyMeasure>, scale: Scale): StatementRow | StatementProblem | null {
  const code = (k: keyof TreasuryCodes) => (keys.has(k) ? grid.text(r, keys.get(k)!).replace(/\s+/g, '') : '');
  const codes: TreasuryCodes = { source: code('source'), sector: code('sector'), ndkt: code('ndkt'), program: code('program') };
  // a total, a column-number row ("1", "2", "A"), a blank: no ngành or CTMT-DA code of three or
  // more characters ("070-071", "398", "00000"), as every row of the Treasury's has
  if (codes.sector.length < 3 && codes.program.length < 3) return null;
  const figures: Partial<Record<MoneyMeasure, Dong>> = {};
  for (const [col, measure] of money) {
    const cell = grid.at(r, col);
    if (!cell || cell.value.trim() === '') continue;
    const d = cellDecimal(cell);
    const dong = d && decimalToDong(d, scale);
    if (!dong || !dong.ok) return { kind: 'badFigure', at: cellRef(r, col), text: cell.value };
    figures[measure] = dong.value;
  }
  const content = keys.has('content') ? grid.text(r, keys.get('content')!) : '';
  return { codes, content, figures, at: cellRef(r, 1) };
}

function topWords(grid: SheetGrid, header: number): string {
  const out: string[] = [];
  for (let r = 1; r < header; r++) out.push(...grid.row(r).map((c) => c.value));
  return out.join(' ');
}

/** "Mã ĐVQHNS: 1234567" (or the cell beside the label). */
function unitCodeOf(grid: SheetGrid, header: number): string | null {
  for (let r = 1; r < header; r++) {
    const cells = grid.row(r);
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i]!.value;
      if (!/ma\s*(dvqhns|dvsdns|don vi)/.test(fold(text))) continue;
      const after = text.split(':').slice(1).join(':').trim() || cells[i + 1]?.value.trim() || '';
      const code = /\d{5,}/.exec(after)?.[0];
      if (code) return code;
    }
  }
  return null;
}

function lastRow(grid: SheetGrid): number {
  return grid.sheet.cells.reduce((m, c) => Math.max(m, c.row), 0);
}
