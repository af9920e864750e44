// A book that proves it was not altered: every audit row carries a hash of itself chained to the
// row before, and every claim in the book must be what the audit log last wrote for it. A figure
// changed outside Sổ Vốn (a flipped bit on the disk, an edit with another SQLite tool) no longer
// matches its last recorded state; a rewritten audit row breaks the chain from that row on.
import crypto from 'node:crypto';
import type { ClaimState } from '../../../shared/book-change';
import type { ClaimKey } from '../../../shared/claim';

/** The hash before the first row. */
export const GENESIS = '0'.repeat(64);

export interface AuditRow {
  id: number;
  action_id: number;
  at: string;
  kind: string;
  target: string;
  before: string | null;
  after: string | null;
  hash: string | null;
}

export function rowHash(previous: string, row: Omit<AuditRow, 'id' | 'hash'>): string {
  // a unit separator between fields: no field can end in a way that fakes the next one's start
  const fields = [previous, String(row.action_id), row.at, row.kind, row.target, row.before ?? '\u0000', row.after ?? '\u0000'];
  return crypto.createHash('sha256').update(fields.join('\u001f')).digest('hex');
}

export interface ChainBreak {
  /** the first row whose hash does not follow */
  row: AuditRow;
  /** the last action before it that still checks */
  lastGoodAction: number | null;
}

/** Walks the chain in order; the first row that does not follow, or null. */
export function firstBreak(rows: Iterable<AuditRow>): ChainBreak | null {
  let previous = GENESIS;
  let lastGoodAction: number | null = null;
  for (const row of rows) {
    if (row.hash !== rowHash(previous, row)) return { row, lastGoodAction };
    previous = row.hash;
    lastGoodAction = row.action_id;
  }
  return null;
}

/** What the log last wrote for each claim (by key and date), and in which action. */
export class RecordedClaims {
  private readonly last = new Map<string, { key: ClaimKey; asOf: string | null; state: ClaimState | null; action: number }>();

  add(row: AuditRow): void {
    if (row.kind !== 'claim') return;
    const target = JSON.parse(row.target) as { key: ClaimKey; asOf: string | null };
    const state = row.after === null ? null : (JSON.parse(row.after) as ClaimState);
    this.last.set(recordedId(target.key, target.asOf), { ...target, state, action: row.action_id });
  }

  get(key: ClaimKey, asOf: string | null) {
    return this.last.get(recordedId(key, asOf));
  }

  /** Each recorded claim once, so the ones the book no longer holds can be named too. */
  entries() {
    return this.last.values();
  }
}

export function recordedId(key: ClaimKey, asOf: string | null): string {
  return [key.origin, key.program, key.period.from, key.period.to, key.node, key.unit ?? '', key.capital ?? '', key.source ?? '', key.measure, asOf ?? ''].join('\u001f');
}
