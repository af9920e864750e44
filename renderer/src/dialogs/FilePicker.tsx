// Browser mode's Mở…, Mới… and Lưu bản sao…: a page cannot show the system's file dialog and hand
// back a path, so the back end lists one folder at a time (listFolder) and she clicks her way to
// a book. Electron keeps its native dialog (FileMenu asks pickPath first).
import { type KeyboardEvent as KeyEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FolderListing } from '../../../shared/api';
import { api } from '../api/client';
import { bookTarget, kilobytes, modifiedAt } from './file-picker-text';

export type PickPurpose = 'open' | 'new' | 'copy';

interface Props {
  purpose: PickPurpose;
  title: string;
  onPick(path: string): void;
  onClose(): void;
}

type Entry = FolderListing['folders'][number] & { file?: FolderListing['files'][number] };

const CONFIRM: Record<PickPurpose, string> = { open: 'Mở', new: 'Tạo sổ', copy: 'Lưu bản sao' };

// where she last was: the next dialog starts there, as the system's dialogs do
let lastFolder: string | undefined;

export function FilePicker({ purpose, title, onPick, onClose }: Props) {
  const [list, setList] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [name, setName] = useState('');
  /** Enter pressed before the folder was read (a slow or network drive): done once it is */
  const [submitWhenRead, setSubmitWhenRead] = useState(false);
  const listBox = useRef<HTMLUListElement>(null);
  const naming = purpose !== 'open';
  const entries: Entry[] = list ? [...list.folders, ...list.files.map((f) => ({ name: f.name, path: f.path, file: f }))] : [];

  const go = useCallback(async (path?: string): Promise<boolean> => {
    try {
      const next = await api.call('listFolder', path === undefined ? {} : { path });
      setList(next);
      setCurrent(0);
      setError(null);
      lastFolder = next.path;
      // after a place or the breadcrumb, the arrows go on working in the list
      if (!naming) listBox.current?.focus();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  }, [naming]);
  // the folder she was in may be gone (a USB stick pulled out): then where the back end suggests
  useEffect(() => { void go(lastFolder).then((ok) => { if (!ok && lastFolder !== undefined) void go(); }); }, [go]);
  // Esc is heard from the moment the picker is on the page (a layout effect, before paint): with
  // an effect after paint, an Esc pressed as it showed was lost on a busy machine (CI saw it)
  const close = useRef(onClose);
  close.current = onClose;
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); close.current(); } };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => { document.getElementById(`picker-${current}`)?.scrollIntoView({ block: 'nearest' }); }, [current, list]);

  const select = (i: number) => {
    setCurrent(i);
    const file = entries[i]?.file;
    if (naming && file) setName(file.name); // as a Save dialog does: her pick becomes the name
  };
  const choose = (entry: Entry | undefined) => {
    if (!entry) return;
    if (!entry.file) void go(entry.path);
    else if (purpose === 'new') setError(`Thư mục này đã có tệp "${entry.name}": hãy gõ tên khác cho sổ mới.`);
    else onPick(entry.path);
  };
  const submit = () => {
    if (!list) return setSubmitWhenRead(true);
    if (!naming) return choose(entries[current]);
    const target = bookTarget(list, name);
    if ('problem' in target) return setError(target.problem);
    if (purpose === 'new' && target.exists) return setError(`Thư mục này đã có tệp "${target.name}": hãy gõ tên khác cho sổ mới.`);
    onPick(target.path);
  };
  useEffect(() => {
    if (!list || !submitWhenRead) return;
    setSubmitWhenRead(false);
    submit();
  }, [list, submitWhenRead]); // submit reads this render's list and name
  const onListKey = (e: KeyEvent) => {
    const move: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: entries.length - 1, PageDown: current + 10, PageUp: current - 10 };
    if (e.key in move) select(Math.max(0, Math.min(entries.length - 1, move[e.key]!)));
    else if (e.key === 'Enter') choose(entries[current]);
    else if (e.key === 'Backspace' && list?.parent) void go(list.parent);
    else return;
    e.preventDefault();
  };

  // on the page itself: inside the toolbar, the toolbar's label styles would lay out the name field
  return createPortal(
    <div className="modal-backdrop" role="presentation">
      <form className="modal file-picker" role="dialog" aria-label={title} onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <h2>{title}</h2>
        <nav className="picker-crumbs" aria-label="Thư mục đang xem">
          <button type="button" disabled={!list?.parent} title="Lên thư mục cha (Backspace)" onClick={() => list?.parent && void go(list.parent)}>↑ Lên</button>
          {list?.crumbs.map((c, i) => (
            <span key={c.path}>
              {i > 0 && <span className="picker-sep" aria-hidden="true">›</span>}
              <button type="button" className="picker-crumb" aria-current={i === list.crumbs.length - 1 ? 'location' : undefined} onClick={() => void go(c.path)}>{c.name}</button>
            </span>
          ))}
        </nav>
        <div className="picker-body">
          <nav className="picker-places" aria-label="Nơi thường dùng">
            {list?.places.map((p) => (
              <button type="button" key={p.path} className={`picker-place place-${p.kind}`} title={p.path} aria-current={p.path === list.path ? 'location' : undefined} onClick={() => void go(p.path)}>{p.name}</button>
            ))}
          </nav>
          <div className="picker-main">
            <div className="picker-row picker-head" aria-hidden="true"><span>Tên</span><span>Dung lượng</span><span>Ngày sửa</span></div>
            <ul ref={listBox} className="picker-list" role="listbox" tabIndex={0} autoFocus={!naming} aria-label="Thư mục con và sổ"
              aria-activedescendant={entries.length ? `picker-${current}` : undefined} onKeyDown={onListKey}>
              {entries.map((entry, i) => (
                <li key={entry.path} id={`picker-${i}`} role="option" aria-selected={i === current} className={`picker-row ${entry.file ? 'is-book' : 'is-folder'}`}
                  onClick={() => select(i)} onDoubleClick={() => choose(entry)} title={entry.path}>
                  <span className="picker-name">{entry.name}</span>
                  <span className="num">{entry.file ? kilobytes(entry.file.size) : ''}</span>
                  <span>{entry.file ? modifiedAt(entry.file.modified) : ''}</span>
                </li>
              ))}
            </ul>
            {list && entries.length === 0 && <p className="picker-empty">Thư mục này không có thư mục con hay sổ (.sovon) nào.</p>}
            {!list && !error && <p className="picker-empty">Đang đọc thư mục…</p>}
          </div>
        </div>
        {list?.note && <p className="picker-note">{list.note}</p>}
        {error && <p className="picker-error" role="alert">{error}</p>}
        {naming && (
          <label className="picker-file-name">
            Tên tệp sổ (tự thêm đuôi .sovon)
            <input autoFocus value={name} onChange={(e) => { setName(e.target.value); setError(null); }} placeholder="ví dụ: Xã Mường So 2025" />
          </label>
        )}
        <p className="picker-hint">Nhấp đúp hoặc Enter để mở thư mục{naming ? '' : ' hoặc chọn sổ'}; Backspace: lên thư mục cha; Esc: đóng.</p>
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Hủy</button>
          <button type="submit" className="primary" disabled={!list}>{CONFIRM[purpose]}</button>
        </div>
      </form>
    </div>,
    document.body,
  );
}
