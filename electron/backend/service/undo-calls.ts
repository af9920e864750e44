// Ctrl+Z and Ctrl+Y: the book's actions taken back and done again (see book/edit.ts).
import type { GroupHandlers, ServiceContext } from './handlers';

export function undoCalls(service: ServiceContext): GroupHandlers<'undo'> {
  return {
    undo: () => ({ label: service.book.undo(), info: service.book.undoInfo() }),
    redo: () => ({ label: service.book.redo(), info: service.book.undoInfo() }),
    undoInfo: () => service.book.undoInfo(),
  };
}
