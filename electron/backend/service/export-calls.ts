// Calls that write the book out as .xlsx: the year's sheet as she sees it, and the Treasury's forms.
import { settingsOfYear } from '../../../shared/settings';
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { FORM_EXPORT } from '../../../shared/i18n/export';
import { formWorkbook } from '../export/form-workbook';
import { treasuryForm, treasuryPeriodOf } from '../treasury/form-data';
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
    exportForm: async (input) => {
      const { bytes, fileName } = await formBytes(service, input);
      return { fileName, data: bytes.toString('base64') };
    },
  };
}

/** A Treasury form as Excel: the rows of its print (treasury/form-data.ts), with the unit of its year. */
export async function formBytes(service: ServiceContext, input: ParsedInput<'exportForm'>): Promise<{ bytes: Buffer; fileName: string }> {
  const book: Book = service.book;
  const period = treasuryPeriodOf(input.period);
  const form = treasuryForm(service, input.program, input.form, period);
  const moment = new Date().toISOString();
  const bytes = await formWorkbook({
    form, settings: settingsOfYear(book.tables.settings(), form.year), date: input.date ?? moment.slice(0, 10), checkCode: book.checkCode(),
    stamp: {
      bookPath: book.path, bookTitle: book.tables.settings().title, template: FORM_EXPORT.template(form.code),
      originId: BOOKS_ORIGIN, originLabel: book.tables.origins().find((o) => o.id === BOOKS_ORIGIN)?.label ?? BOOKS_ORIGIN, years: period.label, project: null, moment,
    },
  });
  return { bytes, fileName: `${input.form}-${period.id}.xlsx` };
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
