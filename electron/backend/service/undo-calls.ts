// Ctrl+Z and Ctrl+Y: the book's actions taken back and done again (see book/edit.ts).
import { redo, undo, undoInfo } from '../book/edit';
import type { Handlers, Service } from './service';

export function undoCalls(service: Service): Pick<Handlers, 'undo' | 'redo' | 'undoInfo'> {
  return {
    undo: () => ({ label: undo(service.book), info: undoInfo(service.book) }),
    redo: () => ({ label: redo(service.book), info: undoInfo(service.book) }),
    undoInfo: () => undoInfo(service.book),
  };
}
