// A window's first sheet, built by the back end before the window knew its view, is kept only
// when it is of the view she opens at.
import { describe, expect, it, vi } from 'vitest';
import type { Sheet } from '../../shared/sheet/sheet';
import type { SheetView } from '../../shared/sheet/view';
import { sheetOfView } from '../../renderer/src/api/prepared-sheet';

const view: SheetView = { program: 'GNBV', year: 2023, origin: 'books', project: null };
const sheetOf = (v: SheetView): Sheet => ({ ...v, rows: [] });

describe('the sheet prepared for a window', () => {
  it('is kept when it is of her view, and nothing is asked', async () => {
    const ask = vi.fn(async (v: SheetView) => sheetOf(v));
    const prepared = sheetOf(view);
    expect(await sheetOfView(view, Promise.resolve(prepared), ask)).toBe(prepared);
    expect(ask).not.toHaveBeenCalled();
  });

  it('is asked for afresh when it is of another view, when there is none, or when the ask failed', async () => {
    for (const prepared of [
      Promise.resolve(sheetOf({ ...view, year: 2022 })),
      Promise.resolve(sheetOf({ ...view, origin: 'province' })),
      Promise.resolve(sheetOf({ ...view, project: 'DA3' })),
      Promise.resolve(null),
      Promise.reject(new Error('Mất kết nối')),
    ]) {
      const ask = vi.fn(async (v: SheetView) => sheetOf(v));
      const got = await sheetOfView(view, prepared, ask);
      expect(ask).toHaveBeenCalledWith(view);
      expect(got).toMatchObject(view);
    }
  });
});
