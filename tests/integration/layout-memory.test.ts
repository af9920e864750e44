// Her place in a book is kept by the back end (browser mode's own storage is per port, and the
// port is new each day): the next window on the book finds it, whatever the file it is kept in
// holds, and a write about another book is not put on this one.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { layoutOf, rememberLayout } from '../../electron/backend/layouts';
import { appDataDir } from '../../electron/backend/paths';
import { Service } from '../../electron/backend/service/service';
import { tempDir } from '../support/temp';

const dir = tempDir('layouts');
const open: Service[] = [];
function window(book: string): Service {
  const s = new Service(Book.open(book));
  open.push(s);
  return s;
}
afterEach(() => { for (const s of open.splice(0)) s.close(); });

async function newBook(name: string): Promise<string> {
  const file = path.join(dir, name);
  const s = new Service();
  await s.call('newBook', { path: file });
  s.close();
  return file;
}

describe('her place kept by the back end', () => {
  it('a window writes it, and the next window on the book reads it back', async () => {
    const book = await newBook('a.sovon');
    const first = window(book);
    expect((await first.call('bookInfo', {})).layout).toBeNull();
    const text = JSON.stringify({ view: { program: 'GNBV', year: 2023, origin: 'books', project: 'DA7' }, savedAt: 5 });
    expect(await first.call('rememberLayout', { path: book, text })).toEqual({ remembered: true });
    first.close();
    open.length = 0;
    expect((await window(book).call('bookInfo', {})).layout).toBe(text);
  });

  it('a write about another book (a window that had it open before) is dropped', async () => {
    const book = await newBook('b.sovon');
    const other = await newBook('c.sovon');
    const s = window(book);
    expect(await s.call('rememberLayout', { path: other, text: '{"savedAt":1}' })).toEqual({ remembered: false });
    expect(layoutOf(other)).toBeNull();
    expect(layoutOf(book)).toBeNull();
  });

  it('a damaged memory file reads as none, and the next write repairs it', async () => {
    const book = await newBook('d.sovon');
    for (const damaged of ['{"', '[1]', '{"x": 3, "y": {"text": 7}}', '\u0000\u0001']) {
      fs.writeFileSync(path.join(appDataDir(), 'layouts.json'), damaged);
      const s = window(book);
      expect((await s.call('bookInfo', {})).layout).toBeNull();
      await s.call('rememberLayout', { path: book, text: '{"savedAt":2}' });
      expect(layoutOf(book)).toBe('{"savedAt":2}');
      s.close();
    }
  });

  it('keeps the 40 books used last, the least recent dropped first', () => {
    for (let i = 0; i < 45; i++) rememberLayout(path.join(dir, `many-${i}.sovon`), `{"n":${i}}`, Date.now() + 1000 + i);
    expect(layoutOf(path.join(dir, 'many-4.sovon'))).toBeNull();
    expect(layoutOf(path.join(dir, 'many-5.sovon'))).toBe('{"n":5}');
    expect(layoutOf(path.join(dir, 'many-44.sovon'))).toBe('{"n":44}');
  });
});
