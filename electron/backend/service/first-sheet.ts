// The sheet a window asks for first, built from the moment its back end opens the book. A page
// takes a few hundred milliseconds to load, compile its script and ask; on a large book the
// year's sheet takes as long to build, and on a machine of two cores both at once take longer
// still. So the build starts at once and goes a step at a time (sheetInSteps), letting the page's
// files and calls through between steps. The window opens where she left the book (the layout
// the back end keeps, layouts.ts) or at the default view, and both sides work that out with
// shared/sheet/view.ts, so the prepared sheet is the one asked for. It is handed out once, and
// only if the book has not been written since (else it is built afresh).
import type { Sheet } from '../../../shared/sheet/sheet';
import type { Steps } from '../../../shared/steps';
import { packAhead } from '../../../shared/sheet/wire';
import { type SheetView, defaultView, sameView, viewInLayout } from '../../../shared/sheet/view';
import type { Book } from '../book/book';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Runs the steps, a turn of the event loop between two: whatever came in meanwhile (a file, a
 * call) is answered before the next step. */
async function inTurns<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTurn();
  }
}

interface Prepared { book: Book; stamp: string; sheet: Sheet }

export class FirstSheet {
  private pending: Promise<Prepared | null> | null = null;

  /** Starts building the sheet the next window will ask for; a failure only means it is built
   * when asked (and the asking says what is wrong). */
  prepare(book: Book): Promise<unknown> {
    this.pending ??= this.build(book).catch(() => null);
    return this.pending;
  }

  /** The prepared sheet if it is of this book as it is now, and of this view (null: of whichever
   * view it is); waits for one being built (building it twice at once would only slow both).
   * Given out once either way. */
  async take(book: Book, view: SheetView | null): Promise<Sheet | null> {
    if (!this.pending) return null;
    const prepared = await this.pending;
    this.pending = null;
    if (!prepared || prepared.book !== book || (view !== null && !sameView(prepared.sheet, view)) || prepared.stamp !== book.writeStamp()) return null;
    return prepared.sheet;
  }

  forget(): void {
    this.pending = null;
  }

  private async build(book: Book): Promise<Prepared> {
    // whoever asked first is answered before the work starts
    await nextTurn();
    const [{ bookInfo }, { sheetInSteps }] = await Promise.all([import('./book-calls'), import('./sheet-calls')]);
    const info = bookInfo(book);
    const view = defaultView(info, viewInLayout(info.layout));
    const stamp = book.writeStamp();
    await nextTurn();
    const sheet = await inTurns(sheetInSteps(book, view));
    // a write between two steps may have been read in part
    if (book.writeStamp() !== stamp) throw new Error('written while it was read');
    await nextTurn();
    packAhead(sheet);
    return { book, stamp, sheet };
  }
}
