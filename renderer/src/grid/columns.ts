// Column definitions: code and label pinned left, then the figure columns she chose
// (column-sets.ts) in their groups. Money shows in her display unit, vi-VN; edits go to the
// back end as typed.
import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import { DISPUTED_FIGURE, viDate } from '../../../shared/i18n/vi';
import { disputedText } from '../checks/marks';
import type { ColumnId } from '../../../shared/sheet/columns';
import type { FigureGroup } from './column-sets';
import type { SheetCell } from '../../../shared/sheet/sheet';
import type { GridRow } from './visible-rows';
import { SCALES, dong, formatMoney, type Scale } from '../../../shared/money';
import { formatVi } from '../../../shared/decimal';
import type { GridContext } from './grid-context';
import { LabelCell } from './LabelCell';
import { codeWidth, figureWidth, rateWidth } from './figure-width';

function markOf(row: GridRow | undefined, id: ColumnId) {
  return row?.marks?.get(id);
}

/** A computed rate resting on a figure in dispute (checks/marks.ts): not a number to show. */
function isDisputed(row: GridRow | undefined, id: ColumnId): boolean {
  const cell = row?.cells[id];
  return cell?.kind === 'rate' && !cell.stated && Boolean(markOf(row, id)?.disputes);
}

/** A figure as the grid shows it; a rate without its % sign (the column says it). */
export function formatCell(cell: Pick<Extract<SheetCell, { kind: 'money' }>, 'kind' | 'dong'> | RateFigure | undefined, scale: Scale): string {
  if (cell === undefined) return '';
  if (cell.kind === 'money') return formatMoney(dong(cell.dong), scale);
  return formatVi(rateCoefficient(cell), cell.decimals, false);
}

/** The figure as she would type it in the display unit, exact (no rounding): what the editor
 * opens with, so F2 then Enter, or adding a digit, never changes a figure she did not touch. */
export function editText(cell: SheetCell | undefined, scale: Scale): string {
  if (cell === undefined) return '';
  if (cell.kind === 'money') return formatVi(BigInt(cell.dong), SCALES[scale]);
  return formatVi(rateCoefficient(cell), cell.decimals, false);
}

const COMPUTED_FROM = { children: 'các dòng con cộng lại', flow: 'chuyển nguồn + giao + điều chỉnh', capital: 'vốn ĐT + vốn SN' } as const;

/** A total she stated: what it would be computed, and the difference, so a stale total shows. */
export function computedText(cell: SheetCell | undefined, scale: Scale): string {
  if (cell?.kind !== 'money' || !cell.stated || !cell.computed) return '';
  const diff = cell.dong - cell.computed.dong;
  const tail = diff === 0 ? 'khớp' : `chênh ${formatMoney(dong(diff), scale)}`;
  return `Số đã nhập. Tính từ ${COMPUTED_FROM[cell.computed.from]}: ${formatMoney(dong(cell.computed.dong), scale)} (${tail}).`;
}

/** "Số liệu đến ngày 30/06/2024 (nguồn này còn ghi số đến ngày 31/12/2024)" */
export function datesText(cell: SheetCell | undefined): string {
  if (!cell?.asOf) return '';
  const others = cell.otherDates?.length ? ` (nguồn này còn ghi số đến ngày ${cell.otherDates.map(viDate).join(', ')})` : '';
  return `Số liệu đến ngày ${viDate(cell.asOf)}${others}`;
}

type RateFigure = Pick<Extract<SheetCell, { kind: 'rate' }>, 'kind' | 'percent' | 'decimals'>;

function rateCoefficient(cell: RateFigure): bigint {
  return BigInt(Math.round(cell.percent * 10 ** cell.decimals));
}

/** Widths for a first look, by display unit, widened to the sheet's widest figure where it needs
 * more (figure-width.ts). At 1366 px with the panel open, Giao, Giải ngân and Tỷ lệ of ĐT, SN
 * and Cộng fit in triệu đồng. */
const MONEY_WIDTH: Record<Scale, number> = { dong: 104, nghin: 82, trieu: 64, ty: 56 };
/** "100,00" whole, and "DA1.1-W7": the narrowest rate and code columns, widened to the sheet's */
const RATE_CHARS = 6;
export const LABEL_WIDTHS = { code: 52, label: 180 } as const;

export interface ColumnLook {
  groups: readonly FigureGroup[];
  /** widths she dragged (layout-memory.ts) */
  widths: Readonly<Record<string, number>>;
  /** a money column's width unless she dragged it (moneyWidthFor) */
  moneyWidth: number;
  /** the widest rate and line code of the sheet, in characters: shown whole, never "100…" */
  rateChars: number;
  codeChars: number;
  /** long names over several lines rather than cut (the full name is also on hover) */
  wrapLabels: boolean;
}

/** A money column's width: the unit's first-look width, wider where the sheet's widest figure
 * (in characters) needs more. A number, so a sheet whose figures fit keeps the same columns. */
export function moneyWidthFor(scale: Scale, figureChars: number): number {
  return Math.max(MONEY_WIDTH[scale], figureWidth(figureChars));
}

export function buildColumns({ groups, widths, moneyWidth, rateChars, codeChars, wrapLabels }: ColumnLook): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const fixed: ColDef<GridRow>[] = [
    {
      colId: 'code', headerName: 'Mã', field: 'code', pinned: 'left', width: widths.code ?? Math.max(LABEL_WIDTHS.code, codeWidth(codeChars)), editable: false, tooltipField: 'code',
      cellClassRules: { 'cell-found': (p) => (p.context as GridContext).isFound(p.data?.id, 'code') },
    },
    {
      colId: 'label', headerName: 'Nội dung', field: 'label', pinned: 'left', width: widths.label ?? LABEL_WIDTHS.label,
      editable: false, cellRenderer: LabelCell, tooltipField: 'label', wrapText: wrapLabels, autoHeight: wrapLabels,
      cellClass: wrapLabels ? 'label-wraps' : undefined,
      cellClassRules: { 'cell-found': (p) => (p.context as GridContext).isFound(p.data?.id, 'label') },
      // the label does not change when she folds a row, the arrow does: redraw it every time
      equals: () => false,
    },
  ];
  const figures: ColGroupDef<GridRow>[] = groups.map((group) => ({
    headerName: group.header,
    groupId: `group:${group.id}`,
    headerClass: 'group-start',
    children: group.columns.map((col, i): ColDef<GridRow> => {
      const { id, capital, measure } = col;
      return {
        colId: id,
        headerName: col.header,
        headerTooltip: col.title,
        width: widths[id] ?? (measure === 'rate' ? rateWidth(Math.max(RATE_CHARS, rateChars)) : moneyWidth),
        type: 'rightAligned',
        editable: true,
        // a line between groups: with ĐT, SN, Cộng under each measure the eye needs it
        headerClass: i === 0 ? 'group-start' : undefined,
        cellClass: i === 0 ? 'group-start' : undefined,
        // the grid's value is the text she would type; the display rounds it to the unit
        valueGetter: (p) => editText(p.data?.cells[id], (p.context as GridContext).scale),
        valueFormatter: (p: ValueFormatterParams<GridRow>) =>
          isDisputed(p.data, id) ? DISPUTED_FIGURE : formatCell(p.data?.cells[id], (p.context as GridContext).scale),
        // the grid never computes money: the typed text goes to the back end as it is (readOnlyEdit)
        valueParser: (p) => p.newValue as unknown,
        cellClassRules: {
          'cell-stated': (p) => Boolean(p.data?.cells[id]?.stated),
          'cell-computed': (p) => Boolean(p.data?.cells[id] && !p.data.cells[id].stated),
          'cell-total': () => capital === null,
          'cell-in-block': (p) => (p.context as GridContext).inBlock(p.node.rowIndex, id),
          'cell-dated': (p) => Boolean(p.data?.cells[id]?.otherDates?.length),
          'cell-disputed': (p) => isDisputed(p.data, id),
          'cell-found': (p) => (p.context as GridContext).isFound(p.data?.id, id),
          'cell-jumped': (p) => (p.context as GridContext).isJumped(p.data?.id, id),
          'flag-error': (p) => markOf(p.data, id)?.severity === 'error' && !markOf(p.data, id)!.explained,
          'flag-warning': (p) => markOf(p.data, id)?.severity === 'warning' && !markOf(p.data, id)!.explained,
          'flag-rounding': (p) => markOf(p.data, id)?.severity === 'rounding' && !markOf(p.data, id)!.explained,
          'flag-explained': (p) => Boolean(markOf(p.data, id)?.explained),
        },
        tooltipValueGetter: (p) => [
          computedText(p.data?.cells[id], (p.context as GridContext).scale), datesText(p.data?.cells[id]),
          ...(markOf(p.data, id)?.messages ?? []), isDisputed(p.data, id) ? disputedText(markOf(p.data, id)) : '',
        ].filter(Boolean).join('\n') || undefined,
      };
    }),
  }));
  return [...fixed, ...figures];
}
