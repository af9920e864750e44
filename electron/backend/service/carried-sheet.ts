// The carried block of a year's sheet (shared/sheet/carried.ts): for every earlier programme of
// the book whose period has ended before the year, its lines with money in the year or carried out
// of the year before, drawn from its own tree and figures (a check never mixes programmes).
import { latestAsOf, type Origin } from '../../../shared/claim';
import { cellNo } from '../../../shared/figures/cell-no';
import { FigureEvaluator } from '../../../shared/figures/evaluator';
import { completenessOf } from '../../../shared/reconcile/completeness';
import { carriedRows } from '../../../shared/sheet/carried';
import { type SheetRow, buildSheetInSteps } from '../../../shared/sheet/sheet';
import type { SheetView } from '../../../shared/sheet/view';
import type { Steps } from '../../../shared/steps';
import { SHEET_MSG } from '../../../shared/i18n/vi';
import type { Book } from '../book/book';
import { treeOf } from '../book/tree-of-book';

export function* carriedInSteps(book: Book, view: SheetView, origin: Origin, rowsPerStep: number): Steps<SheetRow[]> {
  // a project filter names one programme's project: the block would have nothing of it
  if (view.project !== null) return [];
  const out: SheetRow[] = [];
  for (const earlier of book.tables.catalogs()) {
    if (earlier.program === view.program || earlier.period.to >= view.year) continue;
    const tree = treeOf(book, earlier.program);
    const completeness = completenessOf(origin);
    const claims = latestAsOf(yield* book.claims.yearInSteps(earlier.program, view.origin, view.year));
    const before = new FigureEvaluator(tree, completeness, latestAsOf(book.claims.select({ program: earlier.program, origin: view.origin, year: view.year - 1 })));
    const carriedOut = new Set(tree.rows.filter((_, i) => (before.moneyAt(cellNo(i, null, null, 'carry_out')) ?? 0) !== 0).map((r) => r.id));
    if (claims.length === 0 && carriedOut.size === 0) continue;
    const sheet = yield* buildSheetInSteps({ tree, claims, origin: view.origin, completeness, year: view.year, project: null }, rowsPerStep);
    out.push(...carriedRows(sheet.rows, earlier.program, carriedOut, SHEET_MSG.carriedBlock(earlier.name, view.year)));
  }
  return out;
}
