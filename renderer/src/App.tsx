// Sổ Vốn's window: the Tệp menu and the sheet's selectors on top, the grid, the status bar.
import { useCallback, useMemo, useState } from 'react';
import type { Capital, Measure } from '../../shared/claim';
import type { Scale } from '../../shared/money';
import { SCALE_LABEL } from '../../shared/i18n/vi';
import { api } from './api/client';
import { PromptDialog, type PromptSpec } from './dialogs/PromptDialog';
import { SheetGrid, type CellEdit } from './grid/SheetGrid';
import { visibleRows } from './grid/visible-rows';
import { FileMenu } from './menu/FileMenu';
import { LineActions } from './LineActions';
import { useBook } from './useBook';

const DISPLAY_SCALES: Scale[] = ['dong', 'nghin', 'trieu'];

export function App() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [prompt, setPrompt] = useState<PromptSpec | null>(null);
  const [scale, setScale] = useState<Scale>('trieu');
  const [focused, setFocused] = useState<string | null>(null);
  const say = useCallback((text: string, error = false) => setMessage({ text, error }), []);
  const onError = useCallback((text: string) => say(text, true), [say]);
  const book = useBook(onError);
  const { info, view, sheet } = book;

  const rows = useMemo(() => (sheet ? visibleRows(sheet.rows, book.collapsed) : []), [sheet, book.collapsed]);
  const program = info?.programs.find((p) => p.code === view?.program);
  const focusedRow = sheet?.rows.find((r) => r.id === focused) ?? null;

  const onEdit = useCallback(async ({ row, column, text }: CellEdit) => {
    if (!view) return;
    const [measure, capital] = column.split(':') as [Measure, Capital | 'ALL'];
    try {
      const res = await api.call('setClaim', {
        key: { program: view.program, origin: view.origin, year: view.year, node: row.node, unit: row.unit, capital: capital === 'ALL' ? null : capital, source: null, measure },
        text,
        scale,
      });
      if (res.changed) say(`Đã lưu ${row.code || row.label}.`);
    } catch (e) {
      say((e as Error).message, true);
    }
    // also after a refusal: the cell must show the book's figure again, not what was typed
    await book.reload();
  }, [view, scale, say, book]);

  if (!info || !view || !program) {
    return <div className="loading">{message?.text ?? 'Đang mở sổ…'}</div>;
  }
  const origin = info.origins.find((o) => o.id === view.origin);
  return (
    <div className="app">
      <header className="toolbar">
        <FileMenu onOpened={book.adopt} onMessage={say} ask={setPrompt} />
        <span className="book-title" title={info.path}>{info.settings.title || info.fileName}</span>
        <label>Năm
          <select aria-label="Năm" value={view.year} onChange={(e) => book.setView({ ...view, year: Number(e.target.value) })}>
            {program.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label>Dự án
          <select aria-label="Dự án" value={view.project ?? ''} onChange={(e) => book.setView({ ...view, project: e.target.value || null })}>
            <option value="">Tất cả</option>
            {program.projects.map((p) => <option key={p.code} value={p.code} title={p.name}>{p.name.split(':')[0]}</option>)}
          </select>
        </label>
        <label>Nguồn số liệu
          <select aria-label="Nguồn số liệu" value={view.origin} onChange={(e) => book.setView({ ...view, origin: e.target.value })}>
            {info.origins.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <label>Đơn vị tính
          <select aria-label="Đơn vị tính" value={scale} onChange={(e) => setScale(e.target.value as Scale)}>
            {DISPLAY_SCALES.map((s) => <option key={s} value={s}>{SCALE_LABEL[s]}</option>)}
          </select>
        </label>
        <LineActions program={view.program} row={focusedRow} ask={setPrompt} onDone={book.reload} onMessage={say} />
      </header>
      <SheetGrid rows={rows} scale={scale} onToggle={book.toggle} onEdit={(e) => void onEdit(e)} onFocusRow={(r) => setFocused(r?.id ?? null)} />
      <footer className="status">
        <span>{origin?.label} · năm {view.year} · đơn vị tính: {SCALE_LABEL[scale]}</span>
        <span className="legend"><span className="cell-stated">số đã nhập</span> · <span className="cell-computed">số tính ra</span></span>
        {api.mode === 'browser' && <span className="mode">Chế độ trình duyệt</span>}
        {message && <span role="status" className={message.error ? 'msg error' : 'msg'}>{message.text}</span>}
      </footer>
      {prompt && <PromptDialog spec={prompt} onClose={() => setPrompt(null)} />}
    </div>
  );
}
