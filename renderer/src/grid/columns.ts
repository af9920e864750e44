// Column definitions: code and label pinned left, then each capital type (ĐT, SN, Cộng) as a
// group of measure columns. Money shows in triệu đồng, vi-VN; edits go to the back end as typed.
import type { ColDef, ColGroupDef, ValueFormatterParams } from 'ag-grid-community';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { SHEET_CAPITALS, SHEET_MEASURES, columnId, type ColumnId } from '../../../shared/sheet/columns';
import type { SheetCell } from '../../../shared/sheet/sheet';
import type { GridRow } from './visible-rows';
import { dong, formatMoney, type Scale } from '../../../shared/money';
import { formatVi } from '../../../shared/decimal';
import { LabelCell } from './LabelCell';

export interface GridContext {
  toggle(rowId: string): void;
  scale: Scale;
}

function markOf(row: GridRow | undefined, id: ColumnId) {
  return row?.marks?.get(id);
}

export function formatCell(cell: SheetCell | string | undefined, scale: Scale): string {
  if (cell === undefined) return '';
  // while an edit travels to the back end, AG Grid may hand us the text she typed
  if (typeof cell !== 'object') return String(cell);
  if (cell.kind === 'money') return formatMoney(dong(cell.dong), scale);
  const coefficient = BigInt(Math.round(cell.percent * 10 ** cell.decimals));
  return formatVi(coefficient, cell.decimals, false);
}

export function buildColumns(): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const fixed: ColDef<GridRow>[] = [
    { colId: 'code', headerName: 'Mã', field: 'code', pinned: 'left', width: 84, editable: false },
    {
      colId: 'label', headerName: 'Nội dung', field: 'label', pinned: 'left', width: 420,
      editable: false, cellRenderer: LabelCell, tooltipField: 'label',
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
        valueGetter: (p) => p.data?.cells[id],
        valueFormatter: (p: ValueFormatterParams<GridRow, SheetCell | string | undefined>) =>
          formatCell(p.value ?? undefined, (p.context as GridContext).scale),
        // the grid never computes money: the typed text goes to the back end as it is (readOnlyEdit)
        valueParser: (p) => p.newValue as unknown,
        cellClassRules: {
          'cell-stated': (p) => Boolean((p.value as SheetCell | undefined)?.stated),
          'cell-computed': (p) => Boolean(p.value && !(p.value as SheetCell).stated),
          'cell-total': () => capital === null,
          'flag-error': (p) => markOf(p.data, id)?.severity === 'error' && !markOf(p.data, id)!.explained,
          'flag-warning': (p) => markOf(p.data, id)?.severity === 'warning' && !markOf(p.data, id)!.explained,
          'flag-rounding': (p) => markOf(p.data, id)?.severity === 'rounding' && !markOf(p.data, id)!.explained,
          'flag-explained': (p) => Boolean(markOf(p.data, id)?.explained),
        },
        tooltipValueGetter: (p) => markOf(p.data, id)?.messages.join('\n'),
      };
    }),
  }));
  return [...fixed, ...groups];
}
