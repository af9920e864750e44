// What the Xem menu holds about columns: the "Cột" and "Bố cục" selects and a checkbox per column
// of the set. AG Grid community has no column menu or column chooser (Enterprise), so hiding is
// ours, drawn from column-sets.ts like the grid, so the menu and the grid always agree.
import type { ColumnId } from '../../../shared/sheet/columns';
import { COLUMN_SETS, LAYOUTS, offeredGroups, type ColumnChoice, type ColumnSetId, type Layout } from './column-sets';

interface Props {
  choice: ColumnChoice;
  onChange(choice: ColumnChoice): void;
  /** widths she dragged go back to the defaults */
  onResetWidths(): void;
  hasWidths: boolean;
}

/** how many of the set's columns she has hidden: the Xem button says so */
export function hiddenInSet(choice: ColumnChoice): number {
  const hidden = new Set(choice.hidden);
  return offeredGroups(choice).flatMap((g) => g.columns).filter((c) => hidden.has(c.id)).length;
}

export function ColumnControls({ choice, onChange, onResetWidths, hasWidths }: Props) {
  const hidden = new Set(choice.hidden);
  const setHidden = (id: ColumnId, hide: boolean) => {
    const next = new Set(hidden);
    if (hide) next.add(id);
    else next.delete(id);
    onChange({ ...choice, hidden: [...next] });
  };
  const groups = offeredGroups(choice);
  const hiddenHere = hiddenInSet(choice);

  return (
    <>
      <div className="view-selects">
        <label>Cột
          <select aria-label="Cột" value={choice.set} onChange={(e) => onChange({ ...choice, set: e.target.value as ColumnSetId })}>
            {Object.entries(COLUMN_SETS).map(([id, s]) => <option key={id} value={id}>{s.label}</option>)}
          </select>
        </label>
        <label>Bố cục
          <select
            aria-label="Bố cục" value={choice.layout}
            title="Chỉ tiêu › ĐT, SN, Cộng: dưới mỗi chỉ tiêu ba cột vốn ĐT, vốn SN và Cộng. Loại vốn › chỉ tiêu: mỗi loại vốn một khối các chỉ tiêu. Hoặc chỉ một loại vốn."
            onChange={(e) => onChange({ ...choice, layout: e.target.value as Layout })}
          >
            {Object.entries(LAYOUTS).map(([id, label]) => <option key={id} value={id}>{label}</option>)}
          </select>
        </label>
      </div>
      <div className="column-menu" role="group" aria-label="Ẩn/hiện cột">
        {groups.map((g) => (
          <fieldset key={g.id}>
            <legend>{g.header}</legend>
            {g.columns.map((c) => (
              <label key={c.id} title={c.title}>
                <input type="checkbox" aria-label={c.title} checked={!hidden.has(c.id)} onChange={(e) => setHidden(c.id, !e.target.checked)} />
                {c.header}
              </label>
            ))}
          </fieldset>
        ))}
        <label className="column-menu-wide">
          <input type="checkbox" checked={choice.wrapLabels} onChange={(e) => onChange({ ...choice, wrapLabels: e.target.checked })} />
          Nội dung dài xuống dòng (không cắt)
        </label>
        <div className="column-menu-buttons">
          <button type="button" disabled={hiddenHere === 0} onClick={() => onChange({ ...choice, hidden: choice.hidden.filter((id) => !groups.some((g) => g.columns.some((c) => c.id === id))) })}>
            Hiện lại mọi cột
          </button>
          <button type="button" disabled={!hasWidths} onClick={onResetWidths}>Độ rộng mặc định</button>
        </div>
      </div>
    </>
  );
}
