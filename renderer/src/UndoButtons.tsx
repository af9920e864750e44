// Hoàn tác / Làm lại, and Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) anywhere but in a text box, where the
// keys keep undoing her typing as they always do.
import { type Ref, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import type { UndoInfo } from '../../shared/book-change';
import { MSG } from '../../shared/i18n/vi';
import { api } from './api/client';

interface Props {
  info: UndoInfo;
  /** the book after the step: figures, flags, origins (an undone import takes its origin away) */
  onDone(): Promise<void>;
  onMessage(text: string, error?: boolean): void;
  /** Sửa > Hoàn tác / Làm lại of the window's menu bar (menu/app-commands.ts) */
  ref?: Ref<UndoHandle>;
}

type Step = 'undo' | 'redo';

export interface UndoHandle {
  run(step: Step): void;
}

export function UndoButtons({ info, onDone, onMessage, ref }: Props) {
  const busy = useRef(false);
  const run = useCallback(async (step: Step) => {
    if (busy.current) return; // a held key repeats: one step at a time
    busy.current = true;
    try {
      const { label } = await api.call(step, {});
      if (label === null) onMessage(step === 'undo' ? MSG.nothingToUndo : MSG.nothingToRedo);
      else onMessage(step === 'undo' ? MSG.undone(label) : MSG.redone(label));
    } catch (e) {
      onMessage((e as Error).message, true);
    } finally {
      await onDone();
      busy.current = false;
    }
  }, [onDone, onMessage]);
  useImperativeHandle(ref, () => ({ run: (step) => void run(step) }), [run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = stepOf(e);
      if (!step || typingIn(e.target)) return;
      e.preventDefault();
      void run(step);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return (
    <span className="undo-buttons">
      <button type="button" disabled={!info.undo} onClick={() => void run('undo')}
        aria-label="Hoàn tác"
        title={info.undo ? `Hoàn tác: ${info.undo} (Ctrl+Z)` : 'Không có thao tác để hoàn tác'}>↶</button>
      <button type="button" disabled={!info.redo} onClick={() => void run('redo')}
        aria-label="Làm lại"
        title={info.redo ? `Làm lại: ${info.redo} (Ctrl+Y)` : 'Không có thao tác để làm lại'}>↷</button>
    </span>
  );
}

function stepOf(e: KeyboardEvent): Step | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
