// Danh mục chương trình > Đơn vị thực hiện (issue 31): every implementing unit with its validity
// and successors, the chosen one's history in words, and its editor. A change is one action of
// the book (Hoàn tác takes it back); the list is read again and the window reloads, so a district
// that ended leaves the sheets of the years after it (unless it has figures there).
import { useCallback, useEffect, useRef, useState } from 'react';
import { UNITS_MSG } from '../../../shared/i18n/units';
import { viDate } from '../../../shared/i18n/vi';
import type { UnitSpan } from '../../../shared/units';
import { api } from '../api/client';
import { type UnitChange, UnitEditor } from './UnitEditor';
import { unitHistory, unitState } from './unit-history';
import { useBookChange } from './use-book-change';

interface Props {
  readonly: boolean;
  /** the book changed: the window reads it again */
  onChanged(): Promise<void>;
}

/** Today on her calendar, not in UTC: a unit ends at her midnight. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function UnitsPane({ readonly, onChanged }: Props) {
  const [units, setUnits] = useState<UnitSpan[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const chosenRow = useRef<HTMLTableRowElement>(null);

  const load = useCallback(async () => setUnits((await api.call('listUnits', {})).units), []);
  const change = useBookChange(load, onChanged);
  const { busy, error, note, setError } = change;
  useEffect(() => { load().catch((e: Error) => setError(e.message)); }, [load, setError]);

  const unit = units?.find((u) => u.name === selected) ?? units?.[0] ?? null;
  useEffect(() => { chosenRow.current?.scrollIntoView({ block: 'nearest' }); }, [unit?.name, units]);
  // the editor is drawn anew after a change: the focus would fall to the page behind, where Esc
  // no longer reaches the dialog
  useEffect(() => {
    const at = document.activeElement as HTMLElement | null;
    if (!busy && (!at || at === document.body || at.matches(':disabled'))) table.current?.focus();
  }, [busy]);

  const save = (name: string, edit: UnitChange) => change.run(async () => {
    await api.call('setUnit', { name, ...edit });
    return { note: UNITS_MSG.set(name) };
  });

  const move = (by: number) => {
    if (!units || !unit) return;
    const next = units[Math.min(Math.max(units.indexOf(unit) + by, 0), units.length - 1)];
    if (next) setSelected(next.name);
  };
  const now = today();

  return (
    <section className="units-pane" aria-label="Đơn vị thực hiện" aria-busy={busy}>
      {!units && !error && <p className="modal-message">Đang đọc danh sách đơn vị…</p>}
      {units && units.length === 0 && <p className="modal-message">{UNITS_MSG.none}</p>}
      {units && unit && (
        <>
          <div className="catalog-tree-scroll">
            <table ref={table} className="catalog-tree units-table" aria-label="Các đơn vị thực hiện" tabIndex={0}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
                if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
              }}>
              <thead><tr><th>Đơn vị</th><th>Từ ngày</th><th>Đến ngày</th><th>Đơn vị kế thừa</th><th>Tình trạng</th></tr></thead>
              <tbody>
                {units.map((u) => {
                  const state = unitState(u, now);
                  return (
                    <tr key={u.name} ref={u.name === unit.name ? chosenRow : undefined} aria-selected={u.name === unit.name}
                      className={[u.name === unit.name ? 'chosen' : '', state.startsWith('đã thôi') ? 'retired' : ''].join(' ').trim() || undefined}
                      onClick={() => setSelected(u.name)}>
                      <td className="unit-name">{u.name}</td>
                      <td className="unit-date">{u.from ? viDate(u.from) : ''}</td>
                      <td className="unit-date">{u.to ? viDate(u.to) : ''}</td>
                      <td>{u.successors.join(', ')}</td>
                      <td className="catalog-note">{state}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="unit-history" role="note" aria-label="Lịch sử đơn vị">{unitHistory(units, unit.name)}</p>
          <UnitEditor key={JSON.stringify(unit)} unit={unit} others={units.filter((u) => u.name !== unit.name).map((u) => u.name)}
            readonly={readonly} busy={busy} onSave={(change) => save(unit.name, change)} />
        </>
      )}
      {error && <p role="alert" className="msg error">{error}</p>}
      {note && !error && <p role="status" className="msg">{note}</p>}
    </section>
  );
}
