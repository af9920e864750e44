// Danh mục chương trình lists a programme's lines as the grid orders them: each under its parent,
// her lines in their sort order after the catalogue's; the arrows offer a move only where her
// line has an own sibling to trade places with.
import { describe, expect, it } from 'vitest';
import type { CatalogLine } from '../../shared/api';
import { listedLines, retireYear } from '../../renderer/src/catalog/catalog-tree';

const line = (code: string, parent: string | null, kind: CatalogLine['kind'] = 'content'): CatalogLine => ({ code, name: code, parent, kind, retired: null });

describe('the catalogue as the dialog lists it', () => {
  it('puts each line under its parent with its depth, in the order given', () => {
    const listed = listedLines([line('MTQG', null, 'node'), line('HP1', 'MTQG', 'node'), line('HP2', 'MTQG', 'node'), line('HP1-2', 'HP1'), line('HP2-1', 'HP2'), line('HP1-1', 'HP1'), line('HP1-2-1', 'HP1-2', 'work')]);
    expect(listed.map((l) => [l.code, l.depth])).toEqual([['MTQG', 0], ['HP1', 1], ['HP1-2', 2], ['HP1-2-1', 3], ['HP1-1', 2], ['HP2', 1], ['HP2-1', 2]]);
    const moves = Object.fromEntries(listed.map((l) => [l.code, [l.own, l.up, l.down]]));
    expect(moves).toMatchObject({ HP1: [false, false, false], 'HP1-2': [true, false, true], 'HP1-1': [true, true, false], 'HP2-1': [true, false, false] });
  });

  it('stops at a cycle a damaged book may hold instead of looping', () => {
    expect(listedLines([line('A', null, 'node'), line('B', 'A'), line('C', 'B'), line('B', 'C')]).map((l) => l.code)).toEqual(['A', 'B', 'C']);
  });

  it('retires from the year after the one she looks at, or next year within the programme', () => {
    expect(retireYear({ from: 2021, to: 2025 }, 2024)).toBe(2025);
    expect(retireYear({ from: 2026, to: 2035 }, 2026)).toBe(2027);
    // the last year: nothing after it in the programme
    expect(retireYear({ from: 2021, to: 2025 }, 2025)).toBeLessThanOrEqual(2025);
    expect(retireYear({ from: 2026, to: 2035 }, 2024)).toBeGreaterThanOrEqual(2026);
  });
});
