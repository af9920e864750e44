// Calls that write the book out: today the year's sheet as she sees it, as an .xlsx.
import { settingsOfYear } from '../../../shared/settings';
import type { ParsedInput } from '../../../shared/api';
import { shownRows } from '../../../shared/sheet/fold';
import type { Book } from '../book/book';
import { sheetWorkbook } from '../export/sheet-workbook';
import type { GroupHandlers, ServiceContext } from './handlers';

export function exportCalls(service: ServiceContext): GroupHandlers<'export'> {
  return {
    exportSheet: async (input) => {
      const bytes = await sheetBytes(service, input);
      const project = input.project ? `-${input.project}` : '';
      return { fileName: `so-von-${input.year}${project}.xlsx`, data: bytes.toString('base64') };
    },
  };
}

export async function sheetBytes(service: ServiceContext, input: ParsedInput<'exportSheet'>): Promise<Buffer> {
  const book: Book = service.book;
  const sheet = await service.call('getSheet', { program: input.program, origin: input.origin, year: input.year, project: input.project });
  const origin = book.tables.origins().find((o) => o.id === input.origin)!;
  return sheetWorkbook({
    sheet, rows: shownRows(sheet.rows, new Set(input.collapsed)), scale: input.scale, settings: settingsOfYear(book.tables.settings(), input.year), originLabel: origin.label,
    ...(input.columns && { columns: input.columns }),
    flags: () => service.checks.flags(input.program),
    checkCode: book.checkCode(),
  });
}
