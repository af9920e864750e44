// The sheet a window asks for first, worked out while its page is still loading. A page takes
// a few hundred milliseconds to compile its script and ask; on a large book the year's sheet
// takes as long to build, and the back end sat idle meanwhile. The window opens where she left
// the book (the layout the back end keeps, layouts.ts) or at the default view, and both sides
// work that out with shared/sheet/view.ts, so the prepared sheet is the one asked for. It is
// handed out once, and only if the book has not been written since (else it is built afresh).
import type { Sheet } from '../../../shared/sheet/sheet';
import { type SheetView, defaultView, viewInLayout } from '../../../shared/sheet/view';
import type { Book } from '../book/store';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

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
    // whoever asked first (the page's script just sent) is answered before the work starts
    await nextTurn();
    const [{ bookInfo }, { sheetInputs, sheetFrom }] = await Promise.all([import('./book-calls'), import('./sheet-calls')]);
    const info = bookInfo(book);
    const view = defaultView(info, viewInLayout(info.layout));
    const stamp = book.writeStamp();
    // and between its steps: a page's files asked for meanwhile go out without waiting for it
    await nextTurn();
    const inputs = sheetInputs(book, view);
    await nextTurn();
    if (book.writeStamp() !== stamp) throw new Error('written while it was read');
    return { book, view: viewKey(view), stamp, sheet: sheetFrom(inputs) };
  }
}

/** How long a window's back end, just started, waits for its page before it builds the first
 * sheet anyway. */
const UNASKED_MS = 300;

/** The page files of a service's window: once they are sent, or if none is asked for a while,
 * its first sheet is prepared (browser mode's server and Electron's app protocol alike). */
export function pageFilesOf(service: { readonly hasBook: boolean; readonly book: Book; readonly firstSheet: FirstSheet }): PageFiles {
  const files = new PageFiles(() => { if (service.hasBook) void service.firstSheet.prepare(service.book); });
  files.orAfter(UNASKED_MS);
  return files;
}

/** Says when a page has all its files: once every file asked for has been sent and a script was
 * among them. Preparing earlier would hold up the page's style sheet, and a page runs its script
 * only once its style sheet is in, so the page would ask later, not sooner. */
export class PageFiles {
  private sending = 0;
  private script = false;

  private asked = false;

  constructor(private readonly loaded: () => void) {}

  /** Or after `ms`, should no page have asked for a file by then (a browser or a window still
   * starting): the sheet is then ready when it asks. Not at once: a page asking at once would
   * wait for its files while the sheet is built. */
  orAfter(ms: number): void {
    setTimeout(() => { if (!this.asked) this.loaded(); }, ms).unref();
  }

  /** A file is being sent; call what this returns once it is (`found`: it was there). */
  sendingFile(name: string): (found: boolean) => void {
    this.asked = true;
    this.sending++;
    let done = false;
    return (found) => {
      if (done) return;
      done = true;
      if (found && name.endsWith('.js')) this.script = true;
      if (--this.sending > 0 || !this.script) return;
      this.script = false;
      this.loaded();
    };
  }
}
