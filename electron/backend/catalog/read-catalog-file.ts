// A catalogue's lines from a file: the province's decision annex in Excel (read-catalog-annex.ts),
// or the same STT + name rows as JSON (docs/danh-muc.md), numbered and nested by the same rules.
import { type AnnexTree, annexTree } from '../../../shared/catalog/annex-lines';
import { CATALOG_MSG } from '../../../shared/i18n/catalog';
import { parseStrictJson } from '../../../shared/strict-json';
import { UserError } from '../user-error';
import { readCatalogAnnex } from './read-catalog-annex';
import { z } from 'zod';

const catalogJson = z.object({
  format: z.literal('sovon-catalog/1'),
  lines: z.array(z.object({ stt: z.string().max(20), name: z.string().min(1).max(300) })).min(1).max(5000),
});

export async function readCatalogFile(bytes: Buffer, file: string, sheet?: string): Promise<AnnexTree & { sheet: string | null }> {
  if (!/\.json$/i.test(file)) return readCatalogAnnex(bytes, file, sheet);
  const json = parseStrictJson(bytes.toString('utf8'));
  if (!json.ok) throw new UserError(CATALOG_MSG.badJson(file, json.reason));
  const parsed = catalogJson.safeParse(json.value);
  if (!parsed.success) throw new UserError(CATALOG_MSG.badJson(file, CATALOG_MSG.jsonShape(parsed.error.issues[0]?.path.join('.') ?? '')));
  const read = annexTree(parsed.data.lines.map((l, i) => ({ row: i + 1, stt: l.stt, name: l.name })));
  if (!read.ok) throw new UserError(CATALOG_MSG.badJsonLine(file, read.problem.row));
  return { sheet: null, ...read.tree };
}
