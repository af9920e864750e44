// The year's sheet in AG Grid (community). Rows arrive flat in tree order; folding, edits and
// formatting are ours. Edits are requests (readOnlyEdit): the back end writes, then we reload.
import { useEffect, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type CellEditRequestEvent, type CellFocusedEvent, type GetRowIdParams } from 'ag-grid-community';
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { ColumnId } from '../../../shared/sheet/columns';
import type { Scale } from '../../../shared/money';
import { buildColumns, type GridContext } from './columns';
import { AG_GRID_LOCALE_VI } from './locale';
import type { GridRow } from './visible-rows';

// dense like the spreadsheets she knows
const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 26, headerHeight: 28, spacing: 5, cellHorizontalPadding: 6 });

export interface CellEdit {
  row: SheetRow;
  column: ColumnId;
  text: string;
}

export interface CellTarget {
  rowId: string;
  column: ColumnId;
}

interface Props {
  rows: GridRow[];
  /** a cell to bring into view and focus once its row is shown */
  focus: CellTarget | null;
  onFocusDone(): void;
  scale: Scale;
  onToggle(rowId: string): void;
  onEdit(edit: CellEdit): void;
  onFocusRow(row: SheetRow | null): void;
}

export function SheetGrid({ rows, focus, onFocusDone, scale, onToggle, onEdit, onFocusRow }: Props) {
  const grid = useRef<AgGridReact<GridRow>>(null);
  const columnDefs = useMemo(() => buildColumns(), []);
  useEffect(() => {
    const api = grid.current?.api;
    if (!focus || !api) return;
    const node = api.getRowNode(focus.rowId);
    if (!node || node.rowIndex === null) return;
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(focus.column);
    api.setFocusedCell(node.rowIndex, focus.column);
    onFocusDone();
  }, [focus, rows, onFocusDone]);
  const context: GridContext = useMemo(() => ({ toggle: onToggle, scale }), [onToggle, scale]);
  return (
    <div className="grid-host">
      <AgGridReact<GridRow>
        ref={grid}
        theme={theme}
        tooltipShowDelay={300}
        rowData={rows}
        columnDefs={columnDefs}
        context={context}
        getRowId={(p: GetRowIdParams<GridRow>) => p.data.id}
        readOnlyEdit
        // 24 number columns: render them all so keyboard and tests find every cell
        suppressColumnVirtualisation
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        localeText={AG_GRID_LOCALE_VI}
        defaultColDef={{ sortable: false, resizable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true }}
        rowClassRules={{ 'row-project': (p) => p.data?.kind === 'project', 'row-program': (p) => p.data?.kind === 'program' }}
        onCellEditRequest={(e: CellEditRequestEvent<GridRow>) => {
          if (!e.data) return;
          const text = String(e.newValue ?? '');
          // Enter on an untouched editor is not an edit: a computed figure must stay computed
          if (text === String(e.oldValue ?? '')) return;
          onEdit({ row: e.data, column: e.colDef.colId as ColumnId, text });
        }}
        onCellFocused={(e: CellFocusedEvent<GridRow>) => {
          const node = e.rowIndex === null || e.rowIndex === undefined ? null : e.api.getDisplayedRowAtIndex(e.rowIndex);
          onFocusRow(node?.data ?? null);
        }}
        // a new display unit must reformat every number cell
        key={scale}
      />
    </div>
  );
}
