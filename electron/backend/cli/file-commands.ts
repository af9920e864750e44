// `sovon claims import|export`, `sovon import` and `sovon export`: the commands that read or
// write a file beside the book (claims as JSON, a province annex, the sheet as .xlsx).
import { explainText } from './import-explain';
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { parseStrictJson } from '../../../shared/strict-json';
import { resolveFromCwd } from '../book/book-path';
import { UserError } from '../user-error';
import { importClaims, exportClaims } from '../claims-io';
import { checkOutput, writeFileSafely } from '../export/write-file';
import { commitImport, sameChoiceOf } from '../import/commit-import';
import { previewImport } from '../import/import-file';
import { ImportQuestionError } from '../import/import-question';
import type { ImportQuestion } from '../../../shared/import/question';
import { sheetBytes } from '../service/export-calls';
import { readTextFile } from '../text-file';
import { defaultProgram, need, withBook, yearArg } from './book-args';
import { capitalArg, importJson, importText, scaleArg, sourceArg } from './import-output';
import type { CliIo, CliOptions } from './cli-io';
import { exportTemplateCommand } from './template-commands';
import { CLI } from '../../../shared/i18n/cli';

export async function claimsCommand([verb, file, json]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (verb === 'import') {
    const content = readJsonFile(need(json, 'FILE.json'));
    return withBook(file, async (service) => {
      const summary = importClaims(service.book, content, { allowNegative: o['allow-negative'] ?? false, file: need(json, 'FILE.json').split(/[\\/]/).pop() });
      io.out(CLI.claimsImported(summary.claims, summary.lines, summary.origins));
      return 0;
    });
  }
  if (verb === 'export') {
    return withBook(file, async (service) => {
      io.out(JSON.stringify(exportClaims(service.book, o.program ?? defaultProgram(service), o.origin), null, 2));
      return 0;
    }, 'read');
  }
  throw new UserError(CLI.claimsUsage);
}

export async function importCommand(args: string[], o: CliOptions, io: CliIo): Promise<number> {
  try {
    return await importWorkbook(args, o, io);
  } catch (e) {
    // a script asked with --json gets the question as data (what is asked, the option answering it)
    if (!(o.json && e instanceof ImportQuestionError)) throw e;
    io.out(JSON.stringify({ ...e.ask(), message: e.message, option: QUESTION_OPTION[e.question.ask] }, null, 2));
    throw e;
  }
}

/** The option of `sovon import` that answers each question. */
const QUESTION_OPTION: Record<ImportQuestion['ask'], string> = { unit: '--unit', sheet: '--sheet', year: '--year', scale: '--scale' };

async function importWorkbook([file, workbook]: string[], o: CliOptions, io: CliIo): Promise<number> {
  return withBook(file, async (service) => {
    const { preview, bytes } = await previewImport(service.book, resolveFromCwd(need(workbook, 'FILE.xlsx')), {
      program: o.program ?? defaultProgram(service), programNamed: o.program !== undefined,
      ...(o.sheet && { sheet: o.sheet }), ...(o.unit && { unit: o.unit }), ...(o.year && { year: yearArg(o.year) }),
      ...(o.capital && { capital: capitalArg(o.capital) }), ...(o.source && { source: sourceArg(o.source) }), ...(o.scale && { scale: scaleArg(o.scale) }),
    });
    if (o.explain && !o.json) io.out(explainText(preview.sheet, preview.plan.reading));
    const committed = o['dry-run'] ? null : commitImport(service.book, preview, bytes, o['to-books'] ?? false, o.yes ?? false, sameChoiceOf(o.replace, o['keep-both']));
    io.out(o.json ? JSON.stringify(importJson(preview, committed), null, 2) : importText(preview, committed, o.program ?? defaultProgram(service)));
    return 0;
  }, o['dry-run'] ? 'read' : 'write');
}

export async function exportCommand([file]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (o.template) return exportTemplateCommand(file, o, io);
  return withBook(file, async (service) => {
    const out = resolveFromCwd(need(o.out, '--out FILE.xlsx'));
    checkOutput(out, { replace: o.force === true }); // before the sheet is built
    const bytes = await sheetBytes(service, {
      program: o.program ?? defaultProgram(service), origin: o.origin ?? BOOKS_ORIGIN, year: yearArg(o.year),
      project: o.project ?? null, scale: o.scale ? scaleArg(o.scale) : 'trieu', collapsed: [],
    });
    writeFileSafely(out, bytes, { replace: o.force === true });
    io.out(CLI.exported(out));
    return 0;
  }, 'read');
}

/** A claims file: UTF-8 (with or without BOM) or UTF-16, strict JSON (no key twice). */
function readJsonFile(file: string): unknown {
  const parsed = parseStrictJson(readTextFile(file));
  if (!parsed.ok) throw new UserError(CLI.badJsonFile(file, parsed.reason));
  return parsed.value;
}
