// Writing an import the wizard or `sovon import` has previewed: in one action (undone as one
// step) the origin, the file, her readings of its headers and columns, every claim, and, when she
// asks, the lowest allocations copied into her books where they state nothing yet.
import { BOOKS_ORIGIN, type Claim, type MoneyMeasure, type Origin, claimKeyId } from '../../../shared/claim';
import { IMPORT_DOUBT, IMPORT_PLAN_MSG as MSG, IMPORT_SAME, type Via, doubtText, sameDecisionDetails } from '../../../shared/i18n/import';
import { fold } from '../../../shared/import/grid';
import { correctionKey } from '../../../shared/import/plan';
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import { type Tree, ancestorIds } from '../../../shared/sheet/tree';
import { backupBefore } from '../book/backups';
import type { Edit } from '../book/edit';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { treeOf } from '../book/tree-of-book';
import { rememberColumns } from './column-profile';
import { type ImportPreview, PROFILE } from './import-file';

/** Her answer when the file is a decision the book holds (preview.sameDecision): replace that
 * origin (named by its id, so a book changed since the preview is not replaced blind), or keep
 * both, the new one under a name of hers. */
export type SameDecisionChoice = { replace: string } | { keepBothAs: string } | null;

/** The choice as a call or the command line gives it: both at once is neither. */
export function sameChoiceOf(replace: string | undefined, keepBothAs: string | undefined, via: Via = 'cli'): SameDecisionChoice {
  if (replace !== undefined && keepBothAs !== undefined) throw new UserError(IMPORT_SAME.bothChoices(via));
  return replace !== undefined ? { replace } : keepBothAs !== undefined ? { keepBothAs } : null;
}

/** One action (undone as one step): the origin, the file, every claim; nothing if any fails.
 * `toBooks` also writes the lowest allocations into her books where they state nothing yet (a
 * figure she has already entered is kept: where it differs, the check shows it). */
export function commitImport(book: Book, preview: ImportPreview, bytes: Buffer, toBooks = false, doubtsSeen = false, same: SameDecisionChoice = null, via: Via = 'cli'): { claims: number; toBooks: number; origin: Origin } {
  if (preview.importedAs) throw new UserError(MSG.alreadyImported(preview.file, preview.importedAs.label));
  const doubts = preview.plan.reading.doubts;
  if (doubts.length && !doubtsSeen) throw new UserError(IMPORT_DOUBT.refused(preview.file, doubts.map(doubtText), via));
  const { origin, replacing } = originToWrite(book, preview, same, via);
  const claims = origin.id === preview.origin.id ? preview.claims : preview.claims.map((c) => ({ ...c, key: { ...c.key, origin: origin.id } }) as Claim);
  backupBefore(book, 'import');
  const label = replacing ? IMPORT_SAME.replaceAction(replacing.label, preview.file) : ACTION_LABEL.importFile(origin.label);
  return book.edit({ name: 'importFile', label }, (e) => {
    const documentId = e.keepDocument({
      number: preview.title.decision?.number ?? null, date: preview.title.decision?.date ?? null, issuer: preview.title.decision?.issuer ?? null,
      fileName: preview.file, bytes, sha256: preview.sha256,
    });
    e.remark('importFile', { file: preview.file, sheet: preview.sheet, origin: origin.id }, preview.sha256);
    // a figure of the old file the new one does not state goes with the old file
    if (replacing) clearOthers(book, e, replacing.id, claims);
    e.putOrigin(origin, documentId);
    for (const line of preview.plan.lines) e.addLine(line);
    rememberCorrections(book, e, preview);
    rememberColumns(book, e, preview.plan.reading, preview.columnCorrections);
    for (const claim of claims) e.putClaim(claim);
    if (!toBooks) return { claims: claims.length, toBooks: 0, origin };
    // a preview always holds a figure (see previewImportBytes); the lines just added are in the tree
    const tree = treeOf(book, claims[0]!.key.program);
    const held = heldInBooks(book, tree, claims);
    let copied = 0;
    for (const claim of lowest(tree, claims.filter(copiedToBooks))) {
      const key = { ...claim.key, origin: BOOKS_ORIGIN };
      if (held.has(rowKey(key))) continue;
      e.putClaim({ ...claim, key } as Claim);
      copied++;
    }
    return { claims: claims.length, toBooks: copied, origin };
  });
}

/** The origin the import writes: a new one, the one of the same decision it replaces, or a new
 * one under her name beside it; a second origin of one decision is never made unasked. */
function originToWrite(book: Book, preview: ImportPreview, same: SameDecisionChoice, via: Via): { origin: Origin; replacing: Origin | null } {
  const found = preview.sameDecision;
  if (same && 'replace' in same) {
    if (found?.origin.id !== same.replace) throw new UserError(IMPORT_SAME.notTheSame(same.replace));
    return { origin: { ...preview.origin, id: found.origin.id }, replacing: found.origin };
  }
  if (same && 'keepBothAs' in same) {
    const label = same.keepBothAs.trim();
    if (!label) throw new UserError(IMPORT_SAME.noName);
    if (book.tables.origins().some((o) => fold(o.label) === fold(label))) throw new UserError(IMPORT_SAME.nameTaken(label));
    return { origin: { ...preview.origin, label }, replacing: null };
  }
  if (found) throw new UserError(IMPORT_SAME.refused(found.view.message, found.origin.id, sameDecisionDetails(found.view), via));
  return { origin: preview.origin, replacing: null };
}

function clearOthers(book: Book, e: Edit, origin: string, claims: readonly Claim[]): void {
  const kept = new Set(claims.map((c) => claimKeyId(c.key)));
  for (const old of book.claims.select({ program: claims[0]!.key.program, origin })) {
    if (!kept.has(claimKeyId(old.key))) e.clearClaim(old.key);
  }
}


/** Her readings of this file join the profile, for the next file of the same shape. */
function rememberCorrections(book: Book, e: Edit, preview: ImportPreview): void {
  const mine = preview.plan.mappings.filter((m) => m.corrected);
  if (mine.length === 0) return;
  const before = book.tables.importProfile(PROFILE);
  const after = { ...before, ...Object.fromEntries(mine.map((m) => [correctionKey(m.label), m.node])) };
  e.importProfile(PROFILE, after);
}

/** What she states in her books: the flows of the year, by capital type; what follows from them
 * (available, carried out, the rate, a Cộng) her books derive and never hold. */
const STATED_IN_BOOKS: readonly MoneyMeasure[] = ['carry_in', 'allocated', 'adjusted', 'disbursed', 'cancelled'];
const copiedToBooks = (c: Claim) => c.key.capital !== null && (STATED_IN_BOOKS as readonly string[]).includes(c.key.measure);

type Where = Pick<Claim['key'], 'node' | 'unit' | 'capital' | 'source' | 'measure'>;
const rowKey = (k: Where, node = k.node) => `${node}|${k.unit ?? ''}|${k.capital}|${k.source ?? ''}|${k.measure}`;

/** The imported figures with no imported figure below them: her books state lines and derive
 * their totals, so a total copied in would stop following her lines. */
function lowest(tree: Tree, claims: readonly Claim[]): Claim[] {
  const covered = new Set<string>();
  for (const c of claims) {
    if (c.key.unit !== null) covered.add(rowKey({ ...c.key, unit: null }));
    for (const id of ancestorIds(tree, c.key.node)) covered.add(rowKey({ ...c.key, unit: null }, id));
  }
  return claims.filter((c) => !covered.has(rowKey(c.key)));
}

/** Rows where her books already state the figure, or state it for a line below them. */
function heldInBooks(book: Book, tree: Tree, claims: readonly Claim[]): Set<string> {
  const held = new Set<string>();
  if (claims.length === 0) return held;
  const { period } = claims[0]!.key;
  for (const c of book.claims.select({ program: tree.program, origin: BOOKS_ORIGIN, year: period.from })) {
    held.add(rowKey(c.key));
    held.add(rowKey({ ...c.key, unit: null }));
    for (const id of ancestorIds(tree, c.key.node)) held.add(rowKey({ ...c.key, unit: null }, id));
  }
  return held;
}
