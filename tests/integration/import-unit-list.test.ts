// The unit list the wizard offers (issue 29), over the province fixtures and every family of the
// corpora: each name is a unit's (no column letter, level heading, total, numbering or investor
// that keeps no book), and her own unit is among them whenever the table lists units at all.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { Book } from '../../electron/backend/book/book';
import { loadCatalog } from '../../electron/backend/catalogs';
import { previewImportBytes } from '../../electron/backend/import/import-file';
import { foldText } from '../../shared/fold';
import { sameUnit } from '../../shared/import/header-words';
import { defaultSettings } from '../../shared/settings';
import { FAMILIES } from '../support/annex-corpus/index';
import { UNSEEN_FAMILIES } from '../support/annex-corpus/unseen/index';
import { UNSEEN2_FAMILIES } from '../support/annex-corpus/unseen2/index';
import { tempDir } from '../support/temp';

const SEEDS = [1, 2, 3, 4];
const FIXTURES = ['/work/shared/fixtures/province', path.join(__dirname, '../fixtures/import')];
/** what no unit is called, said apart from the filter's own words */
const NOT_UNIT = [/^[a-z0-9]{1,3}$/, /^\(?\d+\)?$/, /^(cap|khoi|cac|tong|cong|toan|chia ra|trong do)\b/, /^([ivxlc]+|\d+)[.)]\s/, /cong dong dan cu/];

const book = Book.create(path.join(tempDir('unit-list'), 'u.sovon'), defaultSettings('Đơn vị', 'Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
const rates: string[] = [];
afterAll(() => console.log(`the unit list, clean and with her unit:\n${rates.join('\n')}`));

/** What is wrong with the list read from the file (nothing: ''), as the wizard shows it. */
async function listProblem(bytes: Buffer, fileName: string, unit: string): Promise<string> {
  const { plan } = await previewImportBytes(book, bytes, fileName, { program: 'GNBV', unit });
  const bad = plan.units.filter((u) => NOT_UNIT.some((re) => re.test(foldText(u))));
  if (bad.length) return `not units: ${JSON.stringify(bad)}`;
  return plan.units.length && !plan.units.some((u) => sameUnit(u, unit)) ? `her unit missing from ${JSON.stringify(plan.units)}` : '';
}

it('offers only units, hers among them, in the province fixtures', async () => {
  const files = FIXTURES.flatMap((dir) => fs.readdirSync(dir).filter((f) => /\.xlsx?$/.test(f) && !f.includes('password')).map((f) => path.join(dir, f)));
  const problems = [];
  for (const f of files) {
    const p = await listProblem(fs.readFileSync(f), path.basename(f), 'Phong Thổ');
    if (p) problems.push(`${path.basename(f)}: ${p}`);
  }
  rates.push(`fixtures: ${files.length - problems.length}/${files.length}`);
  expect(problems).toEqual([]);
});

for (const family of [...FAMILIES, ...UNSEEN_FAMILIES, ...UNSEEN2_FAMILIES]) {
  it(`offers only units, hers among them, in ${family.name}`, async () => {
    const problems = [];
    for (const seed of SEEDS) {
      const c = await family.make(seed);
      const p = await listProblem(c.bytes, c.fileName, c.unit).catch((e: Error) => `no reading: ${e.message}`);
      if (p) problems.push(`seed ${seed} (${c.describe}): ${p}`);
    }
    rates.push(`${family.name}: ${SEEDS.length - problems.length}/${SEEDS.length}`);
    expect(problems).toEqual([]);
  }, 60_000);
}
