import { expect, it } from 'vitest';
import type { SheetRow } from '../../shared/sheet/sheet';
import { type GridRowCache, visibleRows } from '../../renderer/src/grid/visible-rows';

const row = (id: string, parentId: string | null, dong: number): SheetRow => ({
  id, node: id, unit: null, code: id, label: id, kind: parentId ? 'project' : 'program', depth: parentId ? 1 : 0, parentId,
  hasChildren: parentId === null, own: false, cells: { 'allocated:SN': { kind: 'money', dong, stated: true } },
});

it('keeps a grid row the same object while its figures, fold and marks stay, so the grid redraws only what changed', () => {
  const cache: GridRowCache = new WeakMap();
  const sheet = [row('P', null, 30), row('A', 'P', 10), row('B', 'P', 20)];
  const first = visibleRows(sheet, new Set(), new Map(), cache);
  // an edit of B: B and its parent come back redrawn, A is the same sheet row
  const edited = [row('P', null, 31), sheet[1]!, row('B', 'P', 21)];
  const second = visibleRows(edited, new Set(), new Map(), cache);
  expect(second[1]).toBe(first[1]);
  expect(second[0]).not.toBe(first[0]);
  expect(second[2]!.cells['allocated:SN']).toMatchObject({ dong: 21 });
  // a flag on A, or A folded, is a change of A
  const marked = visibleRows(edited, new Set(), new Map([['A', new Map()]]), cache);
  expect(marked[1]).not.toBe(second[1]);
  expect(visibleRows(edited, new Set(['P']), new Map(), cache).map((r) => r.id)).toEqual(['P']);
});
