// The import wizard's calls: preview what a province annex would write, then write it. Both read
// the file afresh from the bytes she handed over: the back end keeps no half-done import.
import type { ImportProgress, ImportView, ParsedInput } from '../../../shared/api';
import { catalogOf } from '../book/tree-of-book';
import type { Book } from '../book/book';
import { formatRate } from '../../../shared/rate';
import { commitImport, sameChoiceOf } from '../import/commit-import';
import { IMPORT_STEPS, type ImportPreview, type ImportStep, previewImportBytes } from '../import/import-file';
import { ImportQuestionError } from '../import/import-question';
import { UserError } from '../user-error';
import { bookInfo } from './book-calls';
import { IMPORT_STEP_LABEL } from '../../../shared/i18n/import';
import type { GroupHandlers, ServiceContext } from './handlers';

export function importCalls(service: ServiceContext): GroupHandlers<'import'> {
  // the step of the import under way (one at a time: the wizard is modal), for the progress bar
  let progress: ImportProgress | null = null;
  const track = async <T>(write: boolean, run: (onStep: (s: ImportStep) => void) => Promise<T>): Promise<T> => {
    const steps = IMPORT_STEPS.length + (write ? 1 : 0);
    try {
      return await run((s) => { progress = { step: IMPORT_STEPS.indexOf(s) + 1, steps, label: IMPORT_STEP_LABEL[s] }; });
    } finally {
      progress = null;
    }
  };
  return {
    // a question the file leaves open is an answer here, not a failure: the wizard keeps the file and asks it
    previewImport: (input) => track(false, async (onStep) => {
      try {
        return viewOf(service.book, await preview(service.book, input, onStep), input.program);
      } catch (e) {
        if (e instanceof ImportQuestionError) return e.ask();
        throw e;
      }
    }),
    commitImport: (input) => track(true, async (onStep) => {
      const book = service.book;
      const bytes = Buffer.from(input.data, 'base64');
      const p = await previewImportBytes(book, bytes, input.fileName, optionsOf(input), onStep).catch(inWindowWords);
      progress = { step: IMPORT_STEPS.length + 1, steps: IMPORT_STEPS.length + 1, label: IMPORT_STEP_LABEL.write };
      await new Promise((resolve) => setImmediate(resolve));
      const { claims, toBooks, origin } = commitImport(book, p, bytes, input.toBooks ?? false, input.doubtsSeen ?? false, sameChoiceOf(input.replace, input.keepBothAs, 'window'), 'window');
      return { claims, toBooks, origin: origin.id, program: p.program, info: bookInfo(book) };
    }),
    importProgress: () => progress,
  };
}

/** Written after a preview that asked nothing, a question is unlikely; said as the window says it. */
function inWindowWords(e: unknown): never {
  throw e instanceof ImportQuestionError ? new UserError(e.ask().message) : e;
}

function preview(book: Book, input: ParsedInput<'previewImport'>, onStep: (s: ImportStep) => void): Promise<ImportPreview> {
  return previewImportBytes(book, Buffer.from(input.data, 'base64'), input.fileName, optionsOf(input), onStep);
}

function optionsOf(input: ParsedInput<'previewImport'>) {
  const { program, sheet, unit, year, capital, source, scale, corrections, columns } = input;
  return {
    program, ...(sheet && { sheet }), ...(unit && { unit }), ...(year && { year }), ...(capital && { capital }), ...(source && { source }), ...(scale && { scale }),
    ...(corrections && { corrections }), ...(columns && { columns }),
  };
}

function viewOf(book: Book, p: ImportPreview, asked: string): ImportView {
  const program = p.program;
  const names = new Map([...catalogOf(book, program).nodes, ...book.tables.lines(program), ...p.plan.lines].map((n) => [n.code, n.name]));
  const labels = new Map(p.plan.mappings.map((m) => [m.node, m.label]));
  return {
    file: p.file, sheet: p.sheet, sheets: p.sheets, program, programName: catalogOf(book, program).name, programFromTitle: program !== asked, layout: p.plan.layout, title: p.title.title, year: p.year, capital: p.capital,
    source: p.source, titleSource: p.titleSource,
    scale: p.scale, unit: p.plan.unit, units: p.plan.units, originLabel: p.origin.label, importedAs: p.importedAs?.label ?? null, sameDecision: p.sameDecision?.view ?? null,
    figures: p.plan.figures.map((f) => ({
      node: f.node, name: names.get(f.node) ?? f.node, label: labels.get(f.node) ?? '', cell: f.cell, place: f.place, measure: f.measure, capital: f.capital,
      dong: f.measure === 'rate' ? null : f.value, rate: f.measure === 'rate' ? formatRate(f.value) : null, sure: f.sure, hidden: f.hidden,
    })),
    mappings: p.plan.mappings.map(({ at, label, node, sure, corrected }) => ({ at, label, node, sure, corrected })),
    nodes: [...catalogOf(book, program).nodes, ...book.tables.lines(program).filter((l) => l.kind !== 'unit'), ...p.plan.lines].map((n) => ({ code: n.code, name: n.name })),
    flags: p.flags,
    reading: p.view,
  };
}
