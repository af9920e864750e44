// A typed change read from and written to the book: the one place that knows, for each kind of
// change, how to find its target's current state and how to set it.
import type { BookChange } from '../../../shared/book-change';
import type { ClaimTable } from './claim-table';
import type { BookTables } from './tables';

/** The tables an Edit writes, with their write methods (the book hands them out to edits only). */
export interface Rooms {
  tables: BookTables;
  claims: ClaimTable;
}

type StateOf<C extends BookChange> = C['after'];

/** The target's state now, in the shape the change records it. */
export function currentState<C extends BookChange>(rooms: Rooms, change: C): StateOf<C> {
  const { tables, claims } = rooms;
  const c = change as BookChange;
  switch (c.kind) {
    case 'claim': return claims.state(c.key, c.asOf) as StateOf<C>;
    case 'line': return tables.lineState(c.program, c.code) as StateOf<C>;
    case 'origin': return tables.originState(c.id) as StateOf<C>;
    case 'explanation': return tables.explanation(c.flagId) as StateOf<C>;
    case 'settings': return tables.settings() as StateOf<C>;
    case 'importProfile': return tables.importProfile(c.name) as StateOf<C>;
    case 'template': return tables.templateState(c.id) as StateOf<C>;
    case 'catalog': return tables.catalogState(c.program) as StateOf<C>;
    case 'unit': return tables.unitState(c.name) as StateOf<C>;
    case 'treasuryMap': return tables.treasuryMap() as StateOf<C>;
    case 'treasuryLock': return tables.treasuryLock(c.program, c.period) as StateOf<C>;
  }
}

/** Sets the target to the change's `after`. */
export function writeState(rooms: Rooms, change: BookChange): void {
  const { tables, claims } = rooms;
  switch (change.kind) {
    case 'claim': return claims.setState(change.key, change.asOf, change.after);
    case 'line': return tables.setLineState(change.program, change.code, change.after);
    case 'origin': return tables.setOriginState(change.id, change.after);
    case 'explanation': return tables.setExplanation(change.flagId, change.after);
    case 'settings': return tables.writeSettings(change.after ?? tables.settings());
    case 'importProfile': return tables.saveImportProfile(change.name, change.after ?? {});
    case 'template': return tables.setTemplateState(change.id, change.after);
    case 'catalog': return tables.setCatalogState(change.program, change.after);
    case 'unit': return tables.setUnitState(change.name, change.after);
    case 'treasuryMap': return tables.setTreasuryMap(change.after);
    case 'treasuryLock': return tables.setTreasuryLock(change.program, change.period, change.after);
  }
}

/** Compares states as the audit stores them (JSON): key order aside, equal is equal. */
export function sameState(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}
