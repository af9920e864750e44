// Repeating rows that nest: "{{lặp dự án}}" on one row and "{{lặp tiểu dự án của *}}" right under
// it make a block, written as each project followed by its own sub-projects (the "Biểu 01"
// shape). `của *` right under a repeating row means "of the item of the row above"; anywhere
// else it is the scope chosen, as before. A lone repeating row is a block of one row.
import type { Tree } from '../sheet/tree';
import { type Item, listItems } from './lists';
import type { Placeholder } from './syntax';

type Repeat = Extract<Placeholder, { kind: 'repeat' }>;

export interface Block {
  /** the template rows of the block, top down */
  rows: number[];
  /** what is written, top down: which template row, for which item */
  written: { row: number; item: Item; tree: boolean }[];
}

export function repeatBlocks(tree: Tree, repeats: ReadonlyMap<number, Repeat>, scope: string | null, years: { from: number; to: number }): Block[] {
  const rows = [...repeats.keys()].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (const row of rows) {
    const last = blocks.at(-1);
    const nested = repeats.get(row)!.of === '*' && last && last.rows.at(-1) === row - 1 && repeats.get(row - 1)!.list !== 'years';
    if (nested) last.rows.push(row);
    else blocks.push({ rows: [row], written: [] });
  }
  for (const b of blocks) b.written = expand(b.rows, 0, null);
  return blocks;

  function expand(block: readonly number[], level: number, parent: Item | null): Block['written'] {
    const row = block[level]!;
    const marker = repeats.get(row)!;
    const of = parent ? (parent.row?.key.node ?? null) : marker.of;
    if (parent && of === null) return [];
    const items = listItems(tree, marker.list, of, scope, years);
    return items.flatMap((item) => [
      { row, item, tree: marker.list === 'rows' },
      ...(level + 1 < block.length ? expand(block, level + 1, item) : []),
    ]);
  }
}

/** How many rows the block adds to the sheet (none when it writes fewer than it has). */
export function addedRows(b: Block): number {
  return Math.max(0, b.written.length - b.rows.length);
}
