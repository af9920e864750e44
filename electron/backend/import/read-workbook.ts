// Step one of the import: the province's file → the plain sheet model (shared/import/sheet-model.ts).
// What the file is comes from its first bytes, never its name: an .xls that is really an .xlsx, or
// an .xlsx that is a renamed text file, is common. Anything that cannot be read ends as a UserError
// in Vietnamese naming the file; a library's own exception never reaches her.
import fs from 'node:fs';
import type { Workbook } from '../../../shared/import/sheet-model';
import { IMPORT_MSG } from '../../../shared/i18n/import';
import { UserError } from '../user-error';
import { readXls } from './read-xls';
import { readXlsx } from './read-xlsx';
import { ZipError } from './zip-entries';
import { checkedZip, zipMessage } from './zip-guard';

export interface ReadLimits {
  /** a province annex is a few hundred kB; 50 MB is a whole database dumped to Excel */
  fileBytes: number;
  /** what the parts of an .xlsx may inflate to together */
  inflatedBytes: number;
  /** non-empty cells over all sheets */
  cells: number;
}

export const READ_LIMITS: ReadLimits = { fileBytes: 50 * 1024 * 1024, inflatedBytes: 400 * 1024 * 1024, cells: 200_000 };

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads the workbook at `file`: a path she chose, already through book-path.ts (`checkedPath` in
 * the service, `resolveFromCwd` in the CLI) like every path; messages quote it as given.
 */
export async function readWorkbook(file: string, limits: ReadLimits = READ_LIMITS): Promise<Workbook> {
  return readWorkbookBytes(readBytes(file, limits), file, limits);
}

/** The same for bytes already in hand (a file dropped on the browser-mode window). */
export async function readWorkbookBytes(bytes: Buffer, file: string, limits: ReadLimits = READ_LIMITS): Promise<Workbook> {
  if (bytes.length === 0) throw new UserError(IMPORT_MSG.emptyFile(file));
  if (bytes.length > limits.fileBytes) throw new UserError(IMPORT_MSG.fileTooBig(file, bytes.length, limits.fileBytes));
  const book = await parse(bytes, file, limits);
  if (!book.sheets.some((s) => s.cells.length > 0)) throw new UserError(IMPORT_MSG.noData(file));
  return book;
}

/** The file's bytes, checked as a workbook's must be (there, a file, not too big): the import
 * keeps them in the book beside what it read from them. */
export function readBytes(file: string, limits: ReadLimits = READ_LIMITS): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UserError(IMPORT_MSG.notFound(file));
  }
  if (stat.isDirectory()) throw new UserError(IMPORT_MSG.isFolder(file));
  if (!stat.isFile()) throw new UserError(IMPORT_MSG.notExcel(file)); // a device or a pipe: never read it
  if (stat.size > limits.fileBytes) throw new UserError(IMPORT_MSG.fileTooBig(file, stat.size, limits.fileBytes));
  try {
    return fs.readFileSync(file);
  } catch {
    throw new UserError(IMPORT_MSG.cannotRead(file));
  }
}

async function parse(bytes: Buffer, file: string, limits: ReadLimits): Promise<Workbook> {
  try {
    if (startsWith(bytes, ZIP)) return await readXlsx(bytes, checkedZip(bytes, file, limits.inflatedBytes), file, limits.cells);
    if (startsWith(bytes, OLE)) return await readXls(bytes, file, limits.cells);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof ZipError) throw new UserError(zipMessage(e, file, limits.inflatedBytes));
    // exceljs and SheetJS say "End of data reached", "Unsupported file" and the like, in English.
    throw new UserError(IMPORT_MSG.damaged(file));
  }
  throw new UserError(notASpreadsheet(bytes, file));
}

/** Government systems often save an HTML table or an Excel 2003 XML file under the name .xls. */
function notASpreadsheet(bytes: Buffer, file: string): string {
  const head = bytes.subarray(0, 4096).toString('latin1').toLowerCase();
  if (/^[\s\ufeff\u00ef\u00bb\u00bf]*</.test(head) && /<html|<table|urn:schemas-microsoft-com:office:spreadsheet/.test(head)) {
    return IMPORT_MSG.webPageAsXls(file);
  }
  return IMPORT_MSG.notExcel(file);
}

function startsWith(bytes: Buffer, magic: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}
