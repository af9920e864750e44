// The left side of Danh mục chương trình: the book's programmes (one is chosen, its tree shows on
// the right) and the programmes Sổ Vốn ships that the book has not yet, each with its button.
import type { CatalogList } from '../../../shared/api';
import { period } from './catalog-tree';

interface Props {
  list: CatalogList;
  chosen: string | null;
  readonly: boolean;
  onChoose(code: string): void;
  onAdd(id: string): void;
}

export function ProgramList({ list, chosen, readonly, onChoose, onAdd }: Props) {
  const addable = list.bundled.filter((b) => !b.inBook);
  return (
    <section className="catalog-programs" aria-label="Chương trình của sổ">
      <h3>Chương trình của sổ</h3>
      <ul className="catalog-program-list" role="listbox" aria-label="Chương trình">
        {list.programs.map((p) => (
          <li key={p.code} role="option" aria-selected={p.code === chosen} tabIndex={0}
            className={p.code === chosen ? 'chosen' : undefined}
            onClick={() => onChoose(p.code)}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onChoose(p.code); } }}>
            <span className="catalog-program-head"><b>{p.code}</b> <span className="catalog-period">{period(p)}</span></span>
            <span className="catalog-program-name">{p.name}</span>
            {p.basis && <span className="catalog-basis">Căn cứ: {p.basis}</span>}
          </li>
        ))}
      </ul>
      {addable.length > 0 && (
        <>
          <h3>Có thể thêm vào sổ</h3>
          <ul className="catalog-bundled">
            {addable.map((b) => (
              <li key={b.id}>
                <span className="catalog-program-name">{b.name} <span className="catalog-period">({period(b)})</span></span>
                <button type="button" disabled={readonly} onClick={() => onAdd(b.id)} aria-label={`Thêm chương trình ${b.program} ${period(b)} vào sổ`}>
                  Thêm {b.program} {period(b)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
