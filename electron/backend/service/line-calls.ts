// The accountant's own lines under a node: contents, works and implementing units.
// Each change is one transaction with its audit rows; removing a line removes its figures.
import type { Line } from '../../../shared/catalog';
import { MSG } from '../../../shared/i18n/vi';
import type { TreeRow } from '../../../shared/sheet/tree';
import { BookError } from '../book/errors';
import type { Book } from '../book/store';
import { treeOf } from '../book/tree-of-book';
import { unitLineCode } from '../claims-io';
import type { Handlers, Service } from './service';

export function lineCalls(service: Service): Pick<Handlers, 'addLine' | 'renameLine' | 'removeLine'> {
  return {
    addLine: ({ program, parentRowId, kind, name }) => {
      const book = service.book;
      const parent = treeOf(book, program).byId.get(parentRowId);
      if (!parent || parent.kind === 'unit') throw new BookError(MSG.unknownNode(parentRowId));
      const node = parent.key.node;
      const code = kind === 'unit' ? unitLineCode(node, name) : nextLineCode(book, program, node);
      if (siblingNames(book, program, node).has(name.toLocaleLowerCase('vi'))) throw new BookError(MSG.duplicateLine(name));
      const line: Line = { program, code, parent: node, kind, name };
      book.transaction(() => {
        book.insertLine(line);
        book.audit(book.nextActionId(), 'addLine', line, null, line);
      });
      return { rowId: kind === 'unit' ? `${node}@${name}` : code };
    },
    renameLine: ({ program, rowId, name }) => {
      const book = service.book;
      const { row, line } = ownLine(book, program, rowId);
      if (line.kind !== 'unit') {
        book.transaction(() => {
          book.renameLine(program, line.code, name);
          book.audit(book.nextActionId(), 'renameLine', line, line.name, name);
        });
        return { rowId };
      }
      if (siblingNames(book, program, line.parent).has(name.toLocaleLowerCase('vi'))) throw new BookError(MSG.duplicateLine(name));
      book.transaction(() => {
        book.renameUnitLine(program, line.code, unitLineCode(line.parent, name), name);
        book.renameUnitInClaims(program, row.key.node, line.name, name);
        book.audit(book.nextActionId(), 'renameLine', line, line.name, name);
      });
      return { rowId: `${line.parent}@${name}` };
    },
    removeLine: ({ program, rowId }) => {
      const book = service.book;
      const { line } = ownLine(book, program, rowId);
      return book.transaction(() => ({ removedClaims: removeWithDescendants(book, line, book.nextActionId()) }));
    },
  };
}

function ownLine(book: Book, program: string, rowId: string): { row: TreeRow; line: Line } {
  const row = treeOf(book, program).byId.get(rowId);
  if (!row) throw new BookError(MSG.unknownLine(rowId));
  if (!row.own) throw new BookError(MSG.notOwnLine(rowId));
  const code = row.kind === 'unit' ? unitLineCode(row.key.node, row.key.unit!) : row.key.node;
  const line = book.lines(program).find((l) => l.code === code);
  if (!line) throw new BookError(MSG.unknownLine(rowId));
  return { row, line };
}

function removeWithDescendants(book: Book, line: Line, action: number): number {
  let removed = 0;
  if (line.kind !== 'unit') {
    for (const child of book.lines(line.program).filter((l) => l.parent === line.code)) removed += removeWithDescendants(book, child, action);
  }
  const claims = line.kind === 'unit'
    ? book.deleteClaimsOfNode(line.program, line.parent, line.name)
    : book.deleteClaimsOfNode(line.program, line.code, null);
  for (const c of claims) book.audit(action, 'removeClaim', c.key, c.value, null);
  book.deleteLine(line.program, line.code);
  book.audit(action, 'removeLine', line, line, null);
  return removed + claims.length;
}

function nextLineCode(book: Book, program: string, parent: string): string {
  const taken = new Set(book.lines(program).map((l) => l.code));
  let n = 1;
  while (taken.has(`${parent}-${n}`)) n++;
  return `${parent}-${n}`;
}

function siblingNames(book: Book, program: string, parent: string): Set<string> {
  return new Set(book.lines(program).filter((l) => l.parent === parent).map((l) => l.name.toLocaleLowerCase('vi')));
}
