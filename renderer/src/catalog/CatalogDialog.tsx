// Tệp > Danh mục chương trình: the book's programmes and, for the one chosen, its tree, where she
// completes the 2026-2035 programme from the province's decisions (lines added by hand or read
// from the annex, renamed, put in order, retired). After each change the list is read again and
// the window reloads, so the grid shows the lines as they now are; a refusal is said here.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CatalogList } from '../../../shared/api';
import { api } from '../api/client';
import { useDialogKeys } from '../dialogs/dialog-keys';
import { listedLines, period } from './catalog-tree';
import { CatalogTree } from './CatalogTree';
import { type Done, LineActions } from './LineActions';
import { ProgramList } from './ProgramList';
import { type AnnexRead, AnnexPick, AnnexPreview } from './AnnexReader';
import { UnitsPane } from './UnitsPane';
import { useBookChange } from './use-book-change';

type Tab = 'programs' | 'units';
const TABS: [Tab, string][] = [['programs', 'Chương trình'], ['units', 'Đơn vị thực hiện']];

interface Props {
  /** the programme and year the window shows: chosen first, and the retirement's default year */
  program: string;
  year: number;
  readonly: boolean;
  /** the book changed: the window reads it again */
  onChanged(): Promise<void>;
  onClose(): void;
}

export function CatalogDialog({ program, year, readonly, onChanged, onClose }: Props) {
  const [list, setList] = useState<CatalogList | null>(null);
  const [chosen, setChosen] = useState(program);
  const [selected, setSelected] = useState<string | null>(null);
  const [annex, setAnnex] = useState<AnnexRead | null>(null);
  const [tab, setTab] = useState<Tab>('programs');
  const box = useDialogKeys<HTMLDivElement>(onClose);

  const load = useCallback(async () => setList(await api.call('listCatalog', {})), []);

  const shown = list?.programs.find((p) => p.code === chosen) ?? list?.programs[0] ?? null;
  const lines = useMemo(() => listedLines(shown?.lines ?? []), [shown]);
  // the line chosen, or the programme's root when it is gone (removed, undone elsewhere)
  const line = lines.find((l) => l.code === selected) ?? lines[0] ?? null;

  const change = useBookChange(load, onChanged);
  const { busy, error, note, setError } = change;
  useEffect(() => { load().catch((e: Error) => setError(e.message)); }, [load, setError]);
  /** One change: said, the list read again, the window reloaded; or the refusal said. */
  const act = useCallback((work: () => Promise<Done>) => change.run(work, (done) => { if (done.select) setSelected(done.select); }), [change]);

  // the button she pressed may be gone (the annex's preview) or disabled (a line moved to the
  // top): the focus would fall to the page behind, where Esc no longer reaches the dialog
  useEffect(() => {
    const el = box.current;
    const at = document.activeElement as HTMLElement | null;
    if (busy || !el || (at && el.contains(at) && !at.matches(':disabled'))) return;
    (el.querySelector<HTMLElement>('.catalog-tree') ?? el).focus();
  }, [busy, box]);

  const addProgram = (id: string) => {
    const bundled = list?.bundled.find((b) => b.id === id);
    act(async () => {
      await api.call('addProgram', { id });
      if (bundled) { setChosen(bundled.program); setSelected(null); }
      return { note: `Đã thêm chương trình ${bundled?.program ?? id} vào sổ.` };
    });
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div ref={box} className="modal catalog" role="dialog" tabIndex={-1} aria-label="Danh mục chương trình" aria-busy={busy}>
        <h2>Danh mục chương trình</h2>
        <div className="catalog-tabs" role="tablist" aria-label="Phần của danh mục">
          {TABS.map(([t, label], i) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} tabIndex={tab === t ? 0 : -1} className={tab === t ? 'chosen' : undefined}
              onClick={() => setTab(t)}
              onKeyDown={(e) => {
                // the arrows go from tab to tab, as in any tab strip
                if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                e.preventDefault();
                const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]![0];
                setTab(next);
                e.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('[role=tab]')[TABS.findIndex(([x]) => x === next)]?.focus();
              }}>
              {label}
            </button>
          ))}
        </div>
        {tab === 'units' && <UnitsPane readonly={readonly} onChanged={onChanged} />}
        {tab === 'programs' && !list && !error && <p className="modal-message">Đang đọc danh mục…</p>}
        {tab === 'programs' && list && (
          <div className="catalog-body">
            <ProgramList list={list} chosen={shown?.code ?? null} readonly={readonly}
              onChoose={(code) => { setChosen(code); setSelected(null); setAnnex(null); }} onAdd={addProgram} />
            {shown && line && (
              <section className="catalog-lines" aria-label={`Danh mục ${shown.code}`}>
                <h3 title={shown.name}>{shown.code} {period(shown)}: {shown.name}</h3>
                {annex
                  ? <AnnexPreview program={shown.code} annex={annex} act={act} onCancel={() => setAnnex(null)} />
                  : (
                    <>
                      <CatalogTree lines={lines} selected={line.code} onSelect={setSelected} />
                      <LineActions program={shown} line={line} year={year} readonly={readonly} act={act} />
                      <AnnexPick program={shown.code} parent={line.code} readonly={readonly}
                        onRead={(read) => { change.clear(); setAnnex(read); }} onError={setError} />
                    </>
                  )}
              </section>
            )}
          </div>
        )}
        {tab === 'programs' && error && <p role="alert" className="msg error">{error}</p>}
        {tab === 'programs' && note && !error && <p role="status" className="msg">{note}</p>}
        <div className="modal-buttons">
          {readonly && <span className="catalog-readonly">Sổ đang mở chỉ để xem: không sửa được danh mục.</span>}
          <button type="button" className="primary" onClick={onClose}>Đóng</button>
        </div>
      </div>
    </div>
  );
}
