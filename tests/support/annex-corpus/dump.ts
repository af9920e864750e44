// One corpus case, to look at while fixing the importer:
//   node --import tsx tests/support/annex-corpus/dump.ts <family> <seed> [out.xlsx]
// writes the workbook (default: /tmp/<family>-<seed>.xlsx), prints the variant's choices and its
// expected figures, then reads it as the app does and prints what was missed, misread or extra.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Book } from '../../../electron/backend/book/book';
import { loadCatalog } from '../../../electron/backend/catalogs';
import { formatVi } from '../../../shared/decimal';
import { defaultSettings } from '../../../shared/settings';
import { tempDir } from '../temp';
import { FAMILIES } from './index';
import { formatResult, readCase } from './run';
import { UNSEEN_FAMILIES } from './unseen/index';
import { UNSEEN2_FAMILIES } from './unseen2/index';

const [name, seedText, outArg] = process.argv.slice(2);
const family = FAMILIES.find((f) => f.name === name) ?? UNSEEN_FAMILIES.find((f) => f.name === name) ?? UNSEEN2_FAMILIES.find((f) => f.name === name);
if (!family || !seedText || !Number.isInteger(Number(seedText))) {
  console.error(`usage: dump.ts <family> <seed> [out.xlsx]\nfamilies: ${FAMILIES.map((f) => f.name).join(', ')}\nunseen families: ${UNSEEN_FAMILIES.map((f) => f.name).join(', ')}\nunseen2 families: ${UNSEEN2_FAMILIES.map((f) => f.name).join(', ')}`);
  process.exit(2);
}
const c = await family.make(Number(seedText));
const out = outArg ?? path.join(os.tmpdir(), c.fileName);
fs.writeFileSync(out, c.bytes);
console.log(`${out}\n${c.family} seed ${c.seed}: ${c.describe}\nher unit in the book: ${c.unit}; year ${c.year}\nexpected (${c.expected.length}):`);
for (const e of c.expected) console.log(`  ${e.node} ${e.capital ?? 'Σcap'} ${e.source ?? '-'} ${e.measure} = ${formatVi(BigInt(e.dong), 0)} đ`);

const dir = tempDir('annex-dump');
const book = Book.create(path.join(dir, 'dump.sovon'), defaultSettings('Corpus', 'Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
try {
  const r = await readCase(book, c);
  console.log(r.ok ? `read correctly (${r.ms.toFixed(0)} ms)` : `read wrongly (${r.ms.toFixed(0)} ms):\n${formatResult(r)}`);
  process.exitCode = r.ok ? 0 : 1;
} finally {
  book.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
