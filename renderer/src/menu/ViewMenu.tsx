// The toolbar's Xem: how the sheet is laid out (column set, layout, which columns, widths) and
// where the Đối chiếu panel sits. They change rarely, so they wait behind one button and the
// toolbar keeps to one row at 1366×768; what she reads the figures by (year, project, origin,
// unit) stays in sight.
import { useCallback, useRef, useState } from 'react';
import { ColumnControls, hiddenInSet } from '../grid/ColumnControls';
import type { ColumnChoice } from '../grid/column-sets';
import type { PanelDock } from '../layout-memory';
import { useDismiss } from '../useDismiss';

interface Props {
  choice: ColumnChoice;
  onChange(choice: ColumnChoice): void;
  onResetWidths(): void;
  hasWidths: boolean;
  dock: PanelDock;
  onDock(dock: PanelDock): void;
}

export function ViewMenu({ dock, onDock, ...columns }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useDismiss(open, menu, useCallback(() => setOpen(false), []));
  const hidden = hiddenInSet(columns.choice);
  return (
    <div className="menu" ref={menu}>
      <button type="button" className="menu-button" aria-haspopup="true" aria-expanded={open} onClick={() => setOpen(!open)}
        title="Cột, bố cục, cột ẩn và chỗ đặt bảng Đối chiếu">
        Xem{hidden ? ` (ẩn ${hidden} cột)` : ''} ▾
      </button>
      {open && (
        <div className="menu-list view-menu" role="group" aria-label="Xem">
          <ColumnControls {...columns} />
          <fieldset className="view-dock">
            <legend>Bảng Đối chiếu</legend>
            <label><input type="radio" name="dock" checked={dock === 'right'} onChange={() => onDock('right')} />Bên phải lưới</label>
            <label><input type="radio" name="dock" checked={dock === 'below'} onChange={() => onDock('below')} />Dưới lưới</label>
          </fieldset>
        </div>
      )}
    </div>
  );
}
