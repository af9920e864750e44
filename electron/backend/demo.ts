// The demo book "Phong Thổ 2022-2024 (mẫu)", built from resources/demo/ (written from the seed
// report): the unit's books and the report's own statements as separate origins.
import fs from 'node:fs';
import path from 'node:path';
import { Book } from './book/book';
import { defaultSettings, type BookSettings } from '../../shared/settings';
import { loadCatalog } from './catalogs';
import { importClaims } from './claims-io';
import { appDataDir, resourcesDir } from './paths';

interface DemoManifest {
  title: string;
  settings: Omit<BookSettings, 'title'>;
  catalogs: string[];
  claims: string[];
}

export function demoManifest(): DemoManifest {
  return JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', 'book.json'), 'utf8')) as DemoManifest;
}

export function createDemoBook(file: string): Book {
  const demo = demoManifest();
  const settings = { ...defaultSettings(demo.title), ...demo.settings, title: demo.title };
  const book = Book.create(file, settings, demo.catalogs.map(loadCatalog));
  try {
    for (const name of demo.claims) {
      importClaims(book, JSON.parse(fs.readFileSync(path.join(resourcesDir(), 'demo', name), 'utf8')));
    }
    // the demo is where she starts: Ctrl+Z must not empty it
    book.startHere();
  } catch (e) {
    book.discard();
    throw e;
  }
  return book;
}

/** The demo book in the app's data folder, created on first use and kept (her edits stay). */
export function ensureDemoBook(): string {
  const file = path.join(appDataDir(), `${demoManifest().title}.sovon`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    createDemoBook(file).close();
  }
  return file;
}
