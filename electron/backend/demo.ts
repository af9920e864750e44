// The demo books, each built from a folder of resources/: a manifest (book.json: title, settings,
// catalogues, claims files) and claims in the interchange format. Without a name, "Phong Thổ
// 2022-2024 (mẫu)" (resources/demo/, written from the seed report: the unit's books and the
// report's own statements as separate origins); 'commune' is a commune's book of 2026 with the
// new programme and the 2021-2025 money carried into it (resources/demo-commune/, invented figures).
import fs from 'node:fs';
import path from 'node:path';
import type { DemoName } from '../../shared/api';
import { Book } from './book/book';
import { defaultSettings, type BookSettings } from '../../shared/settings';
import { loadCatalog } from './catalogs';
import { importClaims } from './claims-io';
import { appDataDir, resourcesDir } from './paths';

interface DemoManifest {
  title: string;
  settings: Omit<BookSettings, 'title'>;
  /** the first is the programme the book opens on */
  catalogs: string[];
  claims: string[];
}

const demoDir = (name?: DemoName) => path.join(resourcesDir(), name ? `demo-${name}` : 'demo');

export function demoManifest(name?: DemoName): DemoManifest {
  return JSON.parse(fs.readFileSync(path.join(demoDir(name), 'book.json'), 'utf8')) as DemoManifest;
}

export function createDemoBook(file: string, name?: DemoName): Book {
  const demo = demoManifest(name);
  const settings = { ...defaultSettings(demo.title), ...demo.settings, title: demo.title };
  const book = Book.create(file, settings, demo.catalogs.map(loadCatalog));
  try {
    for (const claims of demo.claims) {
      importClaims(book, JSON.parse(fs.readFileSync(path.join(demoDir(name), claims), 'utf8')));
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
export function ensureDemoBook(name?: DemoName): string {
  const file = path.join(appDataDir(), `${demoManifest(name).title}.sovon`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    createDemoBook(file, name).close();
  }
  return file;
}
