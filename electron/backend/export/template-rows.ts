// Copies of a repeating row inserted right under it, with the rest of the workbook kept true:
// rows below move (exceljs moves values, styles and heights), and what exceljs leaves alone is
// moved here: merged ranges, formulas (of every sheet that points at this one), the print area.
import type ExcelJS from 'exceljs';
import { type RowInsertion, copyFormula, shiftFormula, shiftRows } from '../../../shared/template/formula-shift';

/** Inserts `count` rows after `after`; the template row's values, formulas, styles, height and
 * merges are copied onto them (`copy` false: blank rows, for the footnotes under a table). */
export function insertCopies(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: number, count: number, copy = true): void {
  if (count <= 0) return;
  const ins: RowInsertion = { after, count, grow: copy };
  const merges = mergedBoxes(ws);
  // what ends below the repeating row moves or grows: unmerged now, merged again where it goes;
  // what ends above it, or is the row itself, stays as it is
  const moving = merges.filter((m) => m.bottom > after);
  for (const m of moving) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  shiftAllFormulas(wb, ws.name, ins);
  ws.spliceRows(after + 1, 0, ...Array.from({ length: count }, () => []));
  const source = ws.getRow(after);
  // exceljs moves the rows below with their heights but leaves the inserted rows the heights of
  // the rows that stood there (a 5 pt spacer hid a copied row's text): each new row is given
  // the template row's height, or none
  for (let k = 1; k <= count; k++) {
    const row = ws.getRow(after + k);
    row.height = (copy ? source.height : undefined) as number;
    if (copy) copyRow(ws, source, row, k);
  }
  for (const m of moving) {
    const [r1, r2] = shiftRows(m.top, m.bottom, ins);
    ws.mergeCells(r1, m.left, r2, m.right);
  }
  for (const m of merges) {
    if (copy && m.top === after && m.bottom === after) for (let k = 1; k <= count; k++) ws.mergeCells(after + k, m.left, after + k, m.right);
  }
  shiftPageSetup(ws, ins);
}

function copyRow(ws: ExcelJS.Worksheet, source: ExcelJS.Row, target: ExcelJS.Row, by: number): void {
  source.eachCell({ includeEmpty: true }, (cell, col) => {
    const to = target.getCell(col);
    // one style object for all copies: exceljs writes a style once per object it has seen
    to.style = cell.style;
    const v = cell.value;
    if (v && typeof v === 'object' && 'formula' in v && v.formula) to.value = { formula: copyFormula(v.formula, by, ws.name) } as ExcelJS.CellFormulaValue;
    else to.value = v;
  });
}

interface Box { top: number; left: number; bottom: number; right: number }

/** The sheet's merged ranges. exceljs keeps them by master cell (`_merges`, of 4.4); its public
 * way, `ws.model.merges`, builds the model of the whole sheet to give them: a millisecond of a
 * report's few. Should a later exceljs keep them otherwise, the public way is used. */
function mergedBoxes(ws: ExcelJS.Worksheet): Box[] {
  const kept = (ws as unknown as { _merges?: unknown })._merges;
  const boxes = kept && typeof kept === 'object' ? Object.values(kept as Record<string, Partial<Box>>) : null;
  if (boxes && boxes.every((b) => [b.top, b.left, b.bottom, b.right].every(Number.isInteger))) return boxes.map(({ top, left, bottom, right }) => ({ top, left, bottom, right }) as Box);
  return ((ws.model.merges ?? []) as string[]).map((range) => {
    const [a, b] = range.split(':');
    const p = ws.getCell(a!);
    const q = ws.getCell(b ?? a!);
    return { top: +p.row, left: +p.col, bottom: +q.row, right: +q.col };
  });
}

function shiftAllFormulas(wb: ExcelJS.Workbook, sheet: string, ins: RowInsertion): void {
  wb.eachSheet((other) => {
    other.eachRow((row, r) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (!v || typeof v !== 'object' || !('formula' in v) || !v.formula) return;
        const place = { sheet, formulaSheet: other.name, inRepeatRow: other.name === sheet && r === ins.after };
        const next = shiftFormula(v.formula, ins, place);
        if (next !== v.formula) cell.value = { formula: next } as ExcelJS.CellFormulaValue;
      });
    });
  });
}

function shiftPageSetup(ws: ExcelJS.Worksheet, ins: RowInsertion): void {
  const setup = ws.pageSetup as { printArea?: string; printTitlesRow?: string };
  if (setup.printArea) {
    setup.printArea = setup.printArea.split('&&').map((area) => area.replace(/^(\$?[A-Z]+\$?)(\d+):(\$?[A-Z]+\$?)(\d+)$/, (_m, c1, r1, c2, r2) => {
      const [a, b] = shiftRows(+r1, +r2, ins);
      return `${c1}${a}:${c2}${b}`;
    })).join('&&');
  }
  if (setup.printTitlesRow) {
    const [a, b] = setup.printTitlesRow.split(':').map((x) => +x.replace(/\$/g, ''));
    if (a && b) {
      const [n1, n2] = shiftRows(a, b, ins);
      setup.printTitlesRow = `${n1}:${n2}`;
    }
  }
}

/** A block of repeating rows written as `order` says (each entry: which template row, top down):
 * rows are added under the block, then every row of it takes the look, values and formulas of
 * its template row (formulas moved to its place, as a copy's are). */
export function writeBlock(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, rows: readonly number[], order: readonly number[]): void {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  insertCopies(wb, ws, last, order.length - rows.length);
  // the template rows as they stand now (formulas below already moved), before any is written over
  const models = new Map(rows.map((r) => [r, snapshot(ws.getRow(r))]));
  const merges = mergedBoxes(ws).filter((m) => m.top === m.bottom && m.top >= first && m.top <= last);
  order.forEach((from, i) => {
    const target = ws.getRow(first + i);
    const model = models.get(from)!;
    target.height = model.height as number;
    // what the copy under it left in a column this template row has nothing in goes
    target.eachCell({ includeEmpty: true }, (cell, col) => {
      if (!model.cells.has(col)) { cell.value = null; cell.style = {}; }
    });
    for (const [col, cell] of model.cells) {
      const to = target.getCell(col);
      to.style = cell.style;
      const v = cell.value;
      to.value = v && typeof v === 'object' && 'formula' in v && v.formula ? { formula: copyFormula(v.formula, first + i - from, ws.name) } as ExcelJS.CellFormulaValue : v;
    }
    for (const m of merges) {
      if (m.top !== from || first + i === from) continue;
      try { ws.mergeCells(first + i, m.left, first + i, m.right); } catch { /* already merged alike */ }
    }
  });
}

function snapshot(row: ExcelJS.Row): { height: number | undefined; cells: Map<number, { style: Partial<ExcelJS.Style>; value: ExcelJS.CellValue }> } {
  const cells = new Map<number, { style: Partial<ExcelJS.Style>; value: ExcelJS.CellValue }>();
  row.eachCell({ includeEmpty: true }, (cell, col) => { cells.set(col, { style: cell.style, value: cell.value }); });
  return { height: row.height, cells };
}
