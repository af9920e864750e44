// The accountant's own lines under a node: contents, works and implementing units.
// Each change is one action (undoable as one step); removing a line removes its figures.
import { type Line, rowKeyId } from '../../../shared/catalog';
import type { Claim } from '../../../shared/claim';
import { ACTION_LABEL, MSG } from '../../../shared/i18n/vi';
import type { TreeRow } from '../../../shared/sheet/tree';
import { UserError } from '../user-error';
import type { Edit } from '../book/edit';
import type { Book } from '../book/book';
import { treeOf } from '../book/tree-of-book';
import type { GroupHandlers, ServiceContext } from './handlers';

export function lineCalls(service: ServiceContext): GroupHandlers<'lines'> {
  return {
    addLine: ({ program, parentRowId, kind, name }) => {
      const book = service.book;
      const parent = treeOf(book, program).byId.get(parentRowId);
      if (!parent || parent.kind === 'unit') throw new UserError(MSG.unknownNode(parentRowId));
      const node = parent.key.node;
      const code = kind === 'unit' ? rowKeyId({ node, unit: name }) : nextLineCode(book, program, node);
      if (siblingNames(book, program, node).has(name.toLocaleLowerCase('vi'))) throw new UserError(MSG.duplicateLine(name));
      const line: Line = { program, code, parent: node, kind, name };
      book.edit({ name: 'addLine', label: ACTION_LABEL.addLine(name) }, (e) => e.addLine(line));
      return { rowId: code };
    },
    renameLine: ({ program, rowId, name }) => {
      const book = service.book;
      const { line } = ownLine(book, program, rowId);
      const header = { name: 'renameLine', label: ACTION_LABEL.renameLine(line.name, name) } as const;
      if (line.kind !== 'unit') {
        book.edit(header, (e) => e.renameLine(line, name));
        return { rowId };
      }
      if (siblingNames(book, program, line.parent).has(name.toLocaleLowerCase('vi'))) throw new UserError(MSG.duplicateLine(name));
      book.edit(header, (e) => renameUnit(book, e, line, name));
      return { rowId: rowKeyId({ node: line.parent, unit: name }) };
    },
    removeLine: ({ program, rowId }) => {
      const book = service.book;
      const { line } = ownLine(book, program, rowId);
      return book.edit({ name: 'removeLine', label: ACTION_LABEL.removeLine(line.name) }, (e) => ({ removedClaims: removeWithDescendants(book, e, line) }));
    },
    moveLine: ({ program, code, direction }) => {
      const book = service.book;
      const { line } = ownLine(book, program, code);
      // the order the grid shows: lines() is by sort; a unit trades places with units only, as
      // Danh mục chương trình lists contents and works without the units between them
      const siblings = book.tables.lines(program).filter((l) => l.parent === line.parent && (l.kind === 'unit') === (line.kind === 'unit'));
      const at = siblings.findIndex((l) => l.code === line.code);
      const other = siblings[direction === 'up' ? at - 1 : at + 1];
      if (!other) return { moved: false };
      book.edit({ name: 'moveLine', label: ACTION_LABEL.moveLine(line.name, direction) }, (e) => e.swapLines(line, other));
      return { moved: true };
    },
  };
}

function ownLine(book: Book, program: string, rowId: string): { row: TreeRow; line: Line } {
  const row = treeOf(book, program).byId.get(rowId);
  if (!row) throw new UserError(MSG.unknownLine(rowId));
  if (!row.own) throw new UserError(MSG.notOwnLine(rowId));
  const code = row.kind === 'unit' ? rowKeyId(row.key) : row.key.node;
  const line = book.tables.lines(program).find((l) => l.code === code);
  if (!line) throw new UserError(MSG.unknownLine(rowId));
  return { row, line };
}

function removeWithDescendants(book: Book, e: Edit, line: Line): number {
  let removed = 0;
  if (line.kind !== 'unit') {
    for (const child of book.tables.lines(line.program).filter((l) => l.parent === line.code)) removed += removeWithDescendants(book, e, child);
  }
  const claims = line.kind === 'unit'
    ? book.claims.ofNode(line.program, line.parent, line.name)
    : book.claims.ofNode(line.program, line.code, null);
  for (const c of claims) e.set({ kind: 'claim', key: c.key, asOf: c.asOf, after: null });
  e.removeLine(line);
  return removed + claims.length;
}

/** A unit line's name is also the `unit` of its claims: a rename moves them along. */
function renameUnit(book: Book, e: Edit, line: Line, name: string): void {
  e.moveLine(line, { ...line, code: rowKeyId({ node: line.parent, unit: name }), name });
  for (const c of book.claims.ofNode(line.program, line.parent, line.name)) {
    e.set({ kind: 'claim', key: c.key, asOf: c.asOf, after: null });
    e.putClaim({ ...c, key: { ...c.key, unit: name } } as Claim);
  }
}

function nextLineCode(book: Book, program: string, parent: string): string {
  const taken = new Set(book.tables.lines(program).map((l) => l.code));
  let n = 1;
  while (taken.has(`${parent}-${n}`)) n++;
  return `${parent}-${n}`;
}

function siblingNames(book: Book, program: string, parent: string): Set<string> {
  return new Set(book.tables.lines(program).filter((l) => l.parent === parent).map((l) => l.name.toLocaleLowerCase('vi')));
}
