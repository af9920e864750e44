// Tệp: Mới, Mở, Lưu bản sao, Gần đây. Electron answers with its native dialogs; in browser
// mode she picks in the back end's folder listing (dialogs/FilePicker.tsx). Mới then asks whose
// book it is (dialogs/NewBookDialog.tsx) before the book is made.
import { type Ref, useCallback, useImperativeHandle, useRef, useState } from 'react';
import { useDismiss } from '../useDismiss';
import type { BookInfo, DemoName } from '../../../shared/api';
import { ApiError, api } from '../api/client';
import type { PromptSpec } from '../dialogs/PromptDialog';
import { FilePicker } from '../dialogs/FilePicker';
import { NewBookDialog } from '../dialogs/NewBookDialog';
import { NEW_BOOK } from '../../../shared/i18n/new-book';
import { COMMAND_LABEL } from '../../../shared/i18n/menu';

interface Props {
  onOpened(info: BookInfo): void;
  /** Tệp > Nhập từ Excel */
  onImport(): void;
  /** Tệp > Xuất bảng tính ra Excel: the sheet as she sees it */
  onExport(): void;
  /** Tệp > Xuất báo cáo Excel: a report template filled from the book */
  onReport?(): void;
  /** Tệp > In…: the sheets to sign, with a preview */
  onPrint?(): void;
  /** Tệp > Sao lưu và khôi phục */
  onBackups?(): void;
  /** Tệp > Danh mục chương trình: the book's programmes and their lines */
  onCatalog?(): void;
  /** Tệp > Đối chiếu Kho bạc: the Treasury's statements read, set against her books, locked */
  onTreasury?(): void;
  /** Tệp > Cài đặt: the unit, its signers, the report templates (as Office keeps Options under File) */
  onSettings(): void;
  /** Tệp > Giới thiệu Sổ Vốn: the version and the open book's path */
  onAbout?(): void;
  onMessage(text: string, error?: boolean): void;
  ask(spec: PromptSpec): void;
  /** Mới, Mở, Lưu bản sao for the window's menu bar (menu/app-commands.ts) */
  ref?: Ref<FileMenuHandle>;
}

type Purpose = 'open' | 'new' | 'copy';

export interface FileMenuHandle {
  run(purpose: Purpose): void;
}

export function FileMenu({ onOpened, onImport, onExport, onReport, onPrint, onBackups, onCatalog, onTreasury, onSettings, onAbout, onMessage, ask, ref }: Props) {
  const [open, setOpen] = useState(false);
  const [recent, setRecent] = useState<string[]>([]);
  const menu = useRef<HTMLDivElement>(null);
  const [picking, setPicking] = useState<{ purpose: Purpose; title: string; onPick(path: string): Promise<void> } | null>(null);
  /** the new book's path, while she says whose book it is (the book is made only then) */
  const [naming, setNaming] = useState<string | null>(null);
  useDismiss(open, menu, useCallback(() => setOpen(false), []));

  /** `native`: the path came from the system dialog, which has already asked about replacing. */
  const withPath = async (purpose: Purpose, title: string, run: (path: string, native: boolean) => Promise<void>) => {
    setOpen(false);
    const picked = await api.call('pickPath', { purpose });
    const guarded = async (path: string) => {
      try {
        await run(path, picked.supported);
      } catch (e) {
        onMessage((e as Error).message, true);
      }
    };
    if (picked.supported) {
      if (picked.path) await guarded(picked.path);
      return;
    }
    setPicking({ purpose, title, onPick: guarded });
  };

  const toggle = async () => {
    if (!open) setRecent((await api.call('recentBooks', {})).paths);
    setOpen(!open);
  };

  /** A demo book, kept in the app's data folder: made the first time, her edits there kept. */
  const openDemo = async (name?: DemoName): Promise<void> => {
    setOpen(false);
    try {
      const info = await api.call('openDemo', name ? { name } : {});
      onOpened(info);
      onMessage(`Đã mở sổ mẫu "${info.settings.title}".`);
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  };

  const openBook = async (path: string, readonly = false): Promise<void> => {
    try {
      onOpened(await api.call('openBook', { path, readonly }));
      onMessage(readonly ? `Đã mở sổ ${path} chỉ để xem.` : `Đã mở sổ ${path}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // too damaged to open, and a backup can take its place: the damaged file is kept beside it
      if (e.code === 'bookDamaged') {
        ask({
          title: 'Sổ bị hỏng', message: e.message, label: '', confirm: 'Khôi phục bản sao lưu mới nhất',
          onSubmit: () => api.call('restoreDamagedBook', { path })
            .then((info) => { onOpened(info); onMessage(`Đã khôi phục sổ ${path} từ bản sao lưu mới nhất; tệp hỏng được giữ lại bên cạnh.`); })
            .catch((err: Error) => onMessage(err.message, true)),
        });
        return;
      }
      // another window or process writes it: she may still look
      if (e.code !== 'bookLocked') throw e;
      ask({
        title: 'Sổ đang mở ở nơi khác', message: e.message, label: '', confirm: 'Mở chỉ để xem',
        onSubmit: () => openBook(path, true).catch((err: Error) => onMessage(err.message, true)),
      });
    }
  };

  const saveCopy = async (path: string, replace: boolean): Promise<void> => {
    try {
      const saved = await api.call('saveCopy', { path, replace });
      onMessage(`Đã lưu bản sao ${saved.path}`);
    } catch (e) {
      if (!(e instanceof ApiError && e.code === 'fileExists')) throw e;
      ask({
        title: 'Ghi đè tệp?', message: e.message, label: '', confirm: 'Ghi đè',
        onSubmit: () => saveCopy(path, true).catch((err: Error) => onMessage(err.message, true)),
      });
    }
  };

  const byPurpose: Record<Purpose, () => Promise<void>> = {
    new: () => withPath('new', 'Tạo sổ mới', async (path) => setNaming(path)),
    open: () => withPath('open', 'Mở sổ', (path) => openBook(path)),
    copy: () => withPath('copy', 'Lưu bản sao của sổ', (path, native) => saveCopy(path, native)),
  };
  useImperativeHandle(ref, () => ({ run: (purpose) => void byPurpose[purpose]() }));

  return (
    <div className="menu" ref={menu}>
      <button type="button" className="menu-button" aria-haspopup="menu" aria-expanded={open} onClick={() => void toggle()}>
        Tệp
      </button>
      {open && (
        <ul className="menu-list" role="menu">
          <li role="menuitem" onClick={() => void byPurpose.new()}>Mới…</li>
          <li role="menuitem" onClick={() => void byPurpose.open()}>Mở…</li>
          <li role="menuitem" onClick={() => void byPurpose.copy()}>Lưu bản sao…</li>
          <li role="menuitem" onClick={() => { setOpen(false); onImport(); }}>Nhập từ Excel…</li>
          <li role="menuitem" onClick={() => { setOpen(false); onExport(); }}>Xuất bảng tính ra Excel</li>
          {onReport && <li role="menuitem" onClick={() => { setOpen(false); onReport(); }}>Xuất báo cáo Excel…</li>}
          {onPrint && <li role="menuitem" onClick={() => { setOpen(false); onPrint(); }}>In…</li>}
          {onBackups && <li role="menuitem" onClick={() => { setOpen(false); onBackups(); }}>Sao lưu và khôi phục…</li>}
          {onCatalog && <li role="menuitem" onClick={() => { setOpen(false); onCatalog(); }}>Danh mục chương trình…</li>}
          {onTreasury && <li role="menuitem" onClick={() => { setOpen(false); onTreasury(); }}>Đối chiếu Kho bạc…</li>}
          <li role="menuitem" onClick={() => { setOpen(false); onSettings(); }}>Cài đặt…</li>
          {onAbout && <li role="menuitem" onClick={() => { setOpen(false); onAbout(); }}>{COMMAND_LABEL.about}…</li>}
          <li className="menu-heading" role="presentation">Sổ mẫu</li>
          <li role="menuitem" onClick={() => void openDemo()}>Huyện Phong Thổ 2022-2024 (từ báo cáo thật)</li>
          <li role="menuitem" onClick={() => void openDemo('commune')} title="Chương trình 2026-2035 và vốn 2021-2025 chuyển sang, qua lần sắp xếp đơn vị năm 2025">Xã Phong Thổ 2026 (số liệu bịa)</li>
          <li className="menu-heading" role="presentation">Gần đây</li>
          {recent.length === 0 && <li className="menu-empty" role="presentation">(chưa có)</li>}
          {recent.map((path) => (
            <li key={path} role="menuitem" className="menu-recent" title={path} onClick={() => {
              setOpen(false);
              openBook(path).catch((e: Error) => onMessage(e.message, true));
            }}>{path}</li>
          ))}
        </ul>
      )}
      {naming !== null && (
        <NewBookDialog path={naming}
          onCreate={async (details, program) => {
            const info = await api.call('newBook', { path: naming, program, details });
            setNaming(null);
            onOpened(info);
            onMessage(NEW_BOOK.created(naming));
          }}
          onCancel={() => { setNaming(null); onMessage(NEW_BOOK.cancelled); }} />
      )}
      {picking && (
        <FilePicker purpose={picking.purpose} title={picking.title} onClose={() => setPicking(null)}
          onPick={(path) => { setPicking(null); void picking.onPick(path); }} />
      )}
    </div>
  );
}
