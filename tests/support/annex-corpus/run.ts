// Reading a corpus case as the app does (previewImportBytes, a dry run) and holding the claims to
// the case's expected figures: a set keyed by node|capital|source|measure with exact đồng. A work
// the import added or found is named as the corpus names it (work:<parent>:<name>); an
// implementing unit's share is never one of her unit's figures, so it counts as extra.
import fs from 'node:fs';
import path from 'node:path';
import { Book } from '../../../electron/backend/book/book';
import { UserError } from '../../../electron/backend/user-error';
import { loadCatalog } from '../../../electron/backend/catalogs';
import { previewImportBytes } from '../../../electron/backend/import/import-file';
import { formatVi } from '../../../shared/decimal';
import { defaultSettings } from '../../../shared/settings';
import { tempDir } from '../temp';
import type { AnnexCase, ExpectedFigure, Family } from './types';

export interface CaseResult {
  ok: boolean;
  missing: ExpectedFigure[];
  wrong: { expected: ExpectedFigure; got: ExpectedFigure }[];
  extra: ExpectedFigure[];
  error?: string;
  /** the import alone, ms */
  ms: number;
}

const keyOf = (f: ExpectedFigure) => `${f.node}|${f.capital ?? ''}|${f.source ?? ''}|${f.measure}`;

export async function readCase(book: Book, c: AnnexCase): Promise<CaseResult> {
  const start = performance.now();
  let preview;
  try {
    preview = await previewImportBytes(book, c.bytes, c.fileName, { program: 'GNBV', unit: c.unit });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { ok: false, missing: c.expected, wrong: [], extra: [], error: e.message, ms: performance.now() - start };
  }
  const ms = performance.now() - start;
  const works = new Map([...book.tables.lines('GNBV'), ...preview.plan.lines].filter((l) => l.kind === 'work').map((l) => [l.code, `work:${l.parent}:${l.name}`]));
  const got = new Map<string, ExpectedFigure>();
  const extra: ExpectedFigure[] = [];
  for (const claim of preview.claims) {
    if (claim.key.measure === 'rate') continue;
    const k = claim.key;
    const figure: ExpectedFigure = {
      node: (works.get(k.node) ?? k.node) + (k.unit === null ? '' : `@${k.unit}`),
      capital: k.capital, source: k.source as ExpectedFigure['source'], measure: k.measure, dong: claim.value as number,
    };
    if (k.unit !== null || got.has(keyOf(figure))) extra.push(figure);
    else got.set(keyOf(figure), figure);
  }
  const missing: ExpectedFigure[] = [];
  const wrong: CaseResult['wrong'] = [];
  for (const e of c.expected) {
    const g = got.get(keyOf(e));
    got.delete(keyOf(e));
    if (!g) missing.push(e);
    else if (g.dong !== e.dong) wrong.push({ expected: e, got: g });
  }
  extra.push(...got.values());
  return { ok: missing.length + wrong.length + extra.length === 0, missing, wrong, extra, ms };
}

export interface FamilyResult { passed: number; total: number; failures: (CaseResult & { seed: number; describe: string })[]; ms: number[] }

/** Every family at every seed, read into one throw-away book (a dry run writes nothing to it). */
export async function runCorpus(families: readonly Family[], seeds: readonly number[]): Promise<Map<string, FamilyResult>> {
  const dir = tempDir('annex-corpus');
  const book = Book.create(path.join(dir, 'corpus.sovon'), defaultSettings('Corpus', 'Phong Thổ'), [loadCatalog('gnbv-2021-2025')]);
  const out = new Map<string, FamilyResult>();
  try {
    for (const family of families) {
      const result: FamilyResult = { passed: 0, total: 0, failures: [], ms: [] };
      for (const seed of seeds) {
        const c = await family.make(seed);
        const r = await readCase(book, c);
        result.total++;
        result.ms.push(r.ms);
        if (r.ok) result.passed++;
        else result.failures.push({ ...r, seed, describe: c.describe });
      }
      out.set(family.name, result);
    }
  } finally {
    book.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const money = (dong: number) => `${formatVi(BigInt(dong), 0)} đ`;
const line = (f: ExpectedFigure) => `${f.node} ${f.capital ?? 'Σcap'} ${f.source ?? '-'} ${f.measure}`;

/** The diff as she would read it: what was missed, misread, or read besides. */
export function formatResult(r: CaseResult): string {
  const out: string[] = [];
  if (r.error) out.push(`  ! error: ${r.error}`);
  for (const m of r.missing) if (!r.error) out.push(`  - missing ${line(m)} = ${money(m.dong)}`);
  if (r.error && r.missing.length) out.push(`  - missing all ${r.missing.length} expected figures`);
  for (const w of r.wrong) out.push(`  ~ wrong   ${line(w.expected)}: expected ${money(w.expected.dong)}, got ${money(w.got.dong)}`);
  for (const e of r.extra) out.push(`  + extra   ${line(e)} = ${money(e.dong)}`);
  return out.join('\n');
}
