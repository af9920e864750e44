// A map from cell numbers (see cell.ts) to values, as pages of plain arrays. Cell numbers are
// dense (row × 120 + ...), and the evaluator looks up millions of them in a full check: an array
// index where a hash table probed memory at random made a large book's check twice as slow.
// A page is made when a cell in it is first written, so an origin stating a few figures keeps a
// few pages.
const PAGE_BITS = 10;
const PAGE_SIZE = 1 << PAGE_BITS;
const IN_PAGE = PAGE_SIZE - 1;

export class CellMap<V> {
  private readonly pages: ((V | undefined)[] | undefined)[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(cell: number): V | undefined {
    const page = this.pages[cell >>> PAGE_BITS];
    return page === undefined ? undefined : page[cell & IN_PAGE];
  }

  /** `undefined` is "no value": it may not be stored. */
  set(cell: number, value: V): void {
    const at = cell >>> PAGE_BITS;
    let page = this.pages[at];
    if (page === undefined) {
      while (this.pages.length < at) this.pages.push(undefined);
      page = new Array<V | undefined>(PAGE_SIZE).fill(undefined);
      this.pages[at] = page;
    }
    if (page[cell & IN_PAGE] === undefined) this.count++;
    page[cell & IN_PAGE] = value;
  }

  delete(cell: number): void {
    const page = this.pages[cell >>> PAGE_BITS];
    if (page === undefined || page[cell & IN_PAGE] === undefined) return;
    page[cell & IN_PAGE] = undefined;
    this.count--;
  }
}
