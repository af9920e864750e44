// Printing: the sheets to sign, as HTML documents built by shared/print from the same calls the
// grid and the panel use (getSheet, runChecks), so paper and screen cannot disagree. Electron's
// main process answers printOut itself (system dialog, PDF); here it is unsupported.
import { settingsOfYear } from '../../../shared/settings';
import { BOOKS_ORIGIN, type Origin } from '../../../shared/claim';
import { MSG } from '../../../shared/i18n/vi';
import { gridSheet } from '../../../shared/print/bang';
import { reconcileSheet } from '../../../shared/print/doi-chieu';
import { checksSheet } from '../../../shared/print/kiem-tra';
import type { PrintRequest, PrintedSheet } from '../../../shared/print/request';
import { PRINT_SHEET_LABEL, RECONCILE_MEASURES, isTreasuryForm } from '../../../shared/print/sheets';
import { formSheet } from '../../../shared/print/sdkp';
import type { PageCommon } from '../../../shared/print/page';
import type { FormId } from '../../../shared/treasury/form';
import { treasuryForm, treasuryPeriodOf } from '../treasury/form-data';
import { shownRows } from '../../../shared/sheet/fold';
import { type Tree, projectRowOf } from '../../../shared/sheet/tree';
import { UserError } from '../user-error';
import { catalogOf, treeOf } from '../book/tree-of-book';
import type { GroupHandlers, ServiceContext } from './handlers';

export function printCalls(service: ServiceContext): GroupHandlers<'print'> {
  return {
    printSheet: (input) => printSheet(service, input),
    printOut: () => ({ supported: false, path: null }),
  };
}

export async function printSheet(service: ServiceContext, x: PrintRequest): Promise<PrintedSheet> {
  const book = service.book;
  const tree = treeOf(book, x.program);
  const project = x.project ? projectNamed(tree, x.project) : null;
  const catalog = catalogOf(book, x.program);
  const program = { name: catalog.name, basis: catalog.basis ?? null };
  const common = { settings: settingsOfYear(book.tables.settings(), x.year), program, date: x.date ?? today(), scale: x.scale, year: x.year, project, checkCode: book.checkCode() };
  if (isTreasuryForm(x.sheet)) return formPrint(service, { ...x, sheet: x.sheet }, common);
  const html = x.sheet === 'bang'
    ? gridSheet({ ...common, originLabel: originOf(book.tables.origins(), x.origin).label, rows: await gridRows(service, x), ...(x.columns && { columns: x.columns }), origin: x.origin, flags: service.checks.flags(x.program) })
    : x.sheet === 'doi-chieu'
      ? reconcileSheet({ ...common, ...(await reconcileData(service, x)) })
      : checksSheet({
        ...common, report: await service.call('runChecks', { program: x.program, year: x.year, origin: null }),
        projectOf: (node) => projectOf(tree, node), projects: projects(tree),
        originLabel: (id) => book.tables.origins().find((o) => o.id === id)?.label ?? id,
      });
  const suffix = x.project ? `-${x.project}` : '';
  return { html, title: PRINT_SHEET_LABEL[x.sheet], fileName: `${x.sheet}-${x.year}${suffix}.pdf` };
}

/** A Treasury form of a period: her unit as it was that year, the Treasury's confirmation under it. */
function formPrint(service: ServiceContext, x: PrintRequest & { sheet: FormId }, common: PageCommon & { date: string }): PrintedSheet {
  const period = treasuryPeriodOf(x.period ?? String(x.year));
  const form = treasuryForm(service, x.program, x.sheet, period);
  const settings = settingsOfYear(service.book.tables.settings(), form.year);
  const html = formSheet({ ...common, settings, form, date: common.date });
  return { html, title: PRINT_SHEET_LABEL[x.sheet], fileName: `${x.sheet}-${period.id}.pdf` };
}

async function gridRows(service: ServiceContext, x: PrintRequest) {
  const sheet = await service.call('getSheet', { program: x.program, origin: x.origin, year: x.year, project: x.project });
  return shownRows(sheet.rows, new Set(x.collapsed));
}

/** Her books first (the reference), then every origin with figures for the year, or those she picked. */
async function reconcileData(service: ServiceContext, x: PrintRequest) {
  const book = service.book;
  const all = book.tables.origins();
  const picked = x.origins
    ? x.origins.map((id) => originOf(all, id))
    : all.filter((o) => o.id === BOOKS_ORIGIN || book.claims.select({ program: x.program, origin: o.id, year: x.year }).length > 0);
  const origins = [...picked].sort((a, b) => Number(b.id === BOOKS_ORIGIN) - Number(a.id === BOOKS_ORIGIN));
  const sheets = new Map<string, Awaited<ReturnType<typeof gridRows>>>();
  for (const o of origins) sheets.set(o.id, (await service.call('getSheet', { program: x.program, origin: o.id, year: x.year, project: x.project })).rows);
  const report = await service.call('runChecks', { program: x.program, year: x.year, origin: null });
  const notes = report.flags.filter((f) => f.explained !== null && f.claims[0]!.year === x.year)
    .map((f) => ({ ...f.claims[0]!, note: f.explained! }));
  return {
    origins: origins.map((o) => ({ id: o.id, label: o.label, kind: o.kind, complete: o.complete, scope: o.scope ?? null })),
    measures: x.measures ?? [...RECONCILE_MEASURES], sheets, notes,
  };
}

function originOf(origins: readonly Origin[], id: string): Origin {
  const found = origins.find((o) => o.id === id);
  if (!found) throw new UserError(MSG.unknownOrigin(id));
  return found;
}

function projectOf(tree: Tree, node: string): string | null {
  return projectRowOf((id) => tree.byId.get(id), node)?.key.node ?? null;
}

function projects(tree: Tree): { code: string; name: string }[] {
  return tree.rows.filter((r) => r.kind === 'project').map((r) => ({ code: r.key.node, name: r.label }));
}

function projectNamed(tree: Tree, code: string): { code: string; name: string } {
  const found = projects(tree).find((p) => p.code === code);
  if (!found) throw new UserError(MSG.unknownNode(code));
  return found;
}

/** The signing date: today where she is. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
