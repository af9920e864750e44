// How much of each corpus of province annexes the importer reads correctly: the first
// (tests/support/annex-corpus, 30 seeds a family, 300 variants) and the two written as unseen
// provinces without reading the importer (unseen/, unseen2/, 20 seeds a family). Every family's
// pass rate and the median time of one import (previewImportBytes, a dry run; generating the
// file is not counted); with --diffs, each failing variant and what was read wrongly.
//   node --import tsx bench/corpus.ts [first|unseen|unseen2] [seedsPerFamily] [--diffs]
import path from 'node:path';
import { FAMILIES } from '../tests/support/annex-corpus/index';
import { formatResult, runCorpus } from '../tests/support/annex-corpus/run';
import type { Family } from '../tests/support/annex-corpus/types';
import { UNSEEN_FAMILIES } from '../tests/support/annex-corpus/unseen/index';
import { UNSEEN2_FAMILIES } from '../tests/support/annex-corpus/unseen2/index';

export interface CorpusBenchRow { family: string; passed: number; total: number; passRate: number; medianMs: number }

const CORPORA: Record<string, { title: string; families: Family[]; seeds: number }> = {
  first: { title: 'province annex corpus', families: FAMILIES, seeds: 30 },
  unseen: { title: 'unseen province annex corpus', families: UNSEEN_FAMILIES, seeds: 20 },
  unseen2: { title: 'third unseen province annex corpus', families: UNSEEN2_FAMILIES, seeds: 20 },
};

/** Every corpus at its number of seeds, one table each (npm run bench). */
export async function benchCorpora(): Promise<void> {
  for (const name of Object.keys(CORPORA)) await benchCorpus(name);
}

export async function benchCorpus(name: string, seedsPerFamily?: number, diffs = false): Promise<CorpusBenchRow[]> {
  const corpus = CORPORA[name];
  if (!corpus) throw new Error(`corpus: ${name} (first, unseen or unseen2)`);
  const n = seedsPerFamily ?? corpus.seeds;
  const results = await runCorpus(corpus.families, Array.from({ length: n }, (_, i) => i + 1));
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
  console.log(`\n${corpus.title}: ${corpus.families.length} families × ${n} seeds, read as her unit (Phong Thổ)`);
  for (const row of table) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  console.log(JSON.stringify({ bench: `corpus-${name}`, results: rows }));
  if (diffs) for (const [family, r] of results) for (const f of r.failures) console.log(`\n${family} seed ${f.seed} (${f.describe}):\n${formatResult(f)}`);
  return rows;
}

const round = (x: number) => Number(x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const name = args.find((a) => a in CORPORA);
  const seeds = args.find((a) => /^\d+$/.test(a));
  if (name) await benchCorpus(name, seeds ? Number(seeds) : undefined, process.argv.includes('--diffs'));
  else for (const each of Object.keys(CORPORA)) await benchCorpus(each, seeds ? Number(seeds) : undefined, process.argv.includes('--diffs'));
}
