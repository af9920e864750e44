// A menu closes as menus do: Esc, or a click anywhere outside it. Listening starts before the
// menu is painted (a layout effect), so an Esc pressed the moment it shows is heard.
import { type RefObject, useLayoutEffect } from 'react';

export function useDismiss(open: boolean, inside: RefObject<HTMLElement | null>, close: () => void): void {
  useLayoutEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(); };
    const onDown = (e: MouseEvent) => { if (!inside.current?.contains(e.target as Node)) close(); };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, inside, close]);
}
