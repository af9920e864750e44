// Which figure columns the grid shows, and in what order. At 1366 px with the Đối chiếu panel
// open the 24 columns of the whole sheet leave her three: a column set keeps the measures of
// the task at hand, a layout puts ĐT / SN / Cộng side by side under each measure (as the
// province's forms do) or shows one capital at a time, and she can hide single columns.
// Pure: no DOM, no grid, so the block selection and the tests read the same order.
import type { Capital, Measure } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { SHEET_CAPITALS, SHEET_MEASURES, columnId, type ColumnId } from '../../../shared/sheet/columns';

export type ColumnSetId = 'plan' | 'carry' | 'full';

export const COLUMN_SETS: Record<ColumnSetId, { label: string; measures: readonly Measure[] }> = {
  plan: { label: 'Kế hoạch và giải ngân', measures: ['allocated', 'available', 'disbursed', 'rate'] },
  carry: { label: 'Chuyển nguồn', measures: ['carry_in', 'available', 'disbursed', 'cancelled', 'carry_out'] },
  full: { label: 'Đầy đủ', measures: SHEET_MEASURES },
};

/** 'by-measure': ĐT, SN, Cộng under each measure; 'by-capital': the measures under each
 * capital (the old sheet); a capital alone ('ALL' is Cộng) shows only that capital. */
export type Layout = 'by-measure' | 'by-capital' | Capital | 'ALL';

export const LAYOUTS: Record<Layout, string> = {
  'by-measure': 'Chỉ tiêu › ĐT, SN, Cộng',
  'by-capital': 'Loại vốn › chỉ tiêu',
  DT: 'Chỉ vốn ĐT',
  SN: 'Chỉ vốn SN',
  ALL: 'Chỉ cột Cộng',
};

export interface ColumnChoice {
  set: ColumnSetId;
  layout: Layout;
  /** columns she hid one by one; kept when she switches set, so they stay hidden when she comes back */
  hidden: readonly ColumnId[];
  /** the Nội dung column wraps long names over several lines instead of cutting them */
  wrapLabels: boolean;
}

/** First open: what she needs most days, narrow enough for 1366 px with the panel open. */
export const DEFAULT_CHOICE: ColumnChoice = { set: 'plan', layout: 'by-measure', hidden: [], wrapLabels: false };

const CAPITAL_SHORT = { DT: 'ĐT', SN: 'SN', ALL: 'Cộng' } as const;

export interface FigureColumn {
  id: ColumnId;
  measure: Measure;
  capital: Capital | null;
  /** the header under its group's */
  header: string;
  /** the whole name, for the header's tooltip and the hide menu */
  title: string;
}

export interface FigureGroup {
  id: string;
  header: string;
  columns: FigureColumn[];
}

function capitalKey(capital: Capital | null): keyof typeof CAPITAL_SHORT {
  return capital ?? 'ALL';
}

function column(measure: Measure, capital: Capital | null, header: string): FigureColumn {
  return { id: columnId(measure, capital), measure, capital, header, title: `${MEASURE_LABEL[measure]} — ${CAPITAL_LABEL[capitalKey(capital)]}` };
}

/** Every column the set and layout offer, hidden ones included: what the hide menu lists. */
export function offeredGroups(choice: Pick<ColumnChoice, 'set' | 'layout'>): FigureGroup[] {
  const measures = COLUMN_SETS[choice.set].measures;
  const { layout } = choice;
  if (layout === 'by-measure') {
    return measures.map((m) => ({
      id: m, header: MEASURE_LABEL[m], columns: SHEET_CAPITALS.map((c) => column(m, c, CAPITAL_SHORT[capitalKey(c)])),
    }));
  }
  const capitals = layout === 'by-capital' ? SHEET_CAPITALS : [layout === 'ALL' ? null : layout];
  return capitals.map((c) => ({
    id: capitalKey(c), header: CAPITAL_LABEL[capitalKey(c)], columns: measures.map((m) => column(m, c, MEASURE_LABEL[m])),
  }));
}

/** What the grid draws: the offered columns less the hidden ones; an emptied group goes. */
export function shownGroups(choice: ColumnChoice): FigureGroup[] {
  const hidden = new Set(choice.hidden);
  return offeredGroups(choice)
    .map((g) => ({ ...g, columns: g.columns.filter((c) => !hidden.has(c.id)) }))
    .filter((g) => g.columns.length > 0);
}

/** The figure columns left to right: the order Shift+arrows, copy and paste follow. */
export function shownColumns(choice: ColumnChoice): ColumnId[] {
  return shownGroups(choice).flatMap((g) => g.columns.map((c) => c.id));
}

export function isColumnSet(v: unknown): v is ColumnSetId {
  return typeof v === 'string' && Object.hasOwn(COLUMN_SETS, v);
}

export function isLayout(v: unknown): v is Layout {
  return typeof v === 'string' && Object.hasOwn(LAYOUTS, v);
}
