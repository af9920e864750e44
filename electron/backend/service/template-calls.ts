// Calls about report templates: list, add (checked: nothing is saved unless every placeholder
// reads), remove, the findings an export covers, and the export itself.
import { settingsOfYear } from '../../../shared/settings';
import type { CallResults, ParsedInput } from '../../../shared/api';
import { report } from '../../../shared/reconcile/report';
import type { Flag } from '../../../shared/reconcile/flag';
import { TPL } from '../../../shared/i18n/template';
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import { checkTemplate, issueText } from '../../../shared/template/check';
import { EngineFigures, TemplateFigures } from '../../../shared/template/figures';
import type { ProgramFigures } from '../../../shared/template/values';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { catalogOf, knownNodes, nodeCodes, rowsUnderNamed, treeOf } from '../book/tree-of-book';
import { SHEET_TEMPLATE, isBundled, listTemplates, newTemplateId, sameNamed, slug, templateBytes } from '../export/template-library';
import type { GroupHandlers, ServiceContext } from './handlers';
import { sheetBytes } from './export-calls';
import { lazily } from '../lazy';

// the xlsx reader and writer only when a template is read or filled, and resolved once
const templateWorkbook = lazily(() => import('../export/template-workbook'));
const templateFill = lazily(() => import('../export/template-fill'));


export function templateCalls(service: ServiceContext): GroupHandlers<'templates'> {
  return {
    listTemplates: () => ({ templates: listTemplates(service.book) }),
    addTemplate: async (input) => addTemplate(service.book, input),
    removeTemplate: ({ id }) => {
      if (isBundled(id)) throw new UserError(TPL.bundledNotRemovable);
      const name = service.book.tables.templateBytes(id)?.name ?? id;
      return { removed: service.book.edit({ name: 'removeTemplate', label: ACTION_LABEL.removeTemplate(name) }, (e) => e.removeTemplate(id)) };
    },
    templateFlags: ({ program, origin, from, to, project }) => {
      const tree = treeOf(service.book, program);
      const inScope = new Set(rowsUnderNamed(tree, project).map((r) => r.key.node));
      // a finding is the report's when one of its claims is a figure the report prints: of the
      // origin exported, in its years, in its project (a report that says otherwise counts too)
      const { flags, groups } = report(service.checks.flags(program), null, origin);
      const byId = new Map(flags.map((f) => [f.id, f]));
      const printed = (c: Flag['claims'][number]) => {
        const [first, last] = c.year !== undefined ? [c.year, c.year] : (c.years ?? [0, 0]);
        return c.origin === origin && last >= from && first <= to && inScope.has(c.node);
      };
      const covered = groups.filter((g) => !g.explained && g.flags.some((id) => byId.get(id)?.claims.some(printed)));
      return { findings: covered.map((g) => ({ id: g.id, severity: g.severity, message: byId.get(g.flags[0]!)?.message ?? '', flags: g.flags.length })) };
    },
    exportTemplate: async (input) => exportTemplate(service, input),
  };
}

async function addTemplate(book: Book, input: ParsedInput<'addTemplate'>): Promise<CallResults['addTemplate']> {
  const bytes = Buffer.from(input.data, 'base64');
  const { loadTemplate, templateCells } = await templateWorkbook();
  const wb = await loadTemplate(bytes, input.fileName);
  // a template is not yet tied to a programme: a code of any of the book's is known
  const vocabulary = vocabularyOf(book);
  const plan = checkTemplate(templateCells(wb), { ...vocabulary, nodes: new Set([...vocabulary.programs.values()].flatMap((n) => [...n])) });
  if (plan.issues.length) return { added: null, issues: [TPL.refused(input.fileName, plan.issues.length), ...plan.issues.map(issueText)] };
  if (input.replace && isBundled(input.replace)) throw new UserError(TPL.bundledNotReplaceable);
  if (input.replace && !book.tables.templateBytes(input.replace)) throw new UserError(TPL.unknownTemplate(input.replace));
  const name = input.name?.trim() || input.fileName.replace(/\.xlsx$/i, '');
  // a second template of a name already in the book: she says whether it replaces the first or
  // takes another name, rather than finding two alike in the list
  const same = input.replace ? null : sameNamed(book, name);
  if (same) return { added: null, issues: [], sameName: same };
  const id = input.replace ?? newTemplateId(book, name);
  book.edit({ name: 'addTemplate', label: ACTION_LABEL.addTemplate(name) }, (e) => e.putTemplate(id, name, bytes));
  return { added: listTemplates(book).find((t) => t.id === id)!, issues: [] };
}

async function exportTemplate(service: ServiceContext, input: ParsedInput<'exportTemplate'>): Promise<{ fileName: string; data: string }> {
  const book = service.book;
  const origin = book.tables.origins().find((o) => o.id === input.origin);
  if (!origin) throw new UserError(TPL.noOrigin(input.origin));
  const period = input.years ?? { from: defaultFrom(book, input.program, input.year), to: input.year };
  const year = input.years && !(input.year >= period.from && input.year <= period.to) ? period.to : input.year;
  const suffix = `${period.from === period.to ? year : `${period.from}-${period.to}`}${input.project ? `-${input.project}` : ''}`;
  if (input.template === SHEET_TEMPLATE) {
    const bytes = await sheetBytes(service, { program: input.program, origin: input.origin, year, project: input.project, scale: 'trieu', collapsed: [] });
    return { fileName: `bang-tinh-${suffix}.xlsx`, data: bytes.toString('base64') };
  }
  const t = input.file
    ? { name: input.file.fileName, bytes: Buffer.from(input.file.data, 'base64') }
    : templateBytes(book, input.template ?? '');
  const bytes = await fillFromBook(service, input, t, { year, period, originLabel: origin.label });
  const base = input.template ?? (slug(input.file?.fileName.replace(/\.xlsx$/i, '') ?? '') || 'bao-cao');
  return { fileName: `${base}-${suffix}.xlsx`, data: bytes.toString('base64') };
}

/** The template filled from the book's figures of the origin, years and project asked. */
async function fillFromBook(
  service: ServiceContext, input: ParsedInput<'exportTemplate'>, t: { name: string; bytes: Buffer },
  when: { year: number; period: { from: number; to: number }; originLabel: string },
): Promise<Buffer> {
  const { year, period } = when;
  const book = service.book;
  // the findings name why a figure breaks its column's formula (a footnote under the table):
  // asked only when one does, as having them builds the programme's engine
  let found: readonly Flag[] | undefined;
  const flags = () => (found ??= service.checks.flags(input.program));
  const { tree, figures } = programFigures(service, input.program);
  const others = new Map<string, ProgramFigures>();
  // another programme a placeholder names (the 2021-2025 money in a 2026 report): read once, when asked
  const programs = (code: string) => {
    if (!book.tables.catalogState(code)) return null;
    if (!others.has(code)) others.set(code, programFigures(service, code));
    return others.get(code)!;
  };

  const { fillTemplate } = await templateFill();
  try {
    return await fillTemplate(t.bytes, t.name, {
      tree, figures, program: input.program, programs, year, period, project: input.project, origin: input.origin, settings: settingsOfYear(book.tables.settings(), year),
      programName: catalogOf(book, input.program).name, today: input.date ?? localDate(), flags,
    }, {
      bookPath: book.path, bookTitle: book.tables.settings().title, template: t.name, originId: input.origin, originLabel: when.originLabel,
      years: TPL.period(period.from, period.to, year), project: input.project,
      moment: new Date().toISOString(), checkCode: book.checkCode(),
    }, { ...vocabularyOf(book), nodes: nodeCodes(tree) });
  } catch (e) {
    // a workbook exceljs cannot write back (a feature it does not know) is said, not crashed on
    if (e instanceof UserError) throw e;
    throw new UserError(TPL.fillFailed(t.name, (e as Error).message));
  }
}

/** The origins and, by programme, the codes a template's placeholders may name. */
function vocabularyOf(book: Book): { origins: ReadonlySet<string>; programs: ReadonlyMap<string, ReadonlySet<string>> } {
  return {
    origins: new Set(book.tables.origins().map((o) => o.id)),
    programs: new Map(book.tables.catalogs().map((c) => [c.program, knownNodes(book, c.program)])),
  };
}

/** A programme's rows and figures: from its engine when the window has built it (its figures are
 * current and already worked out), else read from the book. */
function programFigures(service: ServiceContext, program: string): ProgramFigures {
  const book = service.book;
  const engine = service.checks.built(program);
  const tree = engine?.tree ?? treeOf(book, program);
  const figures = engine ? new EngineFigures(engine)
    : new TemplateFigures(tree, book.tables.origins(), (o, part) => book.claims.select({ program, origin: o, ...(part === 'periods' ? { periods: true } : { year: part }) }));
  return { tree, figures };
}

/** Without a period: from the first year her books have figures for, up to the year chosen. */
function defaultFrom(book: Book, program: string, year: number): number {
  const years = book.claims.years(program).filter((y) => y <= year);
  return years[0] ?? year;
}

function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

