// The process the kill harness kills: `kill-child.ts edits BOOK RUN` writes figures one action
// at a time and prints each as soon as it is committed; `kill-child.ts import BOOK ANNEX` imports
// the province's annex, or undoes it when the book already has it. Killed at any moment, the book
// must hold every figure printed, and the import whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { Book } from '../../electron/backend/book/book';
import { commitImport } from '../../electron/backend/import/commit-import';
import { previewImportBytes } from '../../electron/backend/import/import-file';
import { Service } from '../../electron/backend/service/service';

const [mode, file, arg] = process.argv.slice(2) as ['edits' | 'import', string, string];
const service = new Service(Book.open(file, { waitForLock: 10_000 }));
process.stdout.write('ready\n');

if (mode === 'edits') {
  const MEASURES = ['allocated', 'disbursed', 'cancelled'] as const;
  for (let i = 0; i < 150; i++) {
    const key = { program: 'GNBV', origin: 'books', year: 2000 + (i % 50), node: 'DA5', unit: `Xã thử ${arg}`, capital: 'SN' as const, source: null, measure: MEASURES[Math.floor(i / 50)]! };
    await service.call('setClaim', { key, text: String(i + 1), scale: 'dong' });
    process.stdout.write(`ok ${JSON.stringify({ year: key.year, measure: key.measure, unit: key.unit, value: i + 1 })}\n`);
  }
} else {
  const bytes = fs.readFileSync(arg);
  const preview = await previewImportBytes(service.book, bytes, path.basename(arg), { program: 'GNBV', unit: 'Phong Thổ' });
  process.stdout.write('writing\n'); // from here the book is being written
  if (preview.importedAs) await service.call('undo', {});
  else commitImport(service.book, preview, bytes, true);
  process.stdout.write(`done ${preview.importedAs ? 'undo' : 'import'}\n`);
}
service.close();
