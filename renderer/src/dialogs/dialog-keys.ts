// Every dialog takes the keyboard when it opens: the focus goes into it (a field marked
// autoFocus, else its main button, else its first control), Esc cancels, and Enter on the main
// button confirms (a focused button's own Enter). The negative-amount question opened with the
// focus left on the grid behind it, so Enter and Esc went to the grid.
import { type RefObject, useLayoutEffect, useRef } from 'react';

const FIRST = 'button.primary:not([disabled])';
const CONTROLS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

export function useDialogKeys<T extends HTMLElement>(onCancel: () => void): RefObject<T | null> {
  const box = useRef<T>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  // before paint, as useDismiss: an Esc pressed the moment the dialog shows is heard
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!el.contains(document.activeElement)) (el.querySelector<HTMLElement>(FIRST) ?? el.querySelector<HTMLElement>(CONTROLS))?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      cancel.current();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, []);
  return box;
}
