// The window's side of her remembered place (layout-memory.ts): display unit, columns, widths and
// the Đối chiếu panel, read when a book opens and written as she changes them. The book's view
// and folding are remembered by useBook, which owns them.
import { useCallback, useState } from 'react';
import { type BookLayout, DEFAULT_LAYOUT, loadLayout, rememberLayout } from './layout-memory';
import { layoutStorage } from './layout-store';

type WindowPart = Pick<BookLayout, 'scale' | 'columns' | 'widths' | 'panel'>;

export function useLayout(bookPath: string | null) {
  const [state, setState] = useState<{ path: string | null; layout: BookLayout }>({ path: null, layout: DEFAULT_LAYOUT });
  let layout = state.layout;
  if (bookPath !== state.path) {
    // another book: its own place, read during this render so the grid never draws the old one
    layout = bookPath ? loadLayout(layoutStorage(), bookPath) : DEFAULT_LAYOUT;
    setState({ path: bookPath, layout });
  }
  /** `change` sees what is remembered now: widths dragged in quick succession all count */
  const update = useCallback((change: (now: BookLayout) => Partial<WindowPart>) => {
    setState((s) => {
      if (!s.path) return s;
      const c = change(s.layout);
      rememberLayout(layoutStorage(), s.path, c);
      // the parts she did not change keep their identity: a new width must not redraw the columns' set
      return { path: s.path, layout: { ...s.layout, ...c } };
    });
  }, []);
  return { layout, update };
}
