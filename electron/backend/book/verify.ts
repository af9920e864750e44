// What `sovon verify` looks at: SQLite's own integrity check; whether the book's lines still form
// a tree (a book can be whole page by page and still be unusable); and whether the audit log's
// chain holds and every claim is what Sổ Vốn last wrote for it (see audit-chain.ts).
import { lockProblems } from '../treasury/lock-check';
import { sameState } from './changes';
import { formatVi } from '../../../shared/decimal';
import { CAPITAL_LABEL, MEASURE_LABEL, MSG, VERIFY_LABEL } from '../../../shared/i18n/vi';
import { type ClaimKey, periodLabel } from '../../../shared/claim';
import type { ClaimState } from '../../../shared/book-change';
import { lineProblems } from '../../../shared/sheet/line-rules';
import { type AuditRow, GENESIS, RecordedClaims, firstBreak } from './audit-chain';
import type { LogSummary } from './action-log';
import { type CheckCode, headHasCode } from '../../../shared/check-code';
import { AUDIT_CHAIN_VERSION, LOG_SUMMARY_VERSION } from './migrations';
import type { Book } from './book';

export interface Verification {
  problems: string[];
  /** claims written before the book kept a log of states (an older Sổ Vốn): not checked */
  unchecked: number;
}

export function bookProblems(book: Book): string[] {
  return verifyBook(book).problems;
}

export function verifyBook(book: Book): Verification {
  const problems = book.integrityProblems();
  if (problems.length) return { problems, unchecked: 0 }; // a damaged file: reading its tables could mislead
  for (const catalog of book.tables.catalogs()) {
    for (const p of lineProblems(catalog, book.tables.lines(catalog.program))) {
      problems.push(MSG.lineProblem(catalog.program, p.code, p.message));
    }
  }
  problems.push(...lockProblems(book));
  if (book.schemaVersion() < AUDIT_CHAIN_VERSION) return { problems, unchecked: 0 };
  const { recorded, labels, rows, head } = readLog(book, problems);
  const summarized = book.schemaVersion() >= LOG_SUMMARY_VERSION;
  if (summarized) checkSummary(book.log.summary(), rows, head, problems);
  const unrecorded = checkClaims(book, recorded, labels, problems);
  // once every figure stands in the log, one without a row there was put in outside Sổ Vốn
  if (!summarized || unrecorded.length === 0) return { problems, unchecked: unrecorded.length };
  problems.push(MSG.claimsUnrecorded(unrecorded.length, unrecorded.slice(0, 3).map(({ key, asOf }) => claimLabel(key, asOf))));
  return { problems, unchecked: 0 };
}

/** Where the book's history had this check code (printed under a signed sheet, in a backup's
 * name): the action it was the head after, or null when the history never passed through it. */
export function findCheckCode(book: Book, code: CheckCode): { action: number; at: string; label: string | null } | null {
  if (headHasCode(GENESIS, code)) return { action: 0, at: '', label: null };
  let label: string | null = null;
  for (const row of book.log.rows()) {
    if (row.kind === 'action') label = (JSON.parse(row.target) as { label: string }).label;
    if (row.hash !== null && headHasCode(row.hash, code)) return { action: row.action_id, at: row.at, label };
  }
  return null;
}

/** The log against the summary written with it: rows deleted from its end (or all of them), or
 * written by another tool, leave it behind. */
function checkSummary(summary: LogSummary | null, rows: number, head: string, problems: string[]): void {
  if (summary === null) return void problems.push(MSG.logSummaryMissing(rows));
  if (summary.rows === rows && summary.head === head) return;
  problems.push(summary.rows > rows ? MSG.logShortened(summary.rows, rows) : MSG.logDiffers(summary.rows, rows));
}

/** One pass over the log: the chain, and what it last wrote for each claim. */
function readLog(book: Book, problems: string[]) {
  const recorded = new RecordedClaims();
  const labels = new Map<number, string>();
  const rows: AuditRow[] = [];
  let head = GENESIS;
  for (const row of book.log.rows()) {
    head = row.hash ?? head;
    rows.push(row);
    recorded.add(row);
    if (row.kind === 'action') labels.set(row.action_id, (JSON.parse(row.target) as { label: string }).label);
  }
  const broken = firstBreak(rows);
  if (broken) problems.push(MSG.auditChainBroken(broken.row.id, broken.row.action_id, broken.lastGoodAction));
  return { recorded, labels, rows: rows.length, head };
}

/** Every claim against its last recorded state; the claims the log never saw. */
function checkClaims(book: Book, recorded: RecordedClaims, labels: Map<number, string>, problems: string[]): { key: ClaimKey; asOf: string | null }[] {
  const unrecorded: { key: ClaimKey; asOf: string | null }[] = [];
  const seen = new Set<object>();
  for (const { key, asOf, state } of book.claims.states()) {
    const last = recorded.get(key, asOf);
    if (!last) {
      unrecorded.push({ key, asOf });
      continue;
    }
    seen.add(last);
    if (!sameState(last.state, state)) problems.push(alteration(claimLabel(key, asOf), state, last.state, actionText(last.action, labels)));
  }
  for (const last of recorded.entries()) {
    if (last.state !== null && !seen.has(last)) problems.push(MSG.claimVanished(claimLabel(last.key, last.asOf), amount(last.state), actionText(last.action, labels)));
  }
  return unrecorded;
}

/** What changed, said as such: the amount, else the note ("là 137.374.000.000 đồng nhưng … ghi
 * lần cuối là 137.374.000.000 đồng" told her nothing when a note had been changed). */
function alteration(claim: string, now: ClaimState | null, recorded: ClaimState | null, action: string): string {
  if (now !== null && recorded !== null && amount(now) === amount(recorded) && now.note !== recorded.note) {
    return MSG.claimNoteAltered(claim, amount(now), now.note, recorded.note, action);
  }
  return MSG.claimAltered(claim, amount(now), amount(recorded), action);
}

function claimLabel(key: ClaimKey, asOf: string | null): string {
  const parts = [key.node, key.unit, `${MEASURE_LABEL[key.measure]} ${CAPITAL_LABEL[key.capital ?? 'ALL']}`, periodLabel(key.period), key.source, asOf && VERIFY_LABEL.asOf(asOf)];
  return VERIFY_LABEL.claim(parts.filter(Boolean).join(' · '), key.origin);
}

function amount(state: ClaimState | null): string {
  if (state === null) return VERIFY_LABEL.none;
  return state.decimals === null ? VERIFY_LABEL.dong(formatVi(BigInt(state.amount), 0)) : `${formatVi(BigInt(state.amount), state.decimals, false)}%`;
}

function actionText(action: number, labels: Map<number, string>): string {
  return VERIFY_LABEL.action(action, labels.get(action));
}
