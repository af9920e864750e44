// The row tree of a programme as this book has it: its catalogue plus its own lines.
import { buildTree, rowsUnder, type Tree, type TreeRow } from '../../../shared/sheet/tree';
import { MSG } from '../../../shared/i18n/vi';
import type { Catalog } from '../../../shared/catalog';
import type { Book } from './book';
import { UserError } from '../user-error';

export function catalogOf(book: Book, program: string): Catalog {
  const catalog = book.tables.catalogs().find((c) => c.program === program);
  if (!catalog) throw new UserError(MSG.unknownProgram(program));
  return catalog;
}

export function treeOf(book: Book, program: string): Tree {
  return buildTree(catalogOf(book, program), book.tables.lines(program), book.tables.units());
}

/** The rows under a line she names (a project filter): a code the tree does not have is refused,
 * where it gave an empty sheet and exit 0 (`sovon sheet --project nope`). */
export function rowsUnderNamed(tree: Tree, node: string | null): TreeRow[] {
  if (node !== null && !tree.byId.has(node)) throw new UserError(MSG.unknownNode(node));
  return rowsUnder(tree, node);
}

/** Codes a claim may name: catalogue nodes and the book's content/work lines. */
export function knownNodes(book: Book, program: string): ReadonlySet<string> {
  return nodeCodes(treeOf(book, program));
}

const codesOf = new WeakMap<Tree, ReadonlySet<string>>();

/** The same, from a tree already built (an implementing unit's row names its node); kept while
 * the tree is (a tree is never changed: a changed book gets a new one). */
export function nodeCodes(tree: Tree): ReadonlySet<string> {
  let codes = codesOf.get(tree);
  if (!codes) {
    const found = new Set<string>();
    for (const row of tree.byId.values()) if (row.key.unit === null) found.add(row.key.node);
    codesOf.set(tree, (codes = found));
  }
  return codes;
}
