// Her place in a book, remembered per book (keyed by the book's path), so a reload or the next
// day finds the year, project, columns, widths, folding and panel as she left them. It is the
// window's memory, not the book's: kept outside the book (layout-store.ts says where).
// What is read back is untrusted (an older version, a hand edit, a full disk): each field that
// does not make sense falls back to its default alone, and nothing here ever throws.
import type { Scale } from '../../shared/money';
import type { ColumnId } from '../../shared/sheet/columns';
import { type SheetView, parseView } from '../../shared/sheet/view';
import { SHEET_COLUMNS } from '../../shared/sheet/columns';
import { DEFAULT_CHOICE, isColumnSet, isLayout, type ColumnChoice } from './grid/column-sets';

export type PanelDock = 'right' | 'below';

export interface BookLayout {
  view: SheetView | null;
  scale: Scale;
  columns: ColumnChoice;
  /** widths she dragged, by column id ('code', 'label', 'allocated:DT'…) */
  widths: Readonly<Record<string, number>>;
  /** folded rows; null: never folded by her, the sheet's first folding applies */
  collapsed: readonly string[] | null;
  panel: { open: boolean; dock: PanelDock };
}

export const DEFAULT_LAYOUT: BookLayout = {
  view: null, scale: 'trieu', columns: DEFAULT_CHOICE, widths: {}, collapsed: null, panel: { open: true, dock: 'right' },
};

const SCALES: readonly Scale[] = ['dong', 'nghin', 'trieu', 'ty'];
const COLUMN_IDS = new Set<string>(SHEET_COLUMNS.map((c) => c.id));
/** a dragged width outside this is a mistake, not a wish (a column she can no longer find) */
const MIN_WIDTH = 24;
const MAX_WIDTH = 1200;
export const KEY_PREFIX = 'sovon.layout:';

type Json = Record<string, unknown>;

function record(v: unknown): Json | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
}

/** the strings of a list, the odd item dropped; not a list: null */
function strings(v: unknown): string[] | null {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : null;
}

function parseColumns(v: unknown): ColumnChoice {
  const o = record(v) ?? {};
  return {
    set: isColumnSet(o.set) ? o.set : DEFAULT_CHOICE.set,
    layout: isLayout(o.layout) ? o.layout : DEFAULT_CHOICE.layout,
    hidden: (strings(o.hidden) ?? []).filter((id): id is ColumnId => COLUMN_IDS.has(id)),
    wrapLabels: typeof o.wrapLabels === 'boolean' ? o.wrapLabels : DEFAULT_CHOICE.wrapLabels,
  };
}

function parseWidths(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, w] of Object.entries(record(v) ?? {})) {
    if (typeof w === 'number' && Number.isFinite(w) && w >= MIN_WIDTH && w <= MAX_WIDTH) out[id] = Math.round(w);
  }
  return out;
}

function parsePanel(v: unknown): BookLayout['panel'] {
  const o = record(v) ?? {};
  return {
    open: typeof o.open === 'boolean' ? o.open : DEFAULT_LAYOUT.panel.open,
    dock: o.dock === 'below' || o.dock === 'right' ? o.dock : DEFAULT_LAYOUT.panel.dock,
  };
}

/** What a stored text says, each damaged part replaced by its default. */
export function parseLayout(text: string | null): BookLayout {
  let raw: unknown = null;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    return DEFAULT_LAYOUT;
  }
  const o = record(raw);
  if (!o) return DEFAULT_LAYOUT;
  return {
    view: parseView(o.view),
    scale: SCALES.includes(o.scale as Scale) ? (o.scale as Scale) : DEFAULT_LAYOUT.scale,
    columns: parseColumns(o.columns),
    widths: parseWidths(o.widths),
    collapsed: strings(o.collapsed),
    panel: parsePanel(o.panel),
  };
}

export function layoutKey(bookPath: string): string {
  return KEY_PREFIX + bookPath;
}

/** The storage is passed in so the tests need no browser; a blocked storage reads as empty. */
export function loadLayout(storage: Pick<Storage, 'getItem'>, bookPath: string): BookLayout {
  try {
    return parseLayout(storage.getItem(layoutKey(bookPath)));
  } catch {
    return DEFAULT_LAYOUT;
  }
}

/** Merges a change into what is stored: the grid and the book's view each write their part. */
export function rememberLayout(storage: Pick<Storage, 'getItem' | 'setItem'>, bookPath: string, change: Partial<BookLayout>): BookLayout {
  const next = { ...loadLayout(storage, bookPath), ...change };
  try {
    storage.setItem(layoutKey(bookPath), JSON.stringify({ ...next, savedAt: Date.now() }));
  } catch {
    // a full or blocked storage: she loses only the memory of her place, never her work
  }
  return next;
}

/** When a stored text was written (0: not said, or not a layout): of two copies, the newer wins. */
export function savedAt(text: string | null): number {
  try {
    const at = (record(text === null ? null : JSON.parse(text)) ?? {}).savedAt;
    return typeof at === 'number' && Number.isFinite(at) ? at : 0;
  } catch {
    return 0;
  }
}

/** The browser's storage, or none (a sandboxed frame may refuse even to hand it out). */
export function browserStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}
