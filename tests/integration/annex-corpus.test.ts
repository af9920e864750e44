// The corpora of province annexes (tests/support/annex-corpus, its unseen/ and unseen2/): each family at seeds 1..4 must be
// read correctly at least as often as its floor says, and the corpus itself must vary: every case
// states figures, the same seed writes the same bytes, two seeds never do.
import { describe, expect, it } from 'vitest';
import { decodeLegacy } from '../../shared/import/legacy-text';
import { FLOORS } from '../support/annex-corpus/floors';
import { FAMILIES as SEEN } from '../support/annex-corpus/index';
import { UNSEEN_FAMILIES } from '../support/annex-corpus/unseen/index';
import { UNSEEN2_FAMILIES } from '../support/annex-corpus/unseen2/index';
import { legacyCase } from '../support/annex-corpus/legacy-font';
import { formatResult, runCorpus } from '../support/annex-corpus/run';

const SEEDS = [1, 2, 3, 4];
// the first corpus, and the second and third written as unseen provinces without reading the importer
const FAMILIES = [...SEEN, ...UNSEEN_FAMILIES, ...UNSEEN2_FAMILIES];

describe('the corpus of province annexes', () => {
  for (const family of FAMILIES) {
    it(`reads ${family.name} at least ${FLOORS[family.name]} of ${SEEDS.length} times`, async () => {
      const result = (await runCorpus([family], SEEDS)).get(family.name)!;
      const report = result.failures.map((f) => `seed ${f.seed} (${f.describe}):\n${formatResult(f)}`).join('\n\n');
      expect(result.passed, `${family.name}: ${result.passed}/${result.total}\n${report}`).toBeGreaterThanOrEqual(FLOORS[family.name] ?? SEEDS.length);
    }, 60_000);
  }

  it('varies: every case states figures, a seed gives the same bytes twice, two seeds never the same', async () => {
    expect(FAMILIES.map((f) => f.name).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const family of FAMILIES) {
      const seen = new Map<string, number>();
      for (const seed of SEEDS) {
        const c = await family.make(seed);
        expect(c.expected.length, `${family.name} ${seed}: ${c.describe}`).toBeGreaterThan(0);
        const bytes = c.bytes.toString('base64');
        expect(seen.get(bytes), `${family.name}: seeds ${seen.get(bytes)} and ${seed} write the same file`).toBeUndefined();
        seen.set(bytes, seed);
        if (seed === 1) expect((await family.make(seed)).bytes.equals(c.bytes), `${family.name}: seed 1 twice`).toBe(true);
      }
    }
  }, 60_000);

  it('types legacy text that decodes back to what was meant', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { encoded } = await legacyCase(seed);
      expect(encoded.length).toBeGreaterThan(10);
      for (const e of encoded) expect(decodeLegacy(e.raw, e.encoding, e.capitals), `${e.encoding}${e.capitals ? ' capitals' : ''}: ${e.raw}`).toBe(e.text);
    }
  }, 60_000);
});
