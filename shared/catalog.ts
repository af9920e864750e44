// The programme catalogue is data (resources/catalogs/*.json), never code: a book holds several
// programmes, and the 2026-2035 merged programme has other components than 2021-2025.
import type { Period } from './claim';

export interface CatalogNode {
  code: string;
  parent: string | null;
  name: string;
  /** "Trong đó" rows: shown, never summed into their parent */
  memo?: boolean;
}

export interface Catalog {
  id: string;
  program: string;
  name: string;
  basis?: string;
  period: Period;
  nodes: CatalogNode[];
}

/** The accountant's own lines under a catalogue node. */
export const LINE_KINDS = ['content', 'unit', 'work'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface Line {
  program: string;
  code: string;
  parent: string;
  kind: LineKind;
  name: string;
  /** the first year it no longer runs in: it keeps its figures and stays reconcilable, and the
   * years from then on show it only where it has figures. Absent: it runs. */
  retired?: number;
}

/** A row of the tree: a node, or an implementing unit's share of a node. */
export interface RowKey {
  node: string;
  unit: string | null;
}

export function rowKeyId(k: RowKey): string {
  return k.unit === null ? k.node : `${k.node}@${k.unit}`;
}

/** Dự án 1..7 are the catalogue's second level: the project filter lists them. */
export function projectsOf(catalog: Catalog): CatalogNode[] {
  const root = catalog.nodes.find((n) => n.parent === null);
  return catalog.nodes.filter((n) => n.parent === root?.code);
}
