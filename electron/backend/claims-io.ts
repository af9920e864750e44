// Claims in and out of a book in the interchange format "sovon-claims/1".
// Import is one transaction: every claim lands, or (on the first bad one) none.
import type { Line } from '../../shared/catalog';
import { type Claim, claimKeyId } from '../../shared/claim';
import { InterchangeError, type InterchangeFile, type ParsedInterchange, parseInterchange, toInterchange } from '../../shared/interchange';
import { MSG } from '../../shared/i18n/vi';
import type { Book } from './book/store';
import { BookError } from './book/errors';
import { knownNodes } from './book/tree-of-book';

export interface ImportSummary {
  claims: number;
  lines: number;
  origins: number;
}

export function importClaims(book: Book, json: unknown): ImportSummary {
  let parsed: ParsedInterchange;
  try {
    parsed = parseInterchange(json);
  } catch (e) {
    if (e instanceof InterchangeError) throw new BookError(e.message);
    throw e;
  }
  if (!book.catalogs().some((c) => c.program === parsed.program)) throw new BookError(MSG.unknownProgram(parsed.program));
  return book.transaction(() => {
    const action = book.nextActionId();
    for (const o of parsed.origins) book.upsertOrigin(o);
    const lines = addMissingLines(book, parsed.program, parsed.lines, action);
    const nodes = knownNodes(book, parsed.program);
    const lineCodes = new Set(book.lines(parsed.program).map((l) => l.code));
    const seen = new Set<string>();
    parsed.claims.forEach((claim, index) => {
      if (!nodes.has(claim.key.node)) throw new BookError(`Số liệu thứ ${index} (claims[${index}]): ${MSG.unknownNode(claim.key.node)}`);
      const id = claimKeyId(claim.key) + (claim.asOf ?? '');
      if (seen.has(id)) throw new BookError(`Số liệu thứ ${index} (claims[${index}]): trùng khóa với một số liệu trước trong tệp.`);
      seen.add(id);
      ensureUnitLine(book, claim, action, lineCodes);
      const before = book.findClaim(claim.key);
      book.putClaim(claim);
      book.audit(action, 'import', claim.key, before && before.value, claim.value);
    });
    return { claims: parsed.claims.length, lines, origins: parsed.origins.length };
  });
}

function addMissingLines(book: Book, program: string, lines: readonly Line[], action: number): number {
  const existing = new Set(book.lines(program).map((l) => l.code));
  const nodes = knownNodes(book, program);
  let added = 0;
  for (const line of lines) {
    if (existing.has(line.code)) continue;
    if (!nodes.has(line.parent)) throw new BookError(`Dòng "${line.code}": ${MSG.unknownNode(line.parent)}`);
    book.insertLine(line);
    book.audit(action, 'addLine', line, null, line);
    existing.add(line.code);
    if (line.kind !== 'unit') nodes.add(line.code);
    added++;
  }
  return added;
}

/** A claim about an implementing unit makes that unit a row under its node. */
function ensureUnitLine(book: Book, claim: Claim, action: number, lineCodes: Set<string>): void {
  const unit = claim.key.unit;
  if (unit === null) return;
  const code = unitLineCode(claim.key.node, unit);
  if (lineCodes.has(code)) return;
  lineCodes.add(code);
  const line = unitLine(claim.key.program, claim.key.node, unit);
  book.insertLine(line);
  book.audit(action, 'addLine', line, null, line);
}

export function unitLine(program: string, node: string, unit: string): Line {
  return { program, code: unitLineCode(node, unit), parent: node, kind: 'unit', name: unit };
}

export function unitLineCode(node: string, unit: string): string {
  return `${node}@${unit}`;
}

export function exportClaims(book: Book, program: string, origin?: string): InterchangeFile {
  const origins = book.origins().filter((o) => origin === undefined || o.id === origin);
  if (origin !== undefined && origins.length === 0) throw new BookError(MSG.unknownOrigin(origin));
  const claims = book.claims({ program, ...(origin !== undefined && { origin }), ordered: true });
  const lines = book.lines(program).filter((l) => l.kind !== 'unit');
  return toInterchange({ program, origins, lines, claims });
}
