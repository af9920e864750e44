// Copies of a repeating row inserted right under it, with the rest of the workbook kept true:
// rows below move (exceljs moves values, styles and heights), and what exceljs leaves alone is
// moved here: merged ranges, formulas (of every sheet that points at this one), the print area.
import type ExcelJS from 'exceljs';
import { type RowInsertion, copyFormula, shiftFormula, shiftRows } from '../../../shared/template/formula-shift';

/** Inserts `count` rows after `after`; the template row's styles, height and merges are copied
 * onto them, and `fill(copy, k)` writes each copy's values (k from 1). */
export function insertCopies(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: number, count: number): void {
  if (count <= 0) return;
  const ins: RowInsertion = { after, count };
  const merges = takeMerges(ws);
  shiftAllFormulas(wb, ws.name, ins);
  ws.spliceRows(after + 1, 0, ...Array.from({ length: count }, () => []));
  const source = ws.getRow(after);
  for (let k = 1; k <= count; k++) copyRow(ws, source, ws.getRow(after + k), k);
  for (const m of merges) {
    const [r1, r2] = shiftRows(m.top, m.bottom, ins);
    ws.mergeCells(r1, m.left, r2, m.right);
    if (m.top === after && m.bottom === after) for (let k = 1; k <= count; k++) ws.mergeCells(after + k, m.left, after + k, m.right);
  }
  shiftPageSetup(ws, ins);
}

function copyRow(ws: ExcelJS.Worksheet, source: ExcelJS.Row, target: ExcelJS.Row, by: number): void {
  if (source.height) target.height = source.height;
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

function takeMerges(ws: ExcelJS.Worksheet): Box[] {
  const ranges = (ws.model.merges ?? []) as string[];
  const boxes = ranges.map((range) => {
    const [a, b] = range.split(':');
    const p = ws.getCell(a!);
    const q = ws.getCell(b ?? a!);
    return { top: +p.row, left: +p.col, bottom: +q.row, right: +q.col };
  });
  for (const range of ranges) ws.unMergeCells(range);
  return boxes;
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
