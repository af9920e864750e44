// A second, plain SQLite connection to a book: what another program (or a damaged write) does
// to the file, and what a test reads of it, beside the book's own rooms, which never hand out SQL.
import Database from 'better-sqlite3';

export function withRawBook<T>(bookPath: string, use: (db: Database.Database) => T): T {
  const db = new Database(bookPath, { fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}
