// A template as exceljs reads it, and the text of every cell that could hold a placeholder.
import type ExcelJS from 'exceljs';
import { TPL } from '../../../shared/i18n/template';
import type { TemplateCell } from '../../../shared/template/check';
import { hasPlaceholder } from '../../../shared/template/parse';
import { UserError } from '../user-error';
import { lazily } from '../lazy';
import { guardXlsx } from '../import/zip-guard';
import { READ_LIMITS } from '../import/read-workbook';
import { IMPORT_MSG } from '../../../shared/i18n/import';

const exceljs = lazily(() => import('exceljs'));

export async function loadTemplate(bytes: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  // the import's guard first: exceljs would inflate a zip bomb whole before it gave up
  if (bytes.length > READ_LIMITS.fileBytes) throw new UserError(IMPORT_MSG.fileTooBig(fileName, bytes.length, READ_LIMITS.fileBytes));
  if (bytes.subarray(0, 4).toString('latin1') !== 'PK\x03\x04') throw new UserError(TPL.notXlsx(fileName));
  guardXlsx(bytes, fileName, READ_LIMITS.inflatedBytes);
  const { default: Excel } = await exceljs();
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(TPL.notXlsx(fileName));
  }
  return wb;
}

/** The text of a cell typed as text (plain or rich); formulas and numbers hold no placeholder. */
export function cellText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return null;
}

/** Every cell with "{{" in it, sheet by sheet (hidden sheets too: a placeholder there still fills). */
export function templateCells(wb: ExcelJS.Workbook): TemplateCell[] {
  const out: TemplateCell[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const text = cellText(cell);
        if (text !== null && hasPlaceholder(text)) out.push({ sheet: ws.name, address: cell.address, row: r, text });
      });
    });
  });
  return out;
}

/** Shared formulas become ordinary ones (rows will move under them), and cached results go:
 * they would be stale, and a spreadsheet without a result computes the cell when it opens. */
export function plainFormulas(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== 6 /* Formula */) return;
        const v = cell.value as ExcelJS.CellFormulaValue & { shareType?: string };
        if (v.shareType === 'array') return;
        const formula = cell.formula;
        if (formula) cell.value = { formula } as ExcelJS.CellFormulaValue;
      });
    });
  });
}
