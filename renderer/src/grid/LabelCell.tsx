// The "Nội dung" cell: indentation by depth and a fold toggle for rows with children.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { GridRow } from './visible-rows';
import type { GridContext } from './grid-context';

export function LabelCell(props: CustomCellRendererProps<GridRow>) {
  const row = props.data;
  if (!row) return null;
  const ctx = props.context as GridContext;
  const open = row.open;
  return (
    <span className={`label-cell kind-${row.kind}`} style={{ paddingLeft: row.depth * 16 }}>
      {row.hasChildren ? (
        <button
          type="button"
          className="fold"
          aria-label={open ? `Thu gọn ${row.code}` : `Mở rộng ${row.code}`}
          aria-expanded={open}
          onClick={() => ctx.toggle(row.id)}
        >
          {open ? '▾' : '▸'}
        </button>
      ) : (
        <span className="fold-spacer" />
      )}
      {/* its own box, so a long name ends in "…" (the full name is in the tooltip) or wraps */}
      <span className="label-text">{row.label}</span>
    </span>
  );
}
