// The rows of a catalogue annex (STT, name) to a tree of lines: totals and notes left out and
// said, each line under the nearest line above it one level up.
import { fold } from '../import/grid';
import { MEMO } from '../import/match';
import { type Label, levelWord, readLabel } from './numbering';
import { depthsOf, resolveLabels } from './outline';

export interface AnnexRow { row: number; stt: string; name: string }
export interface AnnexLine { stt: string; name: string; depth: number; parent: number | null; row: number }
export interface SkippedRow { row: number; text: string; why: 'total' | 'note' }
export interface AnnexTree { lines: AnnexLine[]; skipped: SkippedRow[] }

export type AnnexProblem =
  | { kind: 'unknownNumbering'; row: number; stt: string }
  | { kind: 'noName'; row: number; stt: string }
  /** `above`: the line before it, which it cannot be under */
  | { kind: 'jump'; row: number; stt: string; name: string; above: AnnexRow };

// "Tổng cộng", "TỔNG SỐ", "Cộng", "Cộng dự án 1", "Tổng cộng (I+II)": not "Cộng đồng", "Tổng hợp"
const TOTAL = /^(tong so|tong cong|cong|tong)(\s*$|\s*[:(]|\s+(chung|toan bo|cac|du an|tieu du an|noi dung|hop phan|[ivx]+|\d+)\b)/;
/** "A | B | 1 | 2 | 3=1+2" under the header: the columns' numbers, not a line */
const COLUMN_NUMBER = /^\(?([A-Z]|\d{1,2})\)?$/;

export function isTotal(name: string): boolean {
  return TOTAL.test(fold(name));
}

export function annexTree(rows: readonly AnnexRow[]): { ok: true; tree: AnnexTree } | { ok: false; problem: AnnexProblem } {
  const kept: { row: AnnexRow; label: Label }[] = [];
  const skipped: SkippedRow[] = [];
  for (const row of rows) {
    const { stt, name } = row;
    if (!stt && !name) continue;
    if (COLUMN_NUMBER.test(name) && (!stt || COLUMN_NUMBER.test(stt))) continue;
    if (isTotal(name)) { skipped.push({ row: row.row, text: name, why: 'total' }); continue; }
    const label = stt ? readLabel(stt) : levelWord(name);
    if (stt && !label) return { ok: false, problem: { kind: 'unknownNumbering', row: row.row, stt } };
    if (!label || MEMO.test(fold(name))) { skipped.push({ row: row.row, text: name || stt, why: 'note' }); continue; }
    if (!name) return { ok: false, problem: { kind: 'noName', row: row.row, stt } };
    kept.push({ row, label });
  }
  const depths = depthsOf(resolveLabels(kept.map((k) => k.label)));
  if (!depths.ok) {
    const { row } = kept[depths.at]!;
    return { ok: false, problem: { kind: 'jump', row: row.row, stt: row.stt, name: row.name, above: kept[depths.at - 1]?.row ?? row } };
  }
  return { ok: true, tree: { lines: linked(kept.map((k) => k.row), depths.depths), skipped } };
}

/** Each line's parent: the nearest line above it one level up. */
function linked(rows: readonly AnnexRow[], depths: readonly number[]): AnnexLine[] {
  const path: number[] = [];
  return rows.map(({ row, stt, name }, i) => {
    const depth = depths[i]!;
    path.length = depth;
    path.push(i);
    return { stt, name, depth, parent: depth === 0 ? null : path[depth - 1]!, row };
  });
}
