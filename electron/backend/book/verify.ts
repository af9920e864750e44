// What `sovon verify` looks at: SQLite's own integrity check, and whether the book's lines still
// form a tree (a book can be whole page by page and still be unusable).
import { MSG } from '../../../shared/i18n/vi';
import { lineProblems } from '../../../shared/sheet/line-rules';
import type { Book } from './store';

export function bookProblems(book: Book): string[] {
  const problems = book.integrityProblems();
  if (problems.length) return problems; // a damaged file: reading its tables could mislead
  for (const catalog of book.catalogs()) {
    for (const p of lineProblems(catalog, book.lines(catalog.program))) {
      problems.push(MSG.lineProblem(catalog.program, p.code, p.message));
    }
  }
  return problems;
}
