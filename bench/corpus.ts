// How much of the corpus of province annexes (tests/support/annex-corpus) the importer reads
// correctly: every family at seeds 1..N (30 by default, 300 variants in all), the pass rate per
// family and the median time of one import (previewImportBytes, a dry run; generating the file
// is not counted). `node --import tsx bench/corpus.ts [seedsPerFamily]` runs this section alone.
import path from 'node:path';
import { FAMILIES } from '../tests/support/annex-corpus/index';
import { runCorpus } from '../tests/support/annex-corpus/run';

export interface CorpusBenchRow { family: string; passed: number; total: number; passRate: number; medianMs: number }

export async function benchCorpus(seedsPerFamily = 30): Promise<CorpusBenchRow[]> {
  const seeds = Array.from({ length: seedsPerFamily }, (_, i) => i + 1);
  const results = await runCorpus(FAMILIES, seeds);
  const rows: CorpusBenchRow[] = [...results].map(([family, r]) => ({
    family, passed: r.passed, total: r.total, passRate: round((r.passed / r.total) * 100), medianMs: round(median(r.ms)),
  }));
  const all = [...results.values()];
  const passed = all.reduce((s, r) => s + r.passed, 0), total = all.reduce((s, r) => s + r.total, 0);
  const table = [
    ['family', 'passed/total', 'pass rate %', 'median ms per import'],
    ...rows.map((r) => [r.family, `${r.passed}/${r.total}`, r.passRate, r.medianMs]),
    ['all', `${passed}/${total}`, round((passed / total) * 100), round(median(all.flatMap((r) => r.ms)))],
  ].map((row) => row.map(String));
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  console.log(`\nprovince annex corpus: ${FAMILIES.length} families × ${seedsPerFamily} seeds, read as her unit (Phong Thổ)`);
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(JSON.stringify({ bench: 'corpus', results: rows }));
  return rows;
}

const round = (x: number) => Number(x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const n = Number(process.argv[2] ?? 30);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`seeds per family: ${process.argv[2]}`);
  await benchCorpus(n);
}
