// Column definitions: code and label pinned left, then each capital type (ĐT, SN, Cộng) as a
// group of measure columns. Money shows in triệu đồng, vi-VN; edits go to the back end as typed.
import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import { CAPITAL_LABEL, MEASURE_LABEL, viDate } from '../../../shared/i18n/vi';
import { SHEET_CAPITALS, SHEET_MEASURES, columnId, type ColumnId } from '../../../shared/sheet/columns';
import type { SheetCell } from '../../../shared/sheet/sheet';
import type { GridRow } from './visible-rows';
import { SCALES, dong, formatMoney, type Scale } from '../../../shared/money';
import { formatVi } from '../../../shared/decimal';
import { LabelCell } from './LabelCell';

export interface GridContext {
  toggle(rowId: string): void;
  scale: Scale;
  /** the cell is in the block she selected (Shift+arrows, Shift+click) */
  inBlock(rowIndex: number | null, column: ColumnId): boolean;
}

function markOf(row: GridRow | undefined, id: ColumnId) {
  return row?.marks?.get(id);
}

export function formatCell(cell: SheetCell | undefined, scale: Scale): string {
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

function rateCoefficient(cell: Extract<SheetCell, { kind: 'rate' }>): bigint {
  return BigInt(Math.round(cell.percent * 10 ** cell.decimals));
}

export function buildColumns(): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const fixed: ColDef<GridRow>[] = [
    { colId: 'code', headerName: 'Mã', field: 'code', pinned: 'left', width: 84, editable: false },
    {
      colId: 'label', headerName: 'Nội dung', field: 'label', pinned: 'left', width: 420,
      editable: false, cellRenderer: LabelCell, tooltipField: 'label',
      // the label does not change when she folds a row, the arrow does: redraw it every time
      equals: () => false,
    },
  ];
  const groups: ColGroupDef<GridRow>[] = SHEET_CAPITALS.map((capital) => ({
    headerName: CAPITAL_LABEL[capital ?? 'ALL'],
    groupId: capital ?? 'ALL',
    children: SHEET_MEASURES.map((measure): ColDef<GridRow> => {
      const id = columnId(measure, capital);
      return {
        colId: id,
        headerName: MEASURE_LABEL[measure],
        width: measure === 'rate' ? 80 : 118,
        type: 'rightAligned',
        editable: true,
        // the grid's value is the text she would type; the display rounds it to the unit
        valueGetter: (p) => editText(p.data?.cells[id], (p.context as GridContext).scale),
        valueFormatter: (p: ValueFormatterParams<GridRow>) => formatCell(p.data?.cells[id], (p.context as GridContext).scale),
        // the grid never computes money: the typed text goes to the back end as it is (readOnlyEdit)
        valueParser: (p) => p.newValue as unknown,
        cellClassRules: {
          'cell-stated': (p) => Boolean(p.data?.cells[id]?.stated),
          'cell-computed': (p) => Boolean(p.data?.cells[id] && !p.data.cells[id].stated),
          'cell-total': () => capital === null,
          'cell-in-block': (p) => (p.context as GridContext).inBlock(p.node.rowIndex, id),
          'cell-dated': (p) => Boolean(p.data?.cells[id]?.otherDates?.length),
          'flag-error': (p) => markOf(p.data, id)?.severity === 'error' && !markOf(p.data, id)!.explained,
          'flag-warning': (p) => markOf(p.data, id)?.severity === 'warning' && !markOf(p.data, id)!.explained,
          'flag-rounding': (p) => markOf(p.data, id)?.severity === 'rounding' && !markOf(p.data, id)!.explained,
          'flag-explained': (p) => Boolean(markOf(p.data, id)?.explained),
        },
        tooltipValueGetter: (p) => [computedText(p.data?.cells[id], (p.context as GridContext).scale), datesText(p.data?.cells[id]), ...(markOf(p.data, id)?.messages ?? [])].filter(Boolean).join('\n') || undefined,
      };
    }),
  }));
  return [...fixed, ...groups];
}
