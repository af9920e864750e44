// `sovon print BOOK --sheet doi-chieu|kiem-tra|bang --year 2023 [--project DA3] [--unit dong|trieu]
// [--date 2026-01-05] --out FILE.pdf`, and the Treasury's forms `--sheet 01a-sdkp|02a-sdkp|04-sdkp
// --period 2024-Q4`: the same sheet as Tệp > In…, rendered headlessly, for
// batch printing.
import { printRequest } from '../../../shared/print/request';
import { PRINT_SCALES } from '../../../shared/print/format';
import { PRINT_SHEETS, isTreasuryForm } from '../../../shared/print/sheets';
import { resolveFromCwd } from '../book/book-path';
import { UserError } from '../user-error';
import { Book } from '../book/book';
import { checkOutput, writeFileSafely } from '../export/write-file';
import { htmlToPdf } from '../print/pdf';
import { printSheet } from '../service/print-calls';
import { formBytes } from '../service/export-calls';
import { treasuryPeriodOf } from '../treasury/form-data';
import type { TreasuryPeriod } from '../../../shared/treasury/period';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { Service } from '../service/service';
import type { CliIo, CliOptions } from './cli-io';
import { CLI } from '../../../shared/i18n/cli';

export async function printCommand([file]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (!file) throw new UserError(CLI.missing('BOOK'));
  if (!o.out) throw new UserError(CLI.missing('--out FILE.pdf'));
  const sheet = oneOf(o.sheet, PRINT_SHEETS, '--sheet');
  const scale = o.unit === undefined ? (isTreasuryForm(sheet) ? 'dong' : 'trieu') : oneOf(o.unit, PRINT_SCALES, '--unit');
  // a Treasury form names its period (or a year), and its year is the period's
  const period = isTreasuryForm(sheet) ? formPeriod(sheet, o) : null;
  const out = resolveFromCwd(o.out);
  checkOutput(out, { replace: o.force === true }); // before the sheet is rendered
  // printing only reads: it works while the app has the book open to write
  const service = new Service(Book.open(resolveFromCwd(file), { readonly: true }));
  try {
    const program = o.program ?? service.book.tables.catalogs()[0]?.program;
    if (!program) throw new UserError(CLI.noProgram);
    const input = printRequest.safeParse({
      program, sheet, scale, year: period?.year ?? Number(o.year), project: o.project ?? null,
      ...(period && { period: period.id }),
      ...(o.origin && { origin: o.origin }), ...(o.date && { date: o.date }),
      // Bảng đối chiếu: --origins books,report-II and --measures allocated,disbursed
      ...(o.origins && { origins: o.origins.split(',').map((s) => s.trim()).filter(Boolean) }),
      ...(o.measures && { measures: o.measures.split(',').map((s) => s.trim()).filter(Boolean) }),
    });
    if (!input.success) throw new UserError(CLI.badPrintArgs(input.error.issues[0]?.path.join('.')));
    if (isTreasuryForm(sheet) && period && /\.xlsx$/i.test(out)) {
      const { bytes } = await formBytes(service, { program, form: sheet, period: period.id, ...(o.date && { date: o.date }) });
      writeFileSafely(out, bytes, { replace: o.force === true });
      io.out(CLI.exported(out));
      return 0;
    }
    const printed = await printSheet(service, input.data);
    writeFileSafely(out, await htmlToPdf(printed.html), { replace: o.force === true });
    io.out(CLI.printed(printed.title, out));
    return 0;
  } finally {
    service.close();
  }
}

function formPeriod(sheet: string, o: CliOptions): TreasuryPeriod {
  const text = o.period ?? o.year;
  if (text === undefined) throw new UserError(TREASURY_MSG.needPeriod(sheet));
  return treasuryPeriodOf(text);
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(CLI.oneOf(flag, allowed));
}
