// What Tệp > Mới's second dialog offers to choose from. The bundled catalogue names no units and
// we know no official list of the units after the 2025 reform, so the units offered are the ones
// her own books name (the unit and parent agency of her recent books, and the implementing units
// under them: a commune that spent under a district's book may keep its own since 2025); she may
// always type another.
import fs from 'node:fs';
import path from 'node:path';
import type { NewBookChoices } from '../../../shared/api';
import { Book } from '../book/book';
import { loadCatalog } from '../catalogs';
import { resourcesDir } from '../paths';
import { recentBooks } from '../recent';

type Named = { name: string; from: string };

/** `open`: the book this window has open, read as it is rather than through a second connection. */
export function newBookChoices(open: Book | null): NewBookChoices {
  const units: Named[] = [];
  const parents: Named[] = [];
  const add = (list: Named[], name: string, from: string) => {
    const n = name.trim();
    if (n && !list.some((x) => x.name.toLocaleLowerCase('vi') === n.toLocaleLowerCase('vi'))) list.push({ name: n, from });
  };
  const paths = [...new Set([...(open ? [path.resolve(open.path)] : []), ...recentBooks()])];
  for (const file of paths) {
    const read = (book: Book) => {
      const s = book.tables.settings();
      const from = s.title || path.basename(file);
      add(units, s.unitName, from);
      add(parents, s.parentAgency, from);
      for (const unit of book.tables.unitNames()) add(units, unit, from);
    };
    if (open && path.resolve(open.path) === file) {
      read(open);
      continue;
    }
    let book: Book | null = null;
    try {
      if (!fs.existsSync(file)) continue;
      book = Book.open(file, { readonly: true });
      read(book);
    } catch {
      // a book moved, damaged or of a newer Sổ Vốn only has nothing to offer
    } finally {
      book?.close();
    }
  }
  return { units, parents, programs: bundledPrograms() };
}

export function bundledPrograms(): NewBookChoices['programs'] {
  const dir = path.join(resourcesDir(), 'catalogs');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const c = loadCatalog(path.basename(f, '.json'));
    return { id: c.id, program: c.program, name: c.name, from: c.period.from, to: c.period.to };
  });
}
