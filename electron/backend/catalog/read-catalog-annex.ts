// A province's decision annex → the lines of the catalogue she completes (issue 31): the
// merged 2026-2035 programme's projects, sub-projects and contents are in no public source. The
// workbook is read as the import reads it (zip guard, legacy fonts converted); this file only
// picks the sheet and turns what the shared steps find wrong into her message.
import { type AnnexProblem, type AnnexRow, type AnnexTree, annexTree } from '../../../shared/catalog/annex-lines';
import { type AnnexColumns, HEADER_WITHIN_ROWS, findAnnexHeader } from '../../../shared/catalog/annex-header';
import { CATALOG_MSG } from '../../../shared/i18n/catalog';
import { SheetGrid } from '../../../shared/import/grid';
import { caption } from '../../../shared/import/locate';
import { type Sheet, cellRef } from '../../../shared/import/sheet-model';
import { readWorkbookBytes } from '../import/read-workbook';
import { UserError } from '../user-error';

export interface CatalogAnnex extends AnnexTree {
  sheet: string;
}

/** Reads the named sheet, or the first visible sheet with an STT and a name column. */
export async function readCatalogAnnex(bytes: Buffer, file: string, sheetName?: string): Promise<CatalogAnnex> {
  const book = await readWorkbookBytes(bytes, file);
  const names = book.sheets.map((s) => s.name);
  const candidates = sheetName === undefined ? book.sheets.filter((s) => s.state === 'visible') : book.sheets.filter((s) => s.name === sheetName);
  if (sheetName !== undefined && candidates.length === 0) throw new UserError(CATALOG_MSG.noSheet(file, sheetName, names));
  if (sheetName !== undefined && candidates[0]!.cells.length === 0) throw new UserError(CATALOG_MSG.emptySheet(file, sheetName));
  for (const sheet of candidates) {
    const grid = new SheetGrid(sheet);
    const columns = findAnnexHeader(grid);
    if (columns) return { sheet: sheet.name, ...tree(file, sheet, grid, columns) };
  }
  throw new UserError(CATALOG_MSG.noHeader(file, candidates.map((s) => s.name), HEADER_WITHIN_ROWS));
}

function tree(file: string, sheet: Sheet, grid: SheetGrid, columns: AnnexColumns): AnnexTree {
  const read = annexTree(rowsOf(grid, columns));
  if (!read.ok) throw new UserError(message(file, sheet.name, columns, read.problem));
  if (read.tree.lines.length === 0) throw new UserError(CATALOG_MSG.emptyTable(file, sheet.name, cellRef(columns.headerRow, columns.sttCol)));
  return read.tree;
}

function rowsOf(grid: SheetGrid, { firstRow, sttCol, nameCol, nameEnd }: AnnexColumns): AnnexRow[] {
  const rows: AnnexRow[] = [];
  for (let row = firstRow; row <= grid.sheet.rowCount; row++) {
    const name = caption(grid, { labelCol: nameCol, labelEnd: nameEnd }, row);
    // "Dự án 1: …" merged over the STT and name cells is a name, not a numbering
    const merged = grid.at(row, sttCol) !== undefined && grid.at(row, sttCol) === grid.at(row, nameCol);
    rows.push({ row, stt: merged ? '' : grid.text(row, sttCol), name });
  }
  return rows;
}

function message(file: string, sheet: string, columns: AnnexColumns, p: AnnexProblem): string {
  const stt = (row: number) => cellRef(row, columns.sttCol);
  switch (p.kind) {
    case 'unknownNumbering': return CATALOG_MSG.unknownNumbering(file, sheet, stt(p.row), p.stt);
    case 'noName': return CATALOG_MSG.noName(file, sheet, cellRef(p.row, columns.nameCol), p.stt);
    case 'jump': {
      const cell = p.stt ? stt(p.row) : cellRef(p.row, columns.nameCol);
      return CATALOG_MSG.jump(file, sheet, cell, p.stt || p.name, stt(p.above.row), p.above.stt || p.above.name);
    }
  }
}
