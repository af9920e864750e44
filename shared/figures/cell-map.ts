// A map from cell numbers (see cell-no.ts) to values. Cell numbers are dense (row × 120 + ...), and
// the evaluator looks up millions of them in a full check: an array index where a hash table
// probed memory at random made a large book's check twice as slow.
// A row has 120 cells (3 capital types × 5 sources × 8 measures) and a book states a few of
// them: slots for every cell were most of a large book's memory, and allocating them most of
// indexing it. So cells are kept by band (the 8 measures of one capital type and source): a
// band gets its slots when one of its cells is first written. Slots and bands are typed arrays,
// outside the garbage collector's heap, holding positions in one list of the values.
import type { CellNo } from './cell-no';

const BAND_BITS = 3;
const BAND_SIZE = 1 << BAND_BITS;
const IN_BAND = BAND_SIZE - 1;

export class CellMap<V> {
  /** per band: where its slots start in `slots`, plus one (0: no slots yet) */
  private bands: Int32Array = new Int32Array(0);
  /** per cell of a band that has slots: its value's position in `values`, plus one (0: none) */
  private slots: Int32Array = new Int32Array(0);
  private slotsUsed = 0;
  private readonly values: (V | undefined)[] = [];
  /** positions in `values` freed by `delete`, for the next `set` */
  private readonly free: number[] = [];

  get size(): number {
    return this.values.length - this.free.length;
  }

  get(cell: CellNo): V | undefined {
    const at = this.slotOf(cell);
    if (at < 0) return undefined;
    const position = this.slots[at]!;
    return position === 0 ? undefined : this.values[position - 1];
  }

  /** `undefined` is "no value": it may not be stored. */
  set(cell: CellNo, value: V): void {
    let at = this.slotOf(cell);
    if (at < 0) at = this.newBand(cell >>> BAND_BITS) + (cell & IN_BAND);
    const position = this.slots[at]!;
    if (position !== 0) {
      this.values[position - 1] = value;
      return;
    }
    const free = this.free.pop();
    if (free === undefined) this.slots[at] = this.values.push(value);
    else {
      this.values[free] = value;
      this.slots[at] = free + 1;
    }
  }

  delete(cell: CellNo): void {
    const at = this.slotOf(cell);
    if (at < 0) return;
    const position = this.slots[at]!;
    if (position === 0) return;
    this.slots[at] = 0;
    this.values[position - 1] = undefined;
    this.free.push(position - 1);
  }

  /** The cell's slot in `slots`, or -1 while its band has none. */
  private slotOf(cell: CellNo): number {
    const start = this.bands[cell >>> BAND_BITS] ?? 0;
    return start === 0 ? -1 : start - 1 + (cell & IN_BAND);
  }

  /** Gives a band its slots (the arrays grow by doubling); where they start. */
  private newBand(band: number): number {
    if (band >= this.bands.length) this.bands = grown(this.bands, band + 1);
    if (this.slotsUsed + BAND_SIZE > this.slots.length) this.slots = grown(this.slots, this.slotsUsed + BAND_SIZE);
    const start = this.slotsUsed;
    this.slotsUsed += BAND_SIZE;
    this.bands[band] = start + 1;
    return start;
  }
}

function grown(array: Int32Array, atLeast: number): Int32Array {
  const next = new Int32Array(Math.max(atLeast, array.length * 2, 1024));
  next.set(array);
  return next;
}
