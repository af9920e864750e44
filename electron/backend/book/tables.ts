// The book's tables apart from its claims (claim-table.ts): her settings, the catalogues and
// lines, the origins of figures and the files they came from, report templates, her readings of
// headers, explained flags. Reads for anyone; writes through an Edit (edit.ts), which records them.
import { RETIRED_LINES_VERSION, UNIT_SUCCESSORS_VERSION } from './migrations';
import type { Catalog, Line } from '../../../shared/catalog';
import type { Origin } from '../../../shared/claim';
import type { LineState, OriginState, TemplateState } from '../../../shared/book-change';
import type { BookSettings } from '../../../shared/settings';
import type { UnitSpan } from '../../../shared/units';
import type { TreasuryMap } from '../../../shared/treasury/mapping';
import type { TreasuryLock } from '../../../shared/treasury/lock';
import type { BookFile } from './book-file';
import { catalogSchema, importProfileSchema, originScopeSchema, parseColumn, parseSettings, treasuryLockSchema, treasuryMapSchema } from './json-columns';

export interface KeptDocument {
  number: string | null;
  date: string | null;
  issuer: string | null;
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

export interface TemplateInfo {
  id: string;
  name: string;
  addedAt: string;
}

type OriginRow = Omit<Origin, 'complete' | 'scope'> & { complete: number; scope: string | null; document_id: number | null };

/** A book of an older schema read without migrating it (read-only, `verify`) has no `retired`. */
const lockKey = (program: string, period: string) => `treasury-lock|${program}|${period}`;
const lineColumns = (schema: number) => `program, code, parent, kind, name, ${schema >= RETIRED_LINES_VERSION ? 'retired' : 'NULL AS retired'}`;
type LineRow = Omit<Line, 'retired'> & { retired: number | null };

/** A line as the log has always recorded it: `retired` only when it is (a line recorded before
 * lines could retire must compare equal to the same line read now, or its undo would refuse). */
function lineOfRow({ retired, ...line }: LineRow): Line {
  return retired === null ? line : { ...line, retired };
}

export class BookTables {
  constructor(private readonly file: BookFile) {}

  // ── settings ──────────────────────────────────────────────────────────────
  settings(): BookSettings {
    const row = this.file.statement("SELECT value FROM settings WHERE key = 'book'").get() as { value: string } | undefined;
    return parseSettings(row?.value);
  }

  writeSettings(settings: BookSettings): void {
    this.file.statement("INSERT INTO settings (key, value) VALUES ('book', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(settings));
  }

  // ── catalogue and lines ───────────────────────────────────────────────────
  catalogs(): Catalog[] {
    const rows = this.file.statement('SELECT body FROM catalogs ORDER BY rowid').all() as { body: string }[];
    return rows.map((r) => parseColumn(catalogSchema, r.body, 'catalogs'));
  }

  /** The catalogues a new book starts with (Book.create). */
  insertCatalog(c: Catalog): void {
    this.file.statement('INSERT INTO catalogs (id, program, body) VALUES (?, ?, ?)').run(c.id, c.program, JSON.stringify(c));
  }

  catalogState(program: string): Catalog | null {
    return this.catalogs().find((c) => c.program === program) ?? null;
  }

  /** A programme added to the book (or taken back by an undo: its lines went first). */
  setCatalogState(program: string, state: Catalog | null): void {
    if (state === null) this.file.statement('DELETE FROM catalogs WHERE program = ?').run(program);
    else this.file.statement('INSERT INTO catalogs (id, program, body) VALUES (?, ?, ?) ON CONFLICT (program) DO UPDATE SET id = excluded.id, body = excluded.body').run(state.id, program, JSON.stringify(state));
  }

  lines(program: string): Line[] {
    return (this.file.statement(`SELECT ${lineColumns(this.file.schemaVersion())} FROM lines WHERE program = ? ORDER BY sort`).all(program) as LineRow[]).map(lineOfRow);
  }

  nextLineSort(program: string): number {
    return (this.file.statement('SELECT COALESCE(MAX(sort), 0) + 1 AS n FROM lines WHERE program = ?').get(program) as { n: number }).n;
  }

  lineState(program: string, code: string): LineState | null {
    const row = this.file.statement(`SELECT ${lineColumns(this.file.schemaVersion())}, sort FROM lines WHERE program = ? AND code = ?`).get(program, code) as (LineRow & { sort: number }) | undefined;
    return row ? { ...lineOfRow(row), sort: row.sort } : null;
  }

  setLineState(program: string, code: string, state: LineState | null): void {
    if (state === null) {
      this.file.statement('DELETE FROM lines WHERE program = ? AND code = ?').run(program, code);
      return;
    }
    this.file.statement(`INSERT INTO lines (program, code, parent, kind, name, sort, retired) VALUES (@program, @code, @parent, @kind, @name, @sort, @retired)
      ON CONFLICT (program, code) DO UPDATE SET parent = excluded.parent, kind = excluded.kind, name = excluded.name, sort = excluded.sort, retired = excluded.retired`)
      .run({ ...state, retired: state.retired ?? null });
    if (state.kind === 'unit') this.file.statement('INSERT OR IGNORE INTO units (name) VALUES (?)').run(state.name);
  }

  /** The implementing units her lines name (a commune that kept its money under a district's
   * book may keep a book of its own since 2025). */
  unitNames(): string[] {
    return (this.file.statement('SELECT name FROM units ORDER BY name').pluck().all() as string[]);
  }

  /** Every unit with its validity and successors (Huyện Phong Thổ ends on 30/06/2025). */
  units(): UnitSpan[] {
    const rows = this.file.statement('SELECT name, valid_from AS "from", valid_to AS "to" FROM units ORDER BY name').all() as Omit<UnitSpan, 'successors'>[];
    const successors = this.successorsByUnit();
    return rows.map((r) => ({ ...r, successors: successors.get(r.name) ?? [] }));
  }

  unitState(name: string): UnitSpan | null {
    return this.units().find((u) => u.name === name) ?? null;
  }

  /** A unit's validity and successors set; a successor not yet known becomes a unit. With null,
   * a unit no line names goes, and one a line names only loses its dates and successors. */
  setUnitState(name: string, state: UnitSpan | null): void {
    const f = this.file;
    f.statement('DELETE FROM unit_successors WHERE unit = ?').run(name);
    if (state === null) {
      f.statement("DELETE FROM units WHERE name = ? AND NOT EXISTS (SELECT 1 FROM lines WHERE kind = 'unit' AND name = ?)").run(name, name);
      f.statement('UPDATE units SET valid_from = NULL, valid_to = NULL WHERE name = ?').run(name);
      return;
    }
    f.statement('INSERT INTO units (name, valid_from, valid_to) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET valid_from = excluded.valid_from, valid_to = excluded.valid_to')
      .run(name, state.from, state.to);
    state.successors.forEach((s, i) => {
      f.statement('INSERT OR IGNORE INTO units (name) VALUES (?)').run(s);
      f.statement('INSERT INTO unit_successors (unit, successor, sort) VALUES (?, ?, ?)').run(name, s, i);
    });
  }

  /** A book of an older schema (opened read-only) kept at most one successor in units. */
  private successorsByUnit(): Map<string, string[]> {
    const sql = this.file.schemaVersion() >= UNIT_SUCCESSORS_VERSION
      ? 'SELECT unit, successor FROM unit_successors ORDER BY unit, sort'
      : 'SELECT name AS unit, successor FROM units WHERE successor IS NOT NULL';
    const out = new Map<string, string[]>();
    for (const r of this.file.statement(sql).all() as { unit: string; successor: string }[]) out.set(r.unit, [...(out.get(r.unit) ?? []), r.successor]);
    return out;
  }

  // ── the Treasury's codes of her lines ─────────────────────────────────────
  treasuryMap(): TreasuryMap | null {
    const row = this.file.statement("SELECT value FROM settings WHERE key = 'treasury-map'").get() as { value: string } | undefined;
    return row ? parseColumn(treasuryMapSchema, row.value, 'treasury-map') : null;
  }

  setTreasuryMap(map: TreasuryMap | null): void {
    if (map === null) this.file.statement("DELETE FROM settings WHERE key = 'treasury-map'").run();
    else this.file.statement("INSERT INTO settings (key, value) VALUES ('treasury-map', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(map));
  }

  /** The reconciliations she locked, every programme and period (settings 'treasury-lock|P|period'). */
  treasuryLocks(): TreasuryLock[] {
    const rows = this.file.statement("SELECT key, value FROM settings WHERE key LIKE 'treasury-lock|%' ORDER BY key").all() as { key: string; value: string }[];
    return rows.map((r) => parseColumn(treasuryLockSchema, r.value, r.key) as TreasuryLock);
  }

  treasuryLock(program: string, period: string): TreasuryLock | null {
    const row = this.file.statement('SELECT value FROM settings WHERE key = ?').get(lockKey(program, period)) as { value: string } | undefined;
    return row ? (parseColumn(treasuryLockSchema, row.value, 'treasury-lock') as TreasuryLock) : null;
  }

  setTreasuryLock(program: string, period: string, lock: TreasuryLock | null): void {
    if (lock === null) this.file.statement('DELETE FROM settings WHERE key = ?').run(lockKey(program, period));
    else this.file.statement('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(lockKey(program, period), JSON.stringify(lock));
  }

  // ── origins ───────────────────────────────────────────────────────────────
  origins(): Origin[] {
    return this.originRows().map(({ document_id: _, ...origin }) => origin);
  }

  originState(id: string): OriginState | null {
    const row = this.originRows().find((o) => o.id === id);
    if (!row) return null;
    const { document_id, ...origin } = row;
    return { ...origin, scope: origin.scope ?? null, documentId: document_id };
  }

  setOriginState(id: string, state: OriginState | null): void {
    if (state === null) {
      this.file.statement('DELETE FROM origins WHERE id = ?').run(id);
      return;
    }
    const { documentId, ...o } = state;
    this.file.statement(`INSERT INTO origins (id, kind, label, complete, scope, document_id) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, label = excluded.label, complete = excluded.complete, scope = excluded.scope, document_id = excluded.document_id`)
      .run(id, o.kind, o.label, o.complete ? 1 : 0, o.scope ? JSON.stringify(o.scope) : null, documentId);
  }

  private originRows() {
    const rows = this.file.statement('SELECT id, kind, label, complete, scope, document_id FROM origins ORDER BY rowid').all() as OriginRow[];
    return rows.map((r) => ({ ...r, complete: r.complete === 1, scope: r.scope === null ? null : parseColumn(originScopeSchema, r.scope, 'origins') }));
  }

  // ── documents: the files figures came from ─────────────────────────────────
  /** The origin a file with these bytes was imported as, if it was. */
  originOfDocument(sha256: string): Origin | null {
    const row = this.file.statement('SELECT o.id FROM origins o JOIN documents d ON o.document_id = d.id WHERE d.sha256 = ?').get(sha256) as { id: string } | undefined;
    return row ? this.origins().find((o) => o.id === row.id) ?? null : null;
  }

  /** The file an origin was imported from: the decision its title quoted and the file's name
   * (an import asks whether a new file is the same decision again). */
  originDocument(id: string): { number: string | null; date: string | null; fileName: string | null } | null {
    return (this.file.statement('SELECT d.number, d.date, d.file_name AS fileName FROM origins o JOIN documents d ON o.document_id = d.id WHERE o.id = ?')
      .get(id) as { number: string | null; date: string | null; fileName: string | null } | undefined) ?? null;
  }

  /** Keeps the file (its bytes, name and hash); a file kept already (an import undone and done
   * again) is not kept twice. Its id, for the origin it becomes. */
  keepDocument(doc: KeptDocument): number {
    const kept = this.file.statement('SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1').get(doc.sha256) as { id: number } | undefined;
    if (kept) return kept.id;
    const { lastInsertRowid } = this.file.statement('INSERT INTO documents (number, date, issuer, file_name, file_bytes, sha256) VALUES (?, ?, ?, ?, ?, ?)')
      .run(doc.number, doc.date, doc.issuer, doc.fileName, doc.bytes, doc.sha256);
    return Number(lastInsertRowid);
  }

  // ── import profiles: her readings of headers and captions ───────────────────
  importProfile(name: string): Record<string, string | null> {
    const row = this.file.statement('SELECT body FROM import_mappings WHERE name = ?').get(name) as { body: string } | undefined;
    return row ? parseColumn(importProfileSchema, row.body, 'import_mappings') : {};
  }

  saveImportProfile(name: string, body: Record<string, string | null>): void {
    this.file.statement('INSERT INTO import_mappings (name, body) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body').run(name, JSON.stringify(body));
  }

  // ── report templates she added (checked before they get here) ──────────────
  templates(): TemplateInfo[] {
    if (!this.hasTemplates()) return [];
    return this.file.statement('SELECT id, name, added_at AS addedAt FROM templates ORDER BY added_at, id').all() as TemplateInfo[];
  }

  templateBytes(id: string): { name: string; bytes: Buffer } | null {
    if (!this.hasTemplates()) return null;
    return (this.file.statement('SELECT name, bytes FROM templates WHERE id = ?').get(id) as { name: string; bytes: Buffer } | undefined) ?? null;
  }

  templateState(id: string): TemplateState | null {
    if (!this.hasTemplates()) return null;
    const row = this.file.statement('SELECT name, bytes, added_at AS addedAt FROM templates WHERE id = ?').get(id) as { name: string; bytes: Buffer; addedAt: string } | undefined;
    return row ? { name: row.name, addedAt: row.addedAt, bytes: row.bytes.toString('base64') } : null;
  }

  setTemplateState(id: string, state: TemplateState | null): void {
    if (state === null) {
      this.file.statement('DELETE FROM templates WHERE id = ?').run(id);
      return;
    }
    this.file.statement('INSERT INTO templates (id, name, bytes, added_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, bytes = excluded.bytes, added_at = excluded.added_at')
      .run(id, state.name, Buffer.from(state.bytes, 'base64'), state.addedAt);
  }

  /** A book of an older schema opened read-only (not migrated) has no templates table. */
  private hasTemplates(): boolean {
    return this.file.statement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'templates'").get() !== undefined;
  }

  // ── explained flags ───────────────────────────────────────────────────────
  explanations(): Map<string, string> {
    const rows = this.file.statement('SELECT flag_id, note FROM explained_flags').all() as { flag_id: string; note: string }[];
    return new Map(rows.map((r) => [r.flag_id, r.note]));
  }

  explanation(flagId: string): string | null {
    const row = this.file.statement('SELECT note FROM explained_flags WHERE flag_id = ?').get(flagId) as { note: string } | undefined;
    return row?.note ?? null;
  }

  setExplanation(flagId: string, note: string | null): void {
    if (note === null) this.file.statement('DELETE FROM explained_flags WHERE flag_id = ?').run(flagId);
    else this.file.statement('INSERT INTO explained_flags (flag_id, note, at) VALUES (?, ?, ?) ON CONFLICT(flag_id) DO UPDATE SET note = excluded.note, at = excluded.at').run(flagId, note, new Date().toISOString());
  }
}
