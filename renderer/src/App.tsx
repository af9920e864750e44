// Sổ Vốn's window: the Tệp menu and the sheet's selectors on top, the grid, the status bar.
import { defaultView } from '../../shared/sheet/view';
import type { BookInfo } from '../../shared/api';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Capital, Measure } from '../../shared/claim';
import type { Scale } from '../../shared/money';
import { ORIGIN_COMPLETE, SAVED_ALWAYS, SCALE_LABEL, SHEET_MSG } from '../../shared/i18n/vi';
import { inOwnProgram } from '../../shared/sheet/carried';
import { ApiError, api } from './api/client';
import { PromptDialog, type PromptSpec } from './dialogs/PromptDialog';
import { SettingsDialog } from './dialogs/SettingsDialog';
import { ImportDialog } from './dialogs/ImportDialog';
import { download } from './download';
import { SheetGrid, type CellEdit, type CellTarget } from './grid/SheetGrid';
import { FindBar } from './grid/FindBar';
import type { BlockAction, BlockEdit } from './grid/block-selection';
import { ChecksPanel } from './checks/ChecksPanel';
import { projectRowOf } from '../../shared/sheet/tree';
import { cellMarks, flagCell, flagCellIn } from './checks/marks';
import type { Flag } from '../../shared/reconcile/flag';
import { type GridRowCache, visibleRows } from './grid/visible-rows';
import { LineMenu } from './menu/LineMenu';
import { ViewMenu } from './menu/ViewMenu';
import { FileMenu, type FileMenuHandle } from './menu/FileMenu';
import { UndoButtons, type UndoHandle } from './UndoButtons';
import { useAppCommands } from './menu/app-commands';
import { AboutDialog } from './dialogs/AboutDialog';
import { useBook } from './useBook';
import { useLayout } from './useLayout';
import type { ColumnId } from '../../shared/sheet/columns';
import { FlagFigures } from './checks/FlagFigures';
import { shownColumns } from './grid/column-sets';
import { HeaderMenu } from './grid/HeaderMenu';
import { PrintDialog } from './print/PrintDialog';
import { BackupsDialog } from './dialogs/BackupsDialog';
import { CatalogDialog } from './catalog/CatalogDialog';
import { TreasuryDialog } from './treasury/TreasuryDialog';
import { PastePreview } from './dialogs/PastePreview';
import { CellHistory, CellMenu } from './dialogs/CellHistory';
import { Shortcuts } from './dialogs/Shortcuts';
import { ReportExportDialog } from './reports/ReportExportDialog';
import { widestCode, widestFigure, widestRate } from './grid/figure-width';
import { type DialogName, dialogsReducer, opening } from './open-dialogs';

/** The lines an import just wrote, marked on the sheet of its origin and year only: not on the
 * sheet still shown while that one loads. */
interface ImportedMarks {
  program: string;
  origin: string;
  year: number;
  nodes: ReadonlySet<string>;
}
const NONE_IMPORTED: ImportedMarks | null = null;
const NO_NODES: ReadonlySet<string> = new Set();

const DISPLAY_SCALES: Scale[] = ['dong', 'nghin', 'trieu', 'ty'];
const BLOCK_VERB: Record<BlockAction, string> = { paste: 'dán', fill: 'điền', clear: 'xóa' };
const OFFLINE = 'Mất kết nối với Sổ Vốn (máy chủ chế độ trình duyệt đã dừng?): chưa ghi được số nào cho đến khi kết nối lại. Sổ Vốn đang thử lại.';
const OVERRIDE_FROM = { children: 'cộng từ các dòng con', flow: 'tính từ các cột khác của dòng' } as const;

export function App() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [open, dispatch] = useReducer(dialogsReducer, {});
  const [catalogOpen, setCatalogOpen] = useState(false);
  const [treasuryOpen, setTreasuryOpen] = useState(false);
  const ask = useCallback((spec: PromptSpec) => dispatch(opening('prompt', spec)), []);
  const close = useCallback((dialog: DialogName) => dispatch({ type: 'close', dialog }), []);
  const [target, setTarget] = useState<CellTarget | null>(null);
  // the lines the last import gave figures to, marked until her next edit
  const [imported, setImported] = useState<ImportedMarks | null>(NONE_IMPORTED);
  const say = useCallback((text: string, error = false) => setMessage({ text, error }), []);
  const onError = useCallback((text: string) => say(text, true), [say]);
  const book = useBook(onError);
  const { info, view, sheet } = book;
  // unit, columns, widths and panel: remembered per book in this browser (layout-memory.ts)
  const memory = useLayout(info?.path ?? null);
  const { scale, panel } = memory.layout;
  const setScale = (s: Scale) => memory.update(() => ({ scale: s }));
  const setPanel = (p: Partial<typeof panel>) => memory.update((now) => ({ panel: { ...now.panel, ...p } }));
  const showChecks = panel.open;

  const marks = useMemo(() => (book.checks && view ? cellMarks(book.checks.flags, view.origin, view.year) : new Map()), [book.checks, view]);
  const gridRows = useRef<GridRowCache>(new WeakMap());
  const rows = useMemo(() => (sheet ? visibleRows(sheet.rows, book.collapsed, marks, gridRows.current) : []), [sheet, book.collapsed, marks]);
  // of every row, folded or not: unfolding a row never widens the columns under her eyes
  const money = useMemo(() => widestFigure(sheet?.rows ?? [], scale), [sheet, scale]);
  const rate = useMemo(() => widestRate(sheet?.rows ?? []), [sheet]);
  const code = useMemo(() => widestCode(sheet?.rows ?? []), [sheet]);
  // one object while the numbers stay: a new one would rebuild the grid's columns
  const chars = useMemo(() => ({ money, rate, code }), [money, rate, code]);
  const program = info?.programs.find((p) => p.code === view?.program);
  const rowById = useMemo(() => new Map((sheet?.rows ?? []).map((r) => [r.id, r])), [sheet]);
  const focusedRow = (focused === null ? undefined : rowById.get(focused)) ?? null;

  // typing over a computed figure makes it a stated one: said once, the first time
  const overrideUnderstood = useRef(false);
  const onEdit = useCallback(async ({ row, column, text }: CellEdit, confirmNegative = false, reopenLocked = false) => {
    if (!view) return;
    setImported(NONE_IMPORTED);
    if (book.offline) {
      say(OFFLINE, true);
      return;
    }
    const current = row.cells[column];
    if (current && !current.stated && text.trim() !== '' && !overrideUnderstood.current) {
      ask({
        title: 'Ghi đè số tính ra?', label: '', confirm: 'Ghi số đã nhập',
        message: `Ô này là số tính ra (${OVERRIDE_FROM[row.hasChildren ? 'children' : 'flow']}). Ghi số vào đây biến nó thành số đã nhập: ` +
          'số này không còn tự cộng theo, và được đối chiếu với số tính ra (chênh lệch hiện ở cột và trong bảng Đối chiếu). ' +
          'Xóa ô (phím Delete) để trở lại số tính ra. Câu này chỉ hỏi một lần.',
        onSubmit: () => { overrideUnderstood.current = true; return onEdit({ row, column, text }, confirmNegative); },
      });
      await book.reload(); // the cell shows the book's figure again until she says yes
      return;
    }
    const [measure, capital] = column.split(':') as [Measure, Capital | 'ALL'];
    try {
      const res = await api.call('setClaim', {
        key: { program: row.program ?? view.program, origin: view.origin, year: view.year, node: row.node, unit: row.unit, capital: capital === 'ALL' ? null : capital, source: null, measure },
        text,
        scale,
        confirmNegative,
        reopenLocked,
      });
      if (res.changed) say(`Đã lưu ${row.code || row.label}.`);
      // the rows the edit changed, redrawn by the back end: the year is not read again (a carried
      // row's are drawn in its own programme's ids, so the carried block is read again instead)
      if (res.rows && row.program === undefined) {
        await book.applyEdit(res.rows);
        return;
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === 'confirmNegative') {
        ask({
          title: 'Số âm', message: `${e.message} Giá trị: ${text}`, label: '', confirm: 'Ghi số âm',
          onSubmit: () => onEdit({ row, column, text }, true, reopenLocked),
        });
      } else if (e instanceof ApiError && e.code === 'reopenLocked') {
        // a figure of a signed Treasury reconciliation: the message says which one it reopens
        ask({ title: 'Mở lại đối chiếu đã khóa?', message: e.message, label: '', confirm: 'Ghi và mở lại đối chiếu', onSubmit: () => onEdit({ row, column, text }, confirmNegative, true) });
      } else {
        say((e as Error).message, true);
      }
    }
    // also after a refusal: the cell must show the book's figure again, not what was typed
    await book.reload();
  }, [view, scale, say, book, ask]);

  // F1: the keys of the grid; Ctrl+S, from habit: every change is already in the book
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault(); // the browser's "save page as"
        say(SAVED_ALWAYS);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault(); // the browser's own find sees only the rows drawn
        setFinding((n) => n + 1);
        return;
      }
      if (e.key !== 'F1') return;
      e.preventDefault(); // the browser's own help
      dispatch(opening('shortcuts', true));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [say]);
  const [refocus, setRefocus] = useState(0);
  // the find bar: 0 closed; each Ctrl+F a new number, so a second one takes the keyboard back to it
  const [finding, setFinding] = useState(0);
  const findColumns = useMemo(() => shownColumns(memory.layout.columns), [memory.layout.columns]);
  const onEditBlock = useCallback(async ({ what, cells, skipped }: BlockEdit, confirmNegative = false, previewed = false, reopenLocked = false) => {
    if (!view) return;
    setImported(NONE_IMPORTED);
    if (book.offline) {
      say(OFFLINE, true);
      return;
    }
    // a block larger than one cell is shown before it is saved
    if (what === 'paste' && cells.length > 1 && !previewed) {
      dispatch(opening('paste', { what, cells, skipped }));
      return;
    }
    const skippedNote = skipped ? ` Bỏ qua ${skipped} ô số tính ra (tổng của các dòng con hay của các cột).` : '';
    if (cells.length === 0) {
      say(`Không có ô nào để ${BLOCK_VERB[what]}.${skippedNote}`);
      return;
    }
    const programs = new Set(cells.map(({ row }) => row.program ?? view.program));
    if (programs.size > 1) {
      say(SHEET_MSG.blockAcrossPrograms, true);
      return;
    }
    try {
      const res = await api.call('setClaims', {
        program: [...programs][0]!, origin: view.origin, year: view.year, scale, what, confirmNegative, reopenLocked,
        cells: cells.map(({ row, column, text }) => {
          const [measure, capital] = column.split(':') as [Measure, Capital | 'ALL'];
          return { node: row.node, unit: row.unit, capital: capital === 'ALL' ? null : capital, measure, text };
        }),
      });
      say(`Đã ${BLOCK_VERB[what]} ${res.changed} ô (Ctrl+Z để hoàn tác).${skippedNote}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'confirmNegative') {
        ask({ title: 'Số âm', message: e.message.replace(' Không ô nào được ghi.', ''), label: '', confirm: 'Ghi cả khối', onSubmit: () => onEditBlock({ what, cells, skipped }, true, true, reopenLocked) });
      } else if (e instanceof ApiError && e.code === 'reopenLocked') {
        ask({ title: 'Mở lại đối chiếu đã khóa?', message: e.message, label: '', confirm: 'Ghi và mở lại đối chiếu', onSubmit: () => onEditBlock({ what, cells, skipped }, confirmNegative, true, true) });
      } else {
        say((e as Error).message, true);
      }
    }
    await book.reload();
  }, [view, scale, say, book, ask]);

  /** Her grid to a cell: the origin, year and project it is in, unfolded and focused. */
  const goTo = useCallback((at: { rowId: string; column: ColumnId; origin: string; year: number }) => {
    if (!view) return;
    // a row of another project is not in a sheet filtered to this one: she is shown every project
    const project = view.project && projectRowOf((id) => rowById.get(id), at.rowId)?.node !== view.project ? null : view.project;
    if (at.origin !== view.origin) {
      const label = info?.origins.find((o) => o.id === at.origin)?.label ?? at.origin;
      say(`Đang xem "${label}": số gõ vào bây giờ sẽ ghi vào nguồn đó.`);
    }
    if (at.origin !== view.origin || at.year !== view.year || project !== view.project) book.setView({ ...view, origin: at.origin, year: at.year, project });
    book.reveal(at.rowId);
    setTarget({ rowId: at.rowId, column: at.column });
  }, [view, rowById, book, say, info]);

  const jump = useCallback((flag: Flag) => {
    // the cell in the origin she is looking at, when the flag involves it: she stays where she types
    const at = view ? flagCellIn(flag, view.origin) : null;
    if (!view || !at || at.year === null) {
      // another origin's figure, or a period's: shown beside her grid, which stays as it is
      dispatch(opening('flag', flag));
      return;
    }
    goTo({ ...at, year: at.year });
  }, [view, goTo]);

  const explain = useCallback((flagIds: string[], note: string | null) => {
    if (!view) return;
    api.call('explainFlags', { program: view.program, flagIds, note })
      .then(() => { say(note ? 'Đã ghi giải trình.' : 'Đã bỏ giải trình.'); return book.reload(); })
      .catch((e: Error) => say(e.message, true));
  }, [view, book, say]);
  // "Chênh lệch do làm tròn" is proposed only where rounding is what the flags say
  const askNote = (flagIds: string[]) => ask({
    title: flagIds.length > 1 ? `Giải trình ${flagIds.length} cờ cùng nguyên nhân` : 'Giải trình chênh lệch',
    label: 'Ghi chú (sẽ in trên bảng đối chiếu)', confirm: 'Ghi',
    initial: flagIds.every((id) => book.checks?.flags.find((f) => f.id === id)?.severity === 'rounding') ? 'Chênh lệch do làm tròn' : '',
    onSubmit: (note) => explain(flagIds, note),
  });

  const exportSheet = async () => {
    if (!view) return;
    try {
      const file = await api.call('exportSheet', { ...view, scale, collapsed: [...book.collapsed], columns: shownColumns(memory.layout.columns) });
      download(file.fileName, file.data);
      say(`Đã xuất ${file.fileName}.`);
    } catch (e) {
      say((e as Error).message, true);
    }
  };

  const setComplete = async (originId: string, complete: boolean) => {
    try {
      book.adopt(await api.call('setOriginComplete', { origin: originId, complete }));
      await book.reload();
      say(complete ? 'Nguồn này được đọc là đủ các dòng; đã đối chiếu lại.' : 'Nguồn này được đọc là chỉ ghi những số đã ghi; đã đối chiếu lại.');
    } catch (e) {
      say((e as Error).message, true);
    }
  };

  // the window's menu bar: each of its commands runs what the page's own menus and keys run
  const fileMenu = useRef<FileMenuHandle>(null);
  const undoButtons = useRef<UndoHandle>(null);
  useAppCommands({
    newBook: () => fileMenu.current?.run('new'),
    openBook: () => fileMenu.current?.run('open'),
    saveCopy: () => fileMenu.current?.run('copy'),
    print: () => dispatch(opening('print', true)),
    backups: () => dispatch(opening('backups', true)),
    settings: () => dispatch(opening('settings', true)),
    undo: () => undoButtons.current?.run('undo'),
    redo: () => undoButtons.current?.run('redo'),
    find: () => setFinding((n) => n + 1),
    toggleChecks: () => setPanel({ open: !showChecks }),
    dockRight: () => setPanel({ dock: 'right', open: true }),
    dockBelow: () => setPanel({ dock: 'below', open: true }),
    resetWidths: () => memory.update(() => ({ widths: {} })),
    importExcel: () => dispatch(opening('import', { dropped: null })),
    exportSheet: () => void exportSheet(),
    exportReport: () => dispatch(opening('reports', true)),
    catalog: () => setCatalogOpen(true),
    treasury: () => setTreasuryOpen(true),
    shortcuts: () => dispatch(opening('shortcuts', true)),
    about: () => dispatch(opening('about', true)),
  });

  if (!info || !view || !program) {
    return <div className="loading">{message?.text ?? 'Đang mở sổ…'}</div>;
  }
  const origin = info.origins.find((o) => o.id === view.origin);
  return (
    <div
      className="app"
      // a province annex dropped anywhere on the window opens the import with it
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
      onDrop={(e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        if (/\.xlsx?$/i.test(file.name)) dispatch(opening('import', { dropped: file }));
        else say(`Tệp "${file.name}" không phải bảng tính Excel (.xlsx, .xls).`, true);
      }}
    >
      <header className="toolbar">
        <FileMenu
          ref={fileMenu} onAbout={() => dispatch(opening('about', true))}
          onOpened={book.adopt} onImport={() => dispatch(opening('import', { dropped: null }))} onMessage={say} ask={ask}
          onExport={() => void exportSheet()} onPrint={() => dispatch(opening('print', true))}
          onBackups={() => dispatch(opening('backups', true))} onReport={() => dispatch(opening('reports', true))}
          onSettings={() => dispatch(opening('settings', true))} onCatalog={() => setCatalogOpen(true)}
          onTreasury={() => setTreasuryOpen(true)}
        />
        <LineMenu {...(focusedRow ? inOwnProgram(focusedRow, view.program) : { program: view.program, row: null })} ask={ask} onDone={book.reload} onMessage={say} />
        <ViewMenu
          choice={memory.layout.columns} onChange={(columns) => memory.update(() => ({ columns }))}
          hasWidths={Object.keys(memory.layout.widths).length > 0} onResetWidths={() => memory.update(() => ({ widths: {} }))}
          dock={panel.dock} onDock={(dock) => setPanel({ dock, open: true })}
        />
        <UndoButtons ref={undoButtons} info={info.readonly ? { undo: null, redo: null } : book.undoInfo} onDone={book.refreshAll} onMessage={say} />
        <span className="book-title" title={info.path}>{info.settings.title || info.fileName}</span>
        {info.programs.length > 1 && (
          // the choice says what it is ("MTQG 2026-2035", the name on hover): no caption beside it
          <label title={`Chương trình: ${program.name}`}>
            <select aria-label="Chương trình" value={view.program} onChange={(e) => book.setView(defaultView(info, { ...view, program: e.target.value, project: null }))}>
              {info.programs.map((p) => <option key={p.code} value={p.code} title={p.name}>{programChoice(p)}</option>)}
            </select>
          </label>
        )}
        <label>Năm
          <select aria-label="Năm" value={view.year} onChange={(e) => book.setView({ ...view, year: Number(e.target.value) })}>
            {program.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label className="shrinks">Dự án
          <select aria-label="Dự án" value={view.project ?? ''} onChange={(e) => book.setView({ ...view, project: e.target.value || null })}>
            <option value="">Tất cả</option>
            {program.projects.map((p) => <option key={p.code} value={p.code} title={p.name}>{p.name.split(':')[0]}</option>)}
          </select>
        </label>
        <label className="shrinks">Nguồn
          <select aria-label="Nguồn số liệu" title={origin?.label} value={view.origin} onChange={(e) => book.setView({ ...view, origin: e.target.value })}>
            {info.origins.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        {origin && (
          <label className="origin-complete" title={ORIGIN_COMPLETE.hint}>
            <input
              type="checkbox" checked={origin.complete} disabled={origin.kind === 'books'}
              onChange={(e) => void setComplete(origin.id, e.target.checked)}
            />
            {ORIGIN_COMPLETE.label}
          </label>
        )}
        <label title="Đơn vị tính">ĐVT
          <select aria-label="Đơn vị tính" value={scale} onChange={(e) => setScale(e.target.value as Scale)}>
            {DISPLAY_SCALES.map((s) => <option key={s} value={s}>{SCALE_LABEL[s]}</option>)}
          </select>
        </label>
        <button type="button" aria-pressed={showChecks} onClick={() => setPanel({ open: !showChecks })}>
          Đối chiếu ({book.checks ? book.checks.counts.findings : 0} phát hiện)
        </button>
        <button type="button" aria-label="Phím tắt" title="Phím tắt (F1)" onClick={() => dispatch(opening('shortcuts', true))}>?</button>
      </header>
      {book.offline && <div className="offline-banner" role="alert">{OFFLINE}</div>}
      {finding > 0 && sheet && (
        <FindBar
          opened={finding} rows={sheet.rows} scale={scale} columns={findColumns}
          onGo={(at) => { book.reveal(at.rowId); setTarget({ rowId: at.rowId, column: at.column, keepFocus: true }); }}
          onClose={(last) => {
            setFinding(0);
            if (last) setTarget({ rowId: last.rowId, column: last.column });
            else setRefocus((n) => n + 1);
          }}
        />
      )}
      <div className={`main dock-${panel.dock}`}>
        <SheetGrid
          rows={rows} focus={target} onFocusDone={() => setTarget(null)} scale={scale} chars={chars}
          onToggle={book.toggle} onEdit={(e) => void onEdit(e)} onFocusRow={(r) => setFocused(r?.id ?? null)}
          onEditBlock={(e) => void onEditBlock(e)} onMessage={say} refocus={refocus}
          columns={memory.layout.columns} widths={memory.layout.widths}
          onWidths={(w) => memory.update((now) => ({ widths: { ...now.widths, ...w } }))}
          onCellMenu={(at) => dispatch(opening('cellMenu', at))} imported={imported && sheet && sheet.program === imported.program && sheet.origin === imported.origin && sheet.year === imported.year ? imported.nodes : NO_NODES}
          onHeaderMenu={(at) => dispatch(opening('headerMenu', at))}
        />
        {showChecks && book.checks && (
          <ChecksPanel
            report={book.checks} origins={info.origins} onJump={jump}
            onUnexplain={(f) => explain([f.id], null)}
            onExplain={(f) => askNote([f.id])}
            onExplainAll={(g) => askNote(g.flags)}
          />
        )}
      </div>
      <footer className="status">
        <span className="where" title={origin?.label}>{origin?.label} · năm {view.year} · đơn vị tính: {SCALE_LABEL[scale]}</span>
        {book.checks && (
          // as the panel's heading says it: findings (a cause each), then the flags they raise
          <span className="counts" aria-label="Số cờ">
            <span className="count-findings">{book.checks.counts.findings} phát hiện</span>
            <span>({book.checks.counts.error + book.checks.counts.warning + book.checks.counts.rounding + book.checks.counts.explained} cờ:</span>
            <span className="count-error">{book.checks.counts.error} lỗi,</span>
            <span className="count-warning">{book.checks.counts.warning} cảnh báo,</span>
            <span className="count-rounding">{book.checks.counts.rounding} làm tròn,</span>
            <span>{book.checks.counts.explained} đã giải trình)</span>
          </span>
        )}
        <span className="legend"><span className="cell-stated">số đã nhập</span> · <span className="cell-computed">số tính ra</span></span>
        {info.readonly && (
          <span className="readonly-mode" role="note">
            Chỉ xem{info.lockedBy ? `: sổ đang được ghi bởi ${info.lockedBy}; hình sẽ tự cập nhật khi sổ thay đổi` : ''}
          </span>
        )}
        {api.mode === 'browser' && <span className="mode">Chế độ trình duyệt</span>}
        {message && <span role="status" className={message.error ? 'msg error' : 'msg'} title={message.text}>{message.text}</span>}
      </footer>
      {/* a dialog's answer may open the next one (replace this file?): close only its own */}
      {open.prompt && <PromptDialog key={open.prompt.title} spec={open.prompt} onClose={() => dispatch({ type: 'close', dialog: 'prompt', only: open.prompt })} />}
      {open.import && (
        <ImportDialog
          program={view.program}
          dropped={open.import.dropped}
          onClose={() => close('import')}
          onImported={(done) => void (async () => {
            say(`${done.message} (Ctrl+Z để hoàn tác cả lần nhập)`);
            await book.refreshAll();
            // she sees what came in: its origin and year, its lines marked until her next edit
            book.setView({ ...view, program: done.program, origin: done.origin, year: done.year, project: null });
            setImported({ program: done.program, origin: done.origin, year: done.year, nodes: new Set(done.nodes) });
          })()}
        />
      )}
      {open.about && <AboutDialog bookPath={info.path} mode={api.mode} onClose={() => close('about')} />}
      {open.shortcuts && <Shortcuts onClose={() => { close('shortcuts'); setRefocus((n) => n + 1); }} />}
      {open.cellMenu && (
        <CellMenu
          at={open.cellMenu} onClose={() => close('cellMenu')}
          onHistory={() => { dispatch(opening('history', open.cellMenu!)); close('cellMenu'); }}
        />
      )}
      {open.flag && view && info && (
        <FlagFigures
          program={view.program} flag={open.flag} origins={info.origins} current={view.origin} scale={scale}
          onClose={() => close('flag')}
          onOpen={(origin, year) => {
            const at = flagCell(open.flag!);
            close('flag');
            if (at) goTo({ ...at, origin, year: at.year ?? year });
          }}
        />
      )}
      {open.headerMenu && (
        <HeaderMenu
          at={open.headerMenu} choice={memory.layout.columns} onChange={(columns) => memory.update(() => ({ columns }))}
          onClose={() => close('headerMenu')}
        />
      )}
      {open.history && (
        <CellHistory
          at={open.history} program={open.history.row.program ?? view.program} origin={view.origin} originLabel={origin?.label ?? view.origin} year={view.year} scale={scale}
          onClose={() => { close('history'); setRefocus((n) => n + 1); }}
        />
      )}
      {open.paste && (
        <PastePreview
          edit={open.paste} scale={scale} onCancel={() => { close('paste'); setRefocus((n) => n + 1); say('Đã hủy, không ô nào được dán.'); }}
          onConfirm={() => { const edit = open.paste!; close('paste'); setRefocus((n) => n + 1); void onEditBlock(edit, false, true); }}
        />
      )}
      {open.backups && (
        <BackupsDialog
          onClose={() => close('backups')} onMessage={say}
          onRestored={book.adopt}
        />
      )}
      {open.print && (
        <PrintDialog
          {...(open.print !== true && { preset: open.print })}
          view={{ ...view, program, origins: info.origins, scale: scale === 'dong' ? 'dong' : 'trieu', collapsed: [...book.collapsed], columns: shownColumns(memory.layout.columns) }}
          onClose={() => close('print')} onMessage={say}
        />
      )}
      {open.reports && (
        <ReportExportDialog
          program={program} origin={view.origin} year={view.year} project={view.project}
          onClose={() => close('reports')} onMessage={say}
        />
      )}
      {catalogOpen && (
        <CatalogDialog program={view.program} year={view.year} readonly={info.readonly} onChanged={book.refreshAll} onClose={() => setCatalogOpen(false)} />
      )}
      {treasuryOpen && (
        <TreasuryDialog
          program={view.program} year={view.year} info={info} onChanged={book.refreshAll} onClose={() => setTreasuryOpen(false)}
          onPrint={(period) => { setTreasuryOpen(false); dispatch(opening('print', { sheet: '01a-sdkp', period })); }}
        />
      )}
      {open.settings && (
        <SettingsDialog
          settings={info.settings}
          year={view.year}
          onClose={() => close('settings')}
          onSave={async (settings, from) => {
            try {
              book.adopt(await api.call('updateSettings', { settings, ...(from !== undefined && { from }) }));
              say('Đã lưu cài đặt.');
            } catch (e) {
              say((e as Error).message, true);
            }
          }}
        />
      )}
    </div>
  );
}

/** A programme as the toolbar offers it: its code and period ("MTQG 2026-2035"), the whole name
 * on hover; two programmes' names side by side would take the toolbar's row. */
function programChoice(p: BookInfo['programs'][number]): string {
  // its own period, not the years she may pick: GNBV's 2026 (money carried into the next
  // programme) is not part of 2021-2025
  return `${p.code} ${p.period.from}-${p.period.to}`;
}
