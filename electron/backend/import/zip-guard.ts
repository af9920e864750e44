// The zip guard of every .xlsx the app opens (a province's annex, a report template): it holds
// an Excel workbook (not a .docx, .ods or .xlsb) and inflates within a limit, checked from the
// zip's own directory before any library inflates it. A 1,5 GB zip bomb given as a template took
// 44 s and 1,7 GB before exceljs gave up. Its sheets are then counted (sheet-size.ts), as
// exceljs would hang on a million rows or a merge over the whole sheet.
import { DOCUMENT_KIND, IMPORT_MSG, SPREADSHEET_FORMAT } from '../../../shared/i18n/import';
import { UserError } from '../user-error';
import { checkInflatedSize, listZip, ZipError, type ZipEntry } from './zip-entries';
import { checkSheetSizes } from './sheet-size';

/** The zip holds an Excel workbook (not a .docx, .ods or .xlsb), inflates within the limit, and no sheet passes SHEET_CAPS. */
export function checkedZip(bytes: Buffer, file: string, inflatedBytes: number): ZipEntry[] {
  const entries = listZip(bytes);
  const has = (name: string) => entries.some((e) => e.name === name);
  if (!has('xl/workbook.xml')) {
    if (has('xl/workbook.bin')) throw new UserError(IMPORT_MSG.unsupportedFormat(file, SPREADSHEET_FORMAT.xlsb));
    if (has('content.xml')) throw new UserError(IMPORT_MSG.unsupportedFormat(file, SPREADSHEET_FORMAT.ods));
    if (has('word/document.xml')) throw new UserError(IMPORT_MSG.otherDocument(file, DOCUMENT_KIND.word));
    if (has('ppt/presentation.xml')) throw new UserError(IMPORT_MSG.otherDocument(file, DOCUMENT_KIND.powerpoint));
    throw new UserError(IMPORT_MSG.otherDocument(file, DOCUMENT_KIND.zip));
  }
  checkInflatedSize(bytes, entries, inflatedBytes);
  checkSheetSizes(bytes, entries, file);
  return entries;
}

export function zipMessage(e: ZipError, file: string, inflatedBytes: number): string {
  if (e.problem === 'truncated') return IMPORT_MSG.truncated(file);
  if (e.problem === 'encrypted') return IMPORT_MSG.passwordProtected(file);
  if (e.problem === 'tooLarge') return IMPORT_MSG.inflatesTooMuch(file, inflatedBytes);
  return IMPORT_MSG.damaged(file);
}

/** Checks an .xlsx's bytes as above, every problem a UserError naming the file. */
export function guardXlsx(bytes: Buffer, file: string, inflatedBytes: number): void {
  try {
    checkedZip(bytes, file, inflatedBytes);
  } catch (e) {
    if (e instanceof ZipError) throw new UserError(zipMessage(e, file, inflatedBytes));
    throw e;
  }
}
