// A figure column's header menu (the right button on its header): hide this column, or show
// every column again, as in Excel. The toolbar's Xem menu does the same by checkbox.
import { useEffect, useRef } from 'react';
import type { ColumnId } from '../../../shared/sheet/columns';
import { useDismiss } from '../useDismiss';
import { type ColumnChoice, offeredGroups } from './column-sets';

export interface HeaderAt {
  column: ColumnId;
  x: number;
  y: number;
}

interface Props {
  at: HeaderAt;
  choice: ColumnChoice;
  onChange(choice: ColumnChoice): void;
  onClose(): void;
}

export function HeaderMenu({ at, choice, onChange, onClose }: Props) {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => { menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(); }, []);
  useDismiss(true, menu, onClose);
  const column = offeredGroups(choice).flatMap((g) => g.columns).find((c) => c.id === at.column);
  const hiddenHere = offeredGroups(choice).flatMap((g) => g.columns).filter((c) => choice.hidden.includes(c.id));
  const act = (next: ColumnChoice) => {
    onChange(next);
    onClose();
  };
  const hide = () => act({ ...choice, hidden: [...new Set([...choice.hidden, at.column])] });
  const showAll = () => act({ ...choice, hidden: choice.hidden.filter((id) => !hiddenHere.some((c) => c.id === id)) });
  const item = (label: string, run: () => void, disabled = false) => (
    <li role="menuitem" aria-disabled={disabled} tabIndex={disabled ? -1 : 0} className={disabled ? 'disabled' : undefined}
      onClick={() => { if (!disabled) run(); }} onKeyDown={(e) => { if (e.key === 'Enter' && !disabled) run(); }}>
      {label}
    </li>
  );
  return (
    <ul ref={menu} className="menu-list cell-menu" role="menu" aria-label="Cột" style={{ left: at.x, top: at.y }}>
      {item(`Ẩn cột ${column ? `"${column.title}"` : 'này'}`, hide, !column)}
      {item(`Hiện lại mọi cột${hiddenHere.length ? ` (đang ẩn ${hiddenHere.length})` : ''}`, showAll, hiddenHere.length === 0)}
    </ul>
  );
}
