// Danh mục chương trình: the programmes of the book with their trees, a bundled programme added
// (the 2026-2035 one beside 2021-2025's), and her lines retired. Each change is one action.
import type { CatalogLine, CatalogList, ProgramCatalog } from '../../../shared/api';
import type { Catalog, Line } from '../../../shared/catalog';
import { ACTION_LABEL, MSG } from '../../../shared/i18n/vi';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { readCatalogFile } from '../catalog/read-catalog-file';
import { catalogOf, treeOf } from '../book/tree-of-book';
import { rowsUnder } from '../../../shared/sheet/tree';
import { planLines } from '../../../shared/catalog/plan-lines';
import { bookInfo, bundledCatalog } from './book-calls';
import { bundledPrograms } from './new-book-choices';
import type { GroupHandlers, ServiceContext } from './handlers';

export function catalogCalls(service: ServiceContext): GroupHandlers<'catalog'> {
  return {
    listCatalog: () => catalogList(service.book),
    addProgram: ({ id }) => {
      const book = service.book;
      const catalog = bundledCatalog(id);
      if (book.tables.catalogState(catalog.program)) throw new UserError(MSG.programInBook(catalog.program, catalog.name));
      book.edit({ name: 'addProgram', label: ACTION_LABEL.addProgram(catalog.name) }, (e) => e.addCatalog(catalog));
      return bookInfo(book);
    },
    addCatalogLines: async (input) => {
      const book = service.book;
      const catalog = book.tables.catalogs().find((c) => c.program === input.program);
      if (!catalog) throw new UserError(MSG.unknownProgram(input.program));
      const listed = programCatalog(catalog, book.tables.lines(input.program)).lines;
      const under = input.parent ?? catalog.nodes.find((n) => n.parent === null)!.code;
      if (!listed.some((l) => l.code === under)) throw new UserError(MSG.unknownNode(under));
      const annex = await readCatalogFile(Buffer.from(input.data, 'base64'), input.fileName, input.sheet);
      const lines = planLines(annex.lines, under, listed);
      const fresh = lines.filter((l) => !l.existing);
      if (!input.dryRun && fresh.length) {
        book.edit({ name: 'addCatalogLines', label: ACTION_LABEL.addCatalogLines(fresh.length, under) }, (e) => {
          for (const l of fresh) e.addLine({ program: input.program, code: l.code, parent: l.parent, kind: 'content', name: l.name });
        });
      }
      return { sheet: annex.sheet, lines, skipped: annex.skipped, added: input.dryRun ? 0 : fresh.length };
    },
    retireLine: ({ program, code, year: asked }) => {
      const book = service.book;
      const line = book.tables.lines(program).find((l) => l.code === code && l.kind !== 'unit');
      if (!line) throw new UserError(MSG.unknownLine(code));
      const year = asked === undefined ? afterLastFigures(book, program, code) : asked;
      book.edit({ name: 'retireLine', label: ACTION_LABEL.retireLine(line.name, year) }, (e) => e.retireLine(line, year));
      return { line: ownLine(book.tables.lineState(program, code)!) };
    },
  };
}

export function catalogList(book: Book): CatalogList {
  const programs = book.tables.catalogs().map((c) => programCatalog(c, book.tables.lines(c.program)));
  const inBook = new Set(programs.map((p) => p.code));
  return { programs, bundled: bundledPrograms().map((p) => ({ ...p, inBook: inBook.has(p.program) })) };
}

function programCatalog(c: Catalog, lines: readonly Line[]): ProgramCatalog {
  const nodes: CatalogLine[] = c.nodes.map((n) => ({ code: n.code, name: n.name, parent: n.parent, kind: 'node', retired: null }));
  return {
    code: c.program, name: c.name, from: c.period.from, to: c.period.to, basis: c.basis ?? null,
    lines: [...nodes, ...lines.filter((l) => l.kind !== 'unit').map(ownLine)],
  };
}

function ownLine(l: Line): CatalogLine {
  return { code: l.code, name: l.name, parent: l.parent, kind: l.kind === 'work' ? 'work' : 'content', retired: l.retired ?? null };
}

/** The year after the last one the line or a line under it has a figure in, of any origin; a
 * line with none stops at the programme's first year. */
function afterLastFigures(book: Book, program: string, code: string): number {
  const nodes = new Set(rowsUnder(treeOf(book, program), code).map((r) => r.key.node));
  let last: number | null = null;
  for (const c of book.claims.select({ program, anyOrder: true })) {
    if (nodes.has(c.key.node) && (last === null || c.key.period.to > last)) last = c.key.period.to;
  }
  return last === null ? catalogOf(book, program).period.from : last + 1;
}
