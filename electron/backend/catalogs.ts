// Catalogues ship as JSON in resources/catalogs; a new book copies the ones it uses.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../shared/catalog';
import { resourcesDir } from './paths';

export const DEFAULT_CATALOG = 'gnbv-2021-2025';

export function loadCatalog(id: string): Catalog {
  const file = path.join(resourcesDir(), 'catalogs', `${id}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog;
}
