// The sheet a window asks for first, worked out while its page is still loading. A page takes
// a few hundred milliseconds to compile its script and ask; on a large book the year's sheet
// takes as long to build, and the back end sat idle meanwhile. The window opens where she left
// the book (the layout the back end keeps, layouts.ts) or at the default view, and both sides
// work that out with shared/sheet/view.ts, so the prepared sheet is the one asked for. It is
// handed out once, and only if the book has not been written since (else it is built afresh).
import type { Sheet } from '../../../shared/sheet/sheet';
import { type SheetView, defaultView, viewInLayout } from '../../../shared/sheet/view';
import type { Book } from '../book/store';

interface Prepared { book: Book; view: string; stamp: string; sheet: Sheet }

const viewKey = (v: SheetView) => JSON.stringify([v.program, v.origin, v.year, v.project]);

export class FirstSheet {
  private pending: Promise<Prepared | null> | null = null;

  /** Starts building the sheet the next window will ask for; a failure only means it is built
   * when asked (and the asking says what is wrong). */
  prepare(book: Book): Promise<unknown> {
    this.pending ??= this.build(book).catch(() => null);
    return this.pending;
  }

  /** The prepared sheet if it is this view's of this book as it is now; waits for one being built
   * (building it twice at once would only slow both). Given out once either way. */
  async take(book: Book, view: SheetView): Promise<Sheet | null> {
    if (!this.pending) return null;
    const prepared = await this.pending;
    this.pending = null;
    if (!prepared || prepared.book !== book || prepared.view !== viewKey(view) || prepared.stamp !== book.writeStamp()) return null;
    return prepared.sheet;
  }

  forget(): void {
    this.pending = null;
  }

  private async build(book: Book): Promise<Prepared> {
    // yield first: whoever asked (the page's script just sent) is answered before the work starts
    await new Promise((resolve) => setImmediate(resolve));
    const [{ bookInfo }, { sheetOf }] = await Promise.all([import('./book-calls'), import('./sheet-calls')]);
    const info = bookInfo(book);
    const view = defaultView(info, viewInLayout(info.layout));
    const stamp = book.writeStamp();
    return { book, view: viewKey(view), stamp, sheet: sheetOf(book, view) };
  }
}
