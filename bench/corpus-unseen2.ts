// How much of the third unseen province's annexes (tests/support/annex-corpus/unseen2: layouts and
// habits neither earlier corpus varies) the importer reads correctly: every family at seeds
// 1..N (20 by default), the pass rate per family and the median time of one import, as
// bench/corpus.ts prints them; then each failing variant with its diff when --diffs is given.
//   node --import tsx bench/corpus-unseen2.ts [seedsPerFamily=20] [--diffs]
import path from 'node:path';
import { formatResult, runCorpus } from '../tests/support/annex-corpus/run';
import { UNSEEN2_FAMILIES } from '../tests/support/annex-corpus/unseen2/index';

const round = (x: number) => Number(x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchCorpusUnseen2(seedsPerFamily = 20, diffs = false): Promise<void> {
  const seeds = Array.from({ length: seedsPerFamily }, (_, i) => i + 1);
  const results = await runCorpus(UNSEEN2_FAMILIES, seeds);
  const rows = [...results].map(([family, r]) => ({ family, passed: r.passed, total: r.total, passRate: round((r.passed / r.total) * 100), medianMs: round(median(r.ms)) }));
  const all = [...results.values()];
  const passed = all.reduce((s, r) => s + r.passed, 0), total = all.reduce((s, r) => s + r.total, 0);
  const table = [
    ['family', 'passed/total', 'pass rate %', 'median ms per import'],
    ...rows.map((r) => [r.family, `${r.passed}/${r.total}`, r.passRate, r.medianMs]),
    ['all', `${passed}/${total}`, round((passed / total) * 100), round(median(all.flatMap((r) => r.ms)))],
  ].map((row) => row.map(String));
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  console.log(`\nthird unseen province annex corpus: ${UNSEEN2_FAMILIES.length} families × ${seedsPerFamily} seeds, read as her unit (Phong Thổ)`);
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(JSON.stringify({ bench: 'corpus-unseen2', results: rows }));
  if (!diffs) return;
  for (const [family, r] of results) {
    for (const f of r.failures) console.log(`\n${family} seed ${f.seed} (${f.describe}):\n${formatResult(f)}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2);
  const n = Number(args.find((a) => !a.startsWith('--')) ?? 20);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`seeds per family: ${args[0]}`);
  await benchCorpusUnseen2(n, args.includes('--diffs'));
}
