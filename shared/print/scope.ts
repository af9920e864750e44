// What a document states, as the reconciliation sheet reads it: a figure of a document is set
// against her books only within the table the document gives (Origin.scope). A decision of sự
// nghiệp money says nothing of her investment money, so its total is not a "Cộng" of both and
// its silence on ĐT is not a 0: comparing there printed differences (-116.200) nobody can sign.
import { CAPITALS, type Capital, type MoneyMeasure, type OriginScope, SOURCES } from '../claim';
import { columnId } from '../sheet/columns';
import type { SheetRow } from '../sheet/sheet';

export interface ScopedOrigin {
  kind: string;
  complete?: boolean;
  scope?: OriginScope | null;
}

/** The table an origin gives, or null where nothing bounds its figures: her books; a document
 * read as stating only what it states (its figures are stated, or follow from stated ones). A
 * document marked complete without a scope of its own (a book made before scopes existed) is
 * bounded by what its figures name, as import and "Đủ các dòng" read it (statedScope). */
export function printScope(o: ScopedOrigin, rows: readonly SheetRow[], measures: readonly MoneyMeasure[]): OriginScope | null {
  if (o.kind === 'books') return null;
  if (o.scope) return o.scope;
  return o.complete ? scopeOfStated(rows, measures) : null;
}

/** Within the scope: the measure, the capital type (both, for Cộng) and every source (the sheet's
 * figures are totals over sources; a table of NSTW money alone is not such a total). */
export function inScope(scope: OriginScope | null, m: MoneyMeasure, c: Capital | null): boolean {
  if (!scope) return true;
  const capital = c === null ? CAPITALS.every((x) => scope.capitals.includes(x)) : scope.capitals.includes(c);
  const sources = !scope.sources || SOURCES.every((s) => scope.sources!.includes(s));
  return capital && sources && scope.measures.includes(m);
}

function scopeOfStated(rows: readonly SheetRow[], measures: readonly MoneyMeasure[]): OriginScope {
  const capitals = new Set<Capital>();
  const stated = new Set<MoneyMeasure>();
  let cong = false;
  for (const r of rows) {
    for (const m of measures) {
      for (const c of [...CAPITALS, null]) {
        if (!r.cells[columnId(m, c)]?.stated) continue;
        stated.add(m);
        if (c === null) cong = true;
        else capitals.add(c);
      }
    }
  }
  // a table of Cộng alone names no capital type: it speaks of both together
  const named = CAPITALS.filter((c) => capitals.has(c));
  return { capitals: named.length ? named : cong ? [...CAPITALS] : [], measures: [...stated] };
}
