// The year's sheet in AG Grid (community). Rows arrive flat in tree order; folding, edits and
// formatting are ours. Edits are requests (readOnlyEdit): the back end writes, then we reload.
import { type ClipboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import { themeQuartz, type CellContextMenuEvent, type CellEditRequestEvent, type CellFocusedEvent, type ColumnResizedEvent, type GetRowIdParams, type GridApi, type RowClassRules, type SuppressKeyboardEventParams } from 'ag-grid-community';
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { ColumnId } from '../../../shared/sheet/columns';
import type { Scale } from '../../../shared/money';
import { LABEL_WIDTHS, buildColumns, moneyWidthFor } from './columns';
import type { GridContext } from './grid-context';
import { SCALE_LABEL } from '../../../shared/i18n/vi';
import { AG_GRID_LOCALE_VI } from './locale';
import type { GridRow } from './visible-rows';
import type { SheetChars } from './figure-width';
import { type BlockEdit, BlockSelection, blockKeys } from './block-selection';
import { foldKeys } from './fold-keys';
import { excelKeys } from './excel-keys';
import { type Refusal, entryKeys } from './entry-keys';
import { type ColumnChoice, shownColumns, shownGroups } from './column-sets';

// dense like the spreadsheets she knows
const theme = themeQuartz.withParams({ fontSize: 13, rowHeight: 26, headerHeight: 28, spacing: 5, cellHorizontalPadding: 6 });

export interface CellEdit {
  row: SheetRow;
  column: ColumnId;
  text: string;
}

export interface CellTarget {
  rowId: string;
  column: ColumnId | 'code' | 'label';
  /** shown without taking the keyboard from where she types (the find bar) */
  keepFocus?: boolean;
}

interface Props {
  rows: GridRow[];
  /** the widest money figure of the sheet in the display unit, its widest rate and longest line
   * code, in characters (figure-width.ts) */
  chars: SheetChars;
  /** a cell to bring into view and focus once its row is shown */
  focus: CellTarget | null;
  onFocusDone(): void;
  scale: Scale;
  onToggle(rowId: string): void;
  onEdit(edit: CellEdit): void;
  onFocusRow(row: SheetRow | null): void;
  /** a paste, a fill down or a block cleared: one action */
  onEditBlock(edit: BlockEdit): void;
  onMessage(text: string): void;
  /** a new value gives the keyboard back to the grid's current cell (a dialog over it closed) */
  refocus?: number;
  /** the column set, layout, hidden columns (column-sets.ts) */
  columns: ColumnChoice;
  /** widths she dragged, by column id */
  widths: Readonly<Record<string, number>>;
  onWidths(widths: Record<string, number>): void;
  /** the right button (or the menu key) on a figure: its own menu (AG Grid's is Enterprise) */
  onCellMenu?(at: { row: SheetRow; column: ColumnId; x: number; y: number }): void;
  /** the right button on a figure column's header */
  onHeaderMenu?(at: { column: ColumnId; x: number; y: number }): void;
  /** the lines an import just gave figures to (by node), marked until her next edit */
  imported?: ReadonlySet<string>;
}

// The grid's options are the same objects from render to render: a new object is a changed
// option to AG Grid, which then rebuilds its columns and measures every header again (40-70 ms
// of each edit's redraw, measured with bench/grid.ts).
const rowIdOf = (p: GetRowIdParams<GridRow>) => p.data.id;
/** how long the cell she was taken to stays marked */
const JUMP_MARK_MS = 1600;
const ROW_CLASS_RULES: RowClassRules<GridRow> = {
  'row-project': (p) => p.data?.kind === 'project',
  'row-program': (p) => p.data?.kind === 'program',
  // an earlier programme's money carried into the year: a block of its own under a rule
  'row-carried': (p) => p.data?.program !== undefined,
  'row-carried-head': (p) => p.data?.program !== undefined && p.data.parentId === null,
  'row-imported': (p) => Boolean(p.data && (p.context as GridContext).isImported(p.data.node)),
};

export function SheetGrid({ rows, chars, focus, onFocusDone, scale, onToggle, onEdit, onFocusRow, onEditBlock, onMessage, refocus, columns, widths, onWidths, onCellMenu, onHeaderMenu, imported }: Props) {
  const grid = useRef<AgGridReact<GridRow>>(null);
  // the cell the find bar shows her, marked while she types there (CellTarget.keepFocus)
  const found = useRef<CellTarget | null>(null);
  const jumped = useRef<CellTarget | null>(null);
  // a value the book would refuse, shown beside the editor she is kept in (entry-keys.ts)
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // the width the label was last fitted to: new columns start from it rather than jump back
  const fitted = useRef<number | null>(null);
  // the width, not the count of characters: the sheet arriving in a grid drawn without it
  // rebuilds the columns only if its figures need wider ones
  const moneyWidth = moneyWidthFor(scale, chars.money);
  const { rate: rateChars, code: codeChars } = chars;
  const columnDefs = useMemo(
    () => buildColumns({
      groups: shownGroups(columns), widths: { ...(fitted.current ? { label: fitted.current } : {}), ...widths },
      moneyWidth, rateChars, codeChars, wrapLabels: columns.wrapLabels,
    }),
    // a new unit draws a new grid (key={scale} below)
    [columns, widths, moneyWidth, rateChars, codeChars],
  );
  // the block follows the columns as drawn; read at the time of the key, not of the render
  const shown = useMemo(() => shownColumns(columns), [columns]);
  const figures = useRef(shown);
  figures.current = shown;
  const selection = useMemo(() => new BlockSelection(
    () => grid.current?.api.refreshCells({ columns: [...figures.current], force: true }),
    () => figures.current,
  ), []);
  // only a real change of columns moves cells under the block (not a new width or unit)
  const shownKey = shown.join();
  useEffect(() => selection.reset(), [shownKey, selection]);
  // the Nội dung column takes the room the figures leave, unless she set its width herself
  const labelWidth = useRef(widths.label);
  labelWidth.current = widths.label;
  const host = useRef<HTMLDivElement>(null);
  const fitLabel = (api: GridApi<GridRow> | undefined) => {
    if (api && host.current && labelWidth.current === undefined) fitted.current = fitLabelColumn(api, host.current);
  };
  useEffect(() => fitLabel(grid.current?.api), [columnDefs]);
  // the handlers below are made once; they read the rows and the unit of the moment
  const now = useRef({ rows, scale, onEditBlock, onMessage, onToggle });
  now.current = { rows, scale, onEditBlock, onMessage, onToggle };
  const suppressKeys = useMemo(() => {
    const block = blockKeys(selection, (what) => {
      const { rows: r, scale: s, onEditBlock: edit } = now.current;
      const change = what === 'fill' ? selection.fillDown(r, s) : selection.clear(r);
      if (change) edit(change);
    });
    const fold = foldKeys((rowId) => now.current.onToggle(rowId));
    const move = excelKeys();
    const entry = entryKeys(() => now.current.scale, setRefusal);
    return (params: SuppressKeyboardEventParams<GridRow>) => entry(params) || fold(params) || block(params) || move(params);
  }, [selection]);
  const defaultColDef = useMemo(() => ({
    sortable: false, resizable: true, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true, suppressKeyboardEvent: suppressKeys,
  }), [suppressKeys]);
  const onCopy = (e: ClipboardEvent) => {
    if (isTextBox(e.target)) return; // copying from the cell editor is hers
    const text = selection.copyText(rows, scale);
    if (text === null) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', text);
    const size = selection.block!;
    onMessage(`Đã chép ${(size.bottom - size.top + 1) * (size.right - size.left + 1)} ô (số theo ${SCALE_LABEL[scale]}, đủ mọi chữ số, không làm tròn).`);
  };
  const onPaste = (e: ClipboardEvent) => {
    if (isTextBox(e.target)) return;
    const change = selection.paste(rows, e.clipboardData.getData('text/plain'));
    if (!change) return;
    e.preventDefault();
    onEditBlock(change);
  };
  useEffect(() => {
    const api = grid.current?.api;
    if (!focus || !api) return;
    const node = api.getRowNode(focus.rowId);
    if (!node || node.rowIndex === null) return;
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(focus.column);
    // the find bar keeps the keyboard: the cell is marked, not focused (AG Grid's focus would
    // take the browser's with it)
    const before = found.current ? api.getRowNode(found.current.rowId) : undefined;
    found.current = focus.keepFocus ? focus : null;
    // the cell she is taken to (a finding's may wear a red border like its neighbours) flashes
    // once: a mark of our own, since the grid redraws the row and its own flash with it
    jumped.current = focus;
    api.refreshCells({ rowNodes: [node, ...(before ? [before] : [])], force: true });
    window.setTimeout(() => {
      if (jumped.current !== focus) return;
      jumped.current = null;
      const still = grid.current?.api?.getRowNode(focus.rowId);
      if (still) grid.current?.api?.refreshCells({ rowNodes: [still], force: true });
    }, JUMP_MARK_MS);
    if (!focus.keepFocus) {
      selection.pending = 'reset';
      api.setFocusedCell(node.rowIndex, focus.column);
    }
    onFocusDone();
  }, [focus, rows, onFocusDone, selection]);
  useEffect(() => {
    const api = grid.current?.api;
    const at = api?.getFocusedCell();
    if (refocus && api && at) api.setFocusedCell(at.rowIndex, at.column); // the block stays as it was
  }, [refocus]);
  const importedNow = useRef(imported);
  importedNow.current = imported;
  useEffect(() => grid.current?.api?.redrawRows(), [imported]);
  const context: GridContext = useMemo(() => ({
    isImported: (node: string) => importedNow.current?.has(node) ?? false,
    toggle: onToggle, scale, inBlock: (r, c) => selection.has(r, c),
    isFound: (rowId, column) => found.current !== null && found.current.rowId === rowId && found.current.column === column,
    isJumped: (rowId, column) => jumped.current !== null && jumped.current.rowId === rowId && jumped.current.column === column,
  }), [onToggle, scale, selection]);
  return (
    <div
      className="grid-host" ref={host} onCopy={onCopy} onPaste={onPaste}
      // she is correcting a refused value (typed or pasted into the editor): the reason goes
      onInputCapture={() => setRefusal(null)}
      // Shift+click: the block runs from where she was to here
      onMouseDownCapture={(e) => {
        const target = e.target as HTMLElement;
        if (target.closest('.ag-header')) return;
        const at = target.closest('.ag-row[row-index]')?.getAttribute('row-index');
        const rowIndex = at ? Number(at) : null;
        const column = target.closest('.ag-cell[col-id]')?.getAttribute('col-id') ?? null;
        // as in Excel, the right button inside the block keeps it (its menu acts on it)
        if (e.button === 2 && column && selection.has(rowIndex, column as ColumnId)) return;
        selection.clicked(rowIndex, column, e.shiftKey && e.button === 0);
      }}
      // a figure column's header: AG Grid community has no column menu, so the right button is ours
      onContextMenu={(e) => {
        const header = (e.target as HTMLElement).closest<HTMLElement>('.ag-header-cell[col-id]');
        const colId = header?.getAttribute('col-id');
        if (!header || !colId || colId === 'code' || colId === 'label' || !onHeaderMenu) return;
        e.preventDefault();
        onHeaderMenu({ column: colId as ColumnId, x: e.clientX, y: e.clientY });
      }}
    >
      <AgGridReact<GridRow>
        ref={grid}
        theme={theme}
        tooltipShowDelay={300}
        rowData={rows}
        columnDefs={columnDefs}
        context={context}
        getRowId={rowIdOf}
        readOnlyEdit
        // 24 number columns: render them all so keyboard and tests find every cell
        suppressColumnVirtualisation
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        localeText={AG_GRID_LOCALE_VI}
        defaultColDef={defaultColDef}
        rowClassRules={ROW_CLASS_RULES}
        onCellEditRequest={(e: CellEditRequestEvent<GridRow>) => {
          if (!e.data) return;
          const text = String(e.newValue ?? '');
          // Enter on an untouched editor is not an edit: a computed figure must stay computed
          if (text === String(e.oldValue ?? '')) return;
          onEdit({ row: e.data, column: e.colDef.colId as ColumnId, text });
        }}
        preventDefaultOnContextMenu
        onCellContextMenu={(e: CellContextMenuEvent<GridRow>) => {
          const colId = e.column.getColId();
          const mouse = e.event as MouseEvent | null;
          if (!e.data || colId === 'code' || colId === 'label' || !onCellMenu) return;
          const box = (mouse?.target as HTMLElement | undefined)?.getBoundingClientRect();
          onCellMenu({ row: e.data, column: colId as ColumnId, x: mouse?.clientX || box?.left || 0, y: mouse?.clientY || box?.bottom || 0 });
        }}
        onCellFocused={(e: CellFocusedEvent<GridRow>) => {
          const node = e.rowIndex === null || e.rowIndex === undefined ? null : e.api.getDisplayedRowAtIndex(e.rowIndex);
          onFocusRow(node?.data ?? null);
          selection.focused(e.rowIndex, typeof e.column === 'string' ? e.column : e.column?.getColId());
        }}
        onCellEditingStopped={() => setRefusal(null)}
        onGridSizeChanged={(e) => fitLabel(e.api)}
        onFirstDataRendered={(e) => fitLabel(e.api)}
        onDisplayedColumnsChanged={(e) => fitLabel(e.api)}
        onColumnResized={(e: ColumnResizedEvent<GridRow>) => {
          // only her own drags are remembered, once she lets go (not the grid fitting itself)
          if (!e.finished || e.source !== 'uiColumnResized' || !e.columns) return;
          onWidths(Object.fromEntries(e.columns.map((c) => [c.getColId(), c.getActualWidth()])));
        }}
        // a new display unit must reformat every number cell
        key={scale}
      />
      {refusal && <div role="alert" className="entry-refused" style={{ left: refusal.x, top: refusal.y + 2 }}>{refusal.message}</div>}
    </div>
  );
}

/** Room for the vertical scroll bar, so unfolding a long project never pushes a column out. */
const SCROLLBAR_ROOM = 18;
const LABEL_MAX = 680;

function fitLabelColumn(api: GridApi<GridRow>, host: HTMLElement): number | null {
  const label = api.getColumn('label');
  if (!label) return null;
  const others = (api.getAllDisplayedColumns() ?? []).filter((c) => c !== label).reduce((sum, c) => sum + c.getActualWidth(), 0);
  const width = Math.max(LABEL_WIDTHS.label, Math.min(LABEL_MAX, host.clientWidth - others - SCROLLBAR_ROOM));
  if (Math.abs(width - label.getActualWidth()) > 1) api.setColumnWidths([{ key: 'label', newWidth: width }], true, 'api');
  return width;
}

function isTextBox(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName));
}
