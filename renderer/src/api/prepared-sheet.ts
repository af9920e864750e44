// The sheet the back end built for a window's first look (first-sheet.ts) arrives before the
// window knows which view it opens at (opening.ts): kept only if it is of that view.
import type { Sheet } from '../../../shared/sheet/sheet';
import { type SheetView, sameView } from '../../../shared/sheet/view';

/** The view's sheet: the one the back end built if it is of this view, else asked for (also when
 * the early ask failed: the asking then says what is wrong). */
export function sheetOfView(view: SheetView, prepared: Promise<Sheet | null>, ask: (view: SheetView) => Promise<Sheet>): Promise<Sheet> {
  return prepared.then((s) => (s && sameView(s, view) ? s : ask(view)), () => ask(view));
}
