// The open book and the sheet being looked at: which programme, year, origin and project,
// and the fold state, kept across reloads of the sheet so an edit never loses her place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookInfo, CheckReport } from '../../shared/api';
import type { UndoInfo } from '../../shared/book-change';
import type { Sheet, SheetRow } from '../../shared/sheet/sheet';
import { type SheetView, defaultView } from '../../shared/sheet/view';
import { api } from './api/client';
import { type Opening, opening } from './api/opening';
import { sheetOfView } from './api/prepared-sheet';
import { initiallyCollapsed } from './grid/visible-rows';
import { loadLayout, rememberLayout } from './layout-memory';
import { adoptKeptLayout, layoutStorage } from './layout-store';

/** How often a window asks whether another process changed its book. */
const OTHERS_POLL_MS = 3000;

export type View = SheetView;

/** The view's flags and what the undo buttons say: asked together after every change. */
async function flagsAndUndo(view: View): Promise<{ report: CheckReport; undo: UndoInfo }> {
  const [report, undo] = await Promise.all([
    api.call('runChecks', { program: view.program, year: view.year, origin: null, project: view.project }),
    api.call('undoInfo', {}),
  ]);
  return { report, undo };
}

export function useBook(onError: (message: string) => void) {
  const [info, setInfo] = useState<BookInfo | null>(null);
  const [view, setView] = useState<View | null>(null);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);
  const [checks, setChecks] = useState<CheckReport | null>(null);
  const [undoInfo, setUndoInfo] = useState<UndoInfo>({ undo: null, redo: null });

  const openPath = useRef<string | null>(null);
  /** the open book's figures have been painted once */
  const shown = useRef(false);
  /** A book's first figures, asked for the moment its view is known, before the grid is
   * mounted: the first paint does not wait for the grid to build itself first. */
  const firstAsk = useRef<{ view: string; version: Promise<{ version: number }>; sheet: Promise<Sheet> } | null>(null);
  /** `early`: the window's first asks (opening.ts), for the book it opens with */
  const adopt = useCallback((next: BookInfo, early?: Opening) => {
    adoptKeptLayout(next.path, next.layout);
    setInfo(next);
    // another book: where she left it last time (remembered per book in this browser), else
    // folded afresh; the same book (settings saved): keep her place
    if (openPath.current !== next.path) {
      shown.current = false;
      const stored = loadLayout(layoutStorage(), next.path);
      const first = defaultView(next, stored.view ?? undefined);
      // the version first: the server answers in turn, so it is what others had written before
      const version = early?.version ?? api.call('bookVersion', {});
      const sheet = early ? sheetOfView(first, early.sheet, (v) => api.call('getSheet', v)) : api.call('getSheet', first);
      sheet.catch(() => { /* reload says what went wrong */ });
      firstAsk.current = { view: JSON.stringify(first), version, sheet };
      // the view asked for above: the last book's year is not this one's (a new book opens on
      // the year she starts with)
      setView(first);
      setCollapsed(stored.collapsed ? new Set(stored.collapsed) : null);
    } else {
      setView((v) => defaultView(next, v ?? undefined));
    }
    openPath.current = next.path;
    document.title = `${next.settings.title || next.fileName} — Sổ Vốn`;
  }, []);

  const othersVersion = useRef<number | null>(null);
  // replies can come back out of order (she picks a year, then a project): only the latest
  // request's figures are shown, so the selectors and the grid never disagree
  const latest = useRef(0);
  const reload = useCallback(async () => {
    if (!view) return;
    const request = ++latest.current;
    try {
      const asked = firstAsk.current?.view === JSON.stringify(view) ? firstAsk.current : null;
      firstAsk.current = null;
      // what others had changed before these figures were read: the poll compares against it
      othersVersion.current = (await (asked?.version ?? api.call('bookVersion', {}))).version;
      if (!shown.current) {
        // the book's first paint: its figures as soon as they come (the flags wait for the
        // engine to be built, half a second for a large book); no mark is drawn yet to go stale
        const first = await (asked?.sheet ?? api.call('getSheet', view));
        if (request !== latest.current) return;
        shown.current = true;
        setSheet(first);
        setCollapsed((c) => c ?? initiallyCollapsed(first.rows));
        const after = await flagsAndUndo(view);
        if (request !== latest.current) return;
        setChecks(after.report);
        setUndoInfo(after.undo);
        return;
      }
      // figures and flags together, so a mark never sits on a stale number
      const [next, { report, undo }] = await Promise.all([api.call('getSheet', view), flagsAndUndo(view)]);
      if (request !== latest.current) return;
      setSheet(next);
      setChecks(report);
      setUndoInfo(undo);
      setCollapsed((c) => c ?? initiallyCollapsed(next.rows));
    } catch (e) {
      if (request === latest.current) onError((e as Error).message);
    }
  }, [view, onError]);

  /** After one edit: the rows it changed (the back end redrew them), with the flags and the undo
   * buttons, all at once; the year is not read again. */
  const applyEdit = useCallback(async (rows: readonly SheetRow[]) => {
    if (!view) return;
    const request = ++latest.current;
    try {
      const { report, undo } = await flagsAndUndo(view);
      if (request !== latest.current) return;
      const byId = new Map(rows.map((r) => [r.id, r]));
      setSheet((s) => s && { ...s, rows: s.rows.map((r) => byId.get(r.id) ?? r) });
      setChecks(report);
      setUndoInfo(undo);
    } catch (e) {
      if (request === latest.current) onError((e as Error).message);
    }
  }, [view, onError]);

  useEffect(() => {
    const early = opening();
    early.info.then((info) => adopt(info, early), (e: Error) => onError(e.message));
  }, [adopt, onError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // another process may write the book (the window only looks, or a tool changed it): reload
  // when it did, so she never works on figures the book no longer holds. The same question
  // tells when the back end is gone (browser mode's server stopped): editing waits for it.
  const [offline, setOffline] = useState(false);
  const wasOffline = useRef(false);
  useEffect(() => {
    if (!info) return;
    const timer = window.setInterval(() => {
      api.call('bookVersion', {}).then(({ version }) => {
        const back = wasOffline.current;
        wasOffline.current = false;
        setOffline(false);
        if (back || (othersVersion.current !== null && version !== othersVersion.current)) void refreshAllRef.current();
        othersVersion.current = version;
      }, () => {
        wasOffline.current = true;
        setOffline(true);
      });
    }, OTHERS_POLL_MS);
    return () => window.clearInterval(timer);
  }, [info?.path]);

  // her place is written down as it changes, so a reload finds it (layout-memory.ts)
  useEffect(() => {
    if (info && view) rememberLayout(layoutStorage(), info.path, { view });
  }, [info?.path, view]);
  useEffect(() => {
    if (info && collapsed) rememberLayout(layoutStorage(), info.path, { collapsed: [...collapsed] });
  }, [info?.path, collapsed]);

  const toggle = useCallback((rowId: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return next;
    });
  }, []);

  /** Unfolds every ancestor of a row, so a flag's cell can be shown. */
  const reveal = useCallback((rowId: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      const byId = new Map(sheet?.rows.map((r) => [r.id, r]));
      for (let id = byId.get(rowId)?.parentId ?? null; id !== null; id = byId.get(id)?.parentId ?? null) next.delete(id);
      return next;
    });
  }, [sheet]);

  /** After an action that may have changed origins or settings too (an import, an undo). */
  // adopting sets a new view (the origin she looked at may be gone), and a new view reloads the
  // sheet: reloading here too would ask for the old view's origin
  const refreshAll = useCallback(async () => {
    try {
      adopt(await api.call('bookInfo', {}));
    } catch (e) {
      onError((e as Error).message);
    }
  }, [adopt, onError]);

  const refreshAllRef = useRef(refreshAll);
  refreshAllRef.current = refreshAll;

  return { info, view, setView, sheet, checks, undoInfo, offline, collapsed: collapsed ?? new Set<string>(), toggle, reveal, reload, applyEdit, refreshAll, adopt };
}
