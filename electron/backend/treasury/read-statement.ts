// A Treasury statement file → its rows (shared/treasury/statement.ts), read as the import reads a
// workbook (zip guard, size caps, legacy fonts): this file picks the sheet and says what is wrong.
import { SheetGrid } from '../../../shared/import/grid';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { type Statement, readStatement } from '../../../shared/treasury/statement';
import { readWorkbookBytes } from '../import/read-workbook';
import { UserError } from '../user-error';

export interface StatementFile extends Statement {
  file: string;
  sheet: string;
}

export async function readStatementFile(bytes: Buffer, file: string, sheetName?: string): Promise<StatementFile> {
  const book = await readWorkbookBytes(bytes, file);
  const sheets = book.sheets.filter((s) => (sheetName === undefined ? s.state === 'visible' : s.name === sheetName));
  for (const sheet of sheets) {
    const read = readStatement(new SheetGrid(sheet));
    if ('rows' in read) return { ...read, file, sheet: sheet.name };
    if (read.kind === 'noFigures') throw new UserError(TREASURY_MSG.noFigures(file, sheet.name, read.header));
    if (read.kind === 'badFigure') throw new UserError(TREASURY_MSG.badFigure(file, sheet.name, read.at, read.text));
  }
  throw new UserError(TREASURY_MSG.noHeader(file, sheets.map((s) => s.name)));
}
