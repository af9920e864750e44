// A programme's tree: stable code, name indented by depth, and what kind of line it is. A retired
// line stays (its figures stay and are still checked), dimmed, with the year it stopped running.
import { useEffect, useRef } from 'react';
import { LINE_KIND_LABEL } from '../../../shared/i18n/vi';
import type { ListedLine } from './catalog-tree';

interface Props {
  lines: readonly ListedLine[];
  selected: string | null;
  onSelect(code: string): void;
}

export function CatalogTree({ lines, selected, onSelect }: Props) {
  const chosenRow = useRef<HTMLTableRowElement>(null);
  // a line just added or moved may be below the fold: keep it in sight
  useEffect(() => { chosenRow.current?.scrollIntoView({ block: 'nearest' }); }, [selected, lines]);
  const move = (by: number) => {
    const at = lines.findIndex((l) => l.code === selected);
    const next = lines[Math.min(Math.max(at + by, 0), lines.length - 1)];
    if (next) onSelect(next.code);
  };
  return (
    <div className="catalog-tree-scroll">
      <table className="catalog-tree" aria-label="Các dòng của chương trình" tabIndex={0}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
          if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
        }}>
        <thead><tr><th>Mã</th><th>Tên dòng</th><th>Ghi chú</th></tr></thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.code} ref={l.code === selected ? chosenRow : undefined} aria-selected={l.code === selected}
              className={[l.code === selected ? 'chosen' : '', l.retired !== null ? 'retired' : '', l.own ? 'own' : ''].join(' ').trim() || undefined}
              onClick={() => onSelect(l.code)}>
              <td className="catalog-code">{l.code}</td>
              <td className="catalog-name" style={{ paddingLeft: 6 + l.depth * 18 }}>{l.name}</td>
              <td className="catalog-note">
                {l.own && LINE_KIND_LABEL[l.kind as 'content' | 'work']}
                {l.retired !== null && <span className="catalog-retired">{l.own ? ', ' : ''}thôi từ năm {l.retired}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
