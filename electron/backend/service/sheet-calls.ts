// Calls about figures: a year's sheet, and one stated figure written (or cleared) from the grid.
import type { ParsedInput } from '../../../shared/api';
import { type Claim, type ClaimKey, type Origin, datesByKey, latestAsOf, mayBeNegative, yearPeriod } from '../../../shared/claim';
import { completenessOf } from '../../../shared/reconcile/completeness';
import { ACTION_LABEL, CAPITAL_LABEL, MEASURE_LABEL, MSG } from '../../../shared/i18n/vi';
import { parseMoney } from '../../../shared/money';
import { parseRate } from '../../../shared/rate';
import { rowKeyId } from '../../../shared/catalog';
import { type Sheet, type SheetRow, buildSheetInSteps, sheetRowsOf } from '../../../shared/sheet/sheet';
import { type Steps, allSteps } from '../../../shared/steps';
import type { SheetView } from '../../../shared/sheet/view';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { rowsUnderNamed, treeOf } from '../book/tree-of-book';
import { unitLine } from '../claims-io';
import { carriedInSteps } from './carried-sheet';
import { locksReopenedBy, reopen, reopenLabel } from '../treasury/lock-guard';
import type { GroupHandlers, ServiceContext } from './handlers';

export function sheetCalls(service: ServiceContext): GroupHandlers<'sheet'> {
  return {
    getSheet: async (view) => (await service.firstSheet.take(service.book, view)) ?? sheetOf(service.book, view),
    firstSheet: () => service.firstSheet.take(service.book, null),
    setClaim: (input) => {
      const change = setClaim(service.book, input);
      if (change?.newRow) service.checks.forget();
      else if (change) service.checks.claimChanged(input.key.program, change.key, change.after);
      const rows = change && !change.newRow ? editedRows(service, change.key) : null;
      return { changed: change !== null, ...(rows && { rows }) };
    },
    cellHistory: ({ key }) => ({
      entries: service.book.log.claimHistory({ ...key, period: yearPeriod(key.year) }).map(({ action, at, label, asOf, before, after }) => ({
        action, at, label, asOf, before: before && { amount: before.amount, decimals: before.decimals }, after: after && { amount: after.amount, decimals: after.decimals },
      })),
    }),
    setClaims: (input) => {
      const changed = setClaims(service.book, input);
      for (const c of changed) service.checks.claimChanged(input.program, c.key, c.after);
      return { changed: changed.length };
    },
  };
}

/** A year's sheet of one origin, as the grid shows it. */
export function sheetOf(book: Book, view: SheetView): Sheet {
  return allSteps(sheetInSteps(book, view));
}

/** Rows built between two turns of a window's back end (a few milliseconds). */
const ROWS_PER_STEP = 100;

/** The sheet, a page of the book's figures or a hundred rows at a time (first-sheet.ts lets
 * a page's files and calls through between the steps). */
export function* sheetInSteps(book: Book, view: SheetView): Steps<Sheet> {
  const origin = requireOrigin(book, view.origin);
  const claims = yield* book.claims.yearInSteps(view.program, view.origin, view.year);
  yield;
  const tree = treeOf(book, view.program);
  rowsUnderNamed(tree, view.project); // a project the tree does not have is refused
  yield;
  const sheet = yield* buildSheetInSteps({
    tree, claims: latestAsOf(claims), origin: view.origin, completeness: completenessOf(origin), year: view.year, project: view.project, datesByKey: datesByKey(claims),
  }, ROWS_PER_STEP);
  const carried = yield* carriedInSteps(book, view, origin, ROWS_PER_STEP);
  return carried.length ? { ...sheet, rows: [...sheet.rows, ...carried] } : sheet;
}

/** A block of cells as one action: every text is read first, so one wrong cell writes none. */
function setClaims(book: Book, input: ParsedInput<'setClaims'>): { key: ClaimKey; after: Claim | null }[] {
  requireOrigin(book, input.origin);
  const tree = treeOf(book, input.program);
  const writes = input.cells.map((cell) => {
    const row = tree.byId.get(rowKeyId({ node: cell.node, unit: cell.unit }));
    if (!row) throw new UserError(MSG.unknownNode(rowKeyId({ node: cell.node, unit: cell.unit })));
    const key: ClaimKey = { program: input.program, origin: input.origin, period: yearPeriod(input.year), node: cell.node, unit: cell.unit, capital: cell.capital, source: null, measure: cell.measure };
    try {
      return { key, next: cell.text === null || cell.text.trim() === '' ? null : toClaim(key, cell.text, input.scale, input.confirmNegative ?? false) };
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      throw new UserError(MSG.cellRefused(row.code || cell.node, `${MEASURE_LABEL[cell.measure]} ${CAPITAL_LABEL[cell.capital ?? 'ALL']}`, e.message), e.code);
    }
  });
  const locks = locksReopenedBy(book, writes.map(({ key }) => ({ key, asOf: book.claims.find(key)?.asOf ?? null })), input.reopenLocked ?? false);
  const label = ACTION_LABEL.setClaims(input.what, writes.length) + reopenLabel(locks);
  return book.edit({ name: 'setClaims', label }, (e) => {
    reopen(e, locks, label);
    return writes.flatMap(({ key, next }) => {
      const before = book.claims.find(key);
      if (before === null && next === null) return [];
      const after = next && asSeen(next, before);
      if (after) e.putClaim(after);
      else e.clearClaim(key);
      return [{ key, after }];
    });
  });
}

/** Writes the claim as one action (undoable); returns what changed, or null when nothing did. */
function setClaim(book: Book, { key: cell, text, scale, confirmNegative, reopenLocked }: ParsedInput<'setClaim'>): { key: ClaimKey; after: Claim | null; newRow: boolean } | null {
  requireOrigin(book, cell.origin);
  const tree = treeOf(book, cell.program);
  const rowId = rowKeyId({ node: cell.node, unit: cell.unit });
  const key: ClaimKey = { ...cell, period: yearPeriod(cell.year) };
  const next = text === null || text.trim() === '' ? null : toClaim(key, text, scale, confirmNegative ?? false);
  // a figure for an implementing unit not yet under its node makes it a row there, as on import
  const node = tree.byId.get(cell.node);
  const newRow = !tree.byId.has(rowId) && cell.unit !== null && next !== null && node !== undefined && node.kind !== 'unit';
  if (!tree.byId.has(rowId) && !newRow) throw new UserError(MSG.unknownNode(rowId));
  const rowLabel = tree.byId.get(rowId)?.label ?? (cell.unit ? `${node?.label ?? cell.node} — ${cell.unit}` : cell.node);
  const locks = locksReopenedBy(book, [{ key, asOf: book.claims.find(key)?.asOf ?? null }], reopenLocked ?? false);
  const header = { name: 'setClaim', label: ACTION_LABEL.setClaim(cell.measure, rowLabel, cell.capital, cell.year) + reopenLabel(locks) } as const;
  return book.edit(header, (e) => {
    reopen(e, locks, header.label);
    if (newRow) e.addLine(unitLine(cell.program, cell.node, cell.unit!));
    const before = book.claims.find(key);
    if (before === null && next === null) return null;
    const after = next && asSeen(next, before);
    if (after) e.putClaim(after);
    else e.clearClaim(key);
    return { key, after, newRow };
  });
}

/** She types over the figure she sees: the latest one, "đến 31/12/2024" when it is dated. Written
 * undated, it would hide behind that date and the cell would not change. */
function asSeen(next: Claim, before: Claim | null): Claim {
  return before?.asOf ? { ...next, asOf: before.asOf } : next;
}

/** The edited row and its ancestors as the grid shows them, drawn from the window's engine (up to
 * date with the edit): the grid redraws these instead of asking for the whole year again. Null
 * when the engine is not built (a command line): the caller reloads. */
function editedRows(service: ServiceContext, key: ClaimKey): SheetRow[] | null {
  const engine = service.checks.built(key.program);
  if (!engine) return null;
  const tree = engine.tree;
  const ids: string[] = [];
  for (let id: string | null = rowKeyId(key); id !== null; id = tree.byId.get(id)?.parentId ?? null) ids.push(id);
  const rows = sheetRowsOf(tree, engine.evaluatorOf(key.origin, key.period.from), ids, new Map());
  // a figure stated to several dates names them (rare): those rows are read with their dates
  const dated = rows.some((r) => Object.values(r.cells).some((c) => c?.asOf));
  if (!dated) return rows;
  const claims = service.book.claims.select({ program: key.program, origin: key.origin, year: key.period.from }).filter((c) => ids.includes(rowKeyId(c.key)));
  return sheetRowsOf(tree, engine.evaluatorOf(key.origin, key.period.from), ids, datesByKey(claims));
}

function toClaim(key: ClaimKey, text: string, scale: ParsedInput<'setClaim'>['scale'], confirmNegative: boolean): Claim {
  if (key.measure === 'rate') {
    const rate = parseRate(text);
    if (!rate.ok) throw new UserError(MSG.badValue(text, rate.reason));
    return { key: { ...key, measure: 'rate' }, value: rate.value, asOf: null, note: null };
  }
  const money = parseMoney(text, scale);
  if (!money.ok) throw new UserError(MSG.badValue(text, money.reason));
  if (money.value < 0 && !mayBeNegative(key.measure) && !confirmNegative) {
    throw new UserError(MSG.negativeNeedsConfirm(MEASURE_LABEL[key.measure]), 'confirmNegative');
  }
  return { key: { ...key, measure: key.measure }, value: money.value, asOf: null, note: null };
}

function requireOrigin(book: Book, origin: string): Origin {
  const found = book.tables.origins().find((o) => o.id === origin);
  if (!found) throw new UserError(MSG.unknownOrigin(origin));
  return found;
}
