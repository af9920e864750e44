// Claims in and out of a book in the interchange format "sovon-claims/1".
// Import is one transaction: every claim lands, or (on the first bad one) none.
import { scopeWhenComplete } from '../../shared/reconcile/completeness';
import { type Line, rowKeyId } from '../../shared/catalog';
import { type Claim, claimKeyId, defaultCompleteness } from '../../shared/claim';
import {
  InterchangeError, type InterchangeFile, type InterchangeOptions, type ParsedInterchange, parseInterchange, toInterchange,
} from '../../shared/interchange';
import { ACTION_LABEL, MSG } from '../../shared/i18n/vi';
import type { Book } from './book/book';
import { UserError } from './user-error';
import type { Edit } from './book/edit';
import { backupBefore } from './book/backups';
import { catalogOf, knownNodes } from './book/tree-of-book';
import { lineProblems } from '../../shared/sheet/line-rules';

export interface ImportSummary {
  claims: number;
  lines: number;
  origins: number;
}

export function importClaims(book: Book, json: unknown, options: InterchangeOptions & { file?: string } = {}): ImportSummary {
  let parsed: ParsedInterchange;
  try {
    parsed = parseInterchange(json, options);
  } catch (e) {
    if (e instanceof InterchangeError) throw new UserError(e.message);
    throw e;
  }
  const programs = programsOf(parsed);
  for (const program of programs) if (!book.tables.catalogs().some((c) => c.program === program)) throw new UserError(MSG.unknownProgram(program));
  backupBefore(book, 'import');
  return book.edit({ name: 'importClaims', label: ACTION_LABEL.importClaims(options.file) }, (e) => {
    const known = new Map(book.tables.origins().map((o) => [o.id, o]));
    for (const o of parsed.origins) {
      const origin = { ...o, complete: o.complete ?? known.get(o.id)?.complete ?? defaultCompleteness(o.kind), scope: o.scope ?? known.get(o.id)?.scope ?? null };
      e.putOrigin({ ...origin, scope: scopeWhenComplete(origin, () => parsed.claims.filter((c) => c.key.origin === o.id)) });
    }
    for (const unit of parsed.units ?? []) e.setUnit(unit);
    let lines = 0;
    for (const program of programs) lines += addMissingLines(book, e, program, parsed.lines.filter((l) => l.program === program));
    const nodes = new Map(programs.map((p) => [p, knownNodes(book, p)]));
    const lineCodes = new Set(programs.flatMap((p) => book.tables.lines(p).map((l) => `${p}\u001f${l.code}`)));
    const seen = new Set<string>();
    parsed.claims.forEach((claim, index) => {
      if (!nodes.get(claim.key.program)!.has(claim.key.node)) throw new UserError(MSG.claimRefused(index, MSG.unknownNode(claim.key.node)));
      const id = claimKeyId(claim.key) + (claim.asOf ?? '');
      if (seen.has(id)) throw new UserError(MSG.claimRefused(index, MSG.duplicateClaim));
      seen.add(id);
      ensureUnitLine(e, claim, lineCodes);
      e.putClaim(claim);
    });
    return { claims: parsed.claims.length, lines, origins: parsed.origins.length };
  });
}

/** The file's programme and every other one a claim or line of it names. */
function programsOf(parsed: ParsedInterchange): string[] {
  return [...new Set([parsed.program, ...parsed.lines.map((l) => l.program), ...parsed.claims.map((c) => c.key.program)])];
}

function addMissingLines(book: Book, e: Edit, program: string, lines: readonly Line[]): number {
  const existing = book.tables.lines(program);
  const byCode = new Map(existing.map((l) => [l.code, l]));
  const fresh: { line: Line; index: number }[] = [];
  lines.forEach((line, index) => {
    const known = byCode.get(line.code);
    if (!known) fresh.push({ line, index });
    else if (known.parent !== line.parent || known.kind !== line.kind) throw new UserError(MSG.lineRefused(index, line.code, MSG.lineMoved(known.parent)));
    else if (line.retired !== undefined && known.retired !== line.retired) e.retireLine(known, line.retired);
  });
  // the lines as they would be after the import must still form a tree
  const problems = lineProblems(catalogOf(book, program), [...existing, ...fresh.map((f) => f.line)]);
  const first = problems.find((p) => p.index >= existing.length);
  if (first) throw new UserError(MSG.lineRefused(fresh[first.index - existing.length]!.index, first.code, first.message));
  for (const { line } of fresh) e.addLine(line);
  return fresh.length;
}

/** A claim about an implementing unit makes that unit a row under its node. */
function ensureUnitLine(e: Edit, claim: Claim, lineCodes: Set<string>): void {
  const unit = claim.key.unit;
  if (unit === null) return;
  const code = `${claim.key.program}\u001f${rowKeyId({ node: claim.key.node, unit })}`;
  if (lineCodes.has(code)) return;
  lineCodes.add(code);
  e.addLine(unitLine(claim.key.program, claim.key.node, unit));
}

export function unitLine(program: string, node: string, unit: string): Line {
  return { program, code: rowKeyId({ node, unit }), parent: node, kind: 'unit', name: unit };
}

export function exportClaims(book: Book, program: string, origin?: string): InterchangeFile {
  const origins = book.tables.origins().filter((o) => origin === undefined || o.id === origin);
  if (origin !== undefined && origins.length === 0) throw new UserError(MSG.unknownOrigin(origin));
  const claims = book.claims.select({ program, ...(origin !== undefined && { origin }), ordered: true });
  const lines = book.tables.lines(program).filter((l) => l.kind !== 'unit');
  const named = new Set(claims.flatMap((c) => (c.key.unit === null ? [] : [c.key.unit])));
  const units = book.tables.units().filter((u) => named.has(u.name) && (u.from || u.to || u.successors.length));
  return toInterchange({ program, origins, lines, claims, units });
}
