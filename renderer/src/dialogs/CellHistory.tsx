// A cell's menu (the right button on a figure) and its history: every figure the book held for
// it, when, and by which action or import, from the audit log, so "who changed this and when" has
// an answer in the book itself.
import { useEffect, useRef, useState } from 'react';
import type { CellHistoryEntry } from '../../../shared/api';
import type { Capital, Measure } from '../../../shared/claim';
import { formatVi } from '../../../shared/decimal';
import { CAPITAL_LABEL, MEASURE_LABEL, SCALE_LABEL, viDate } from '../../../shared/i18n/vi';
import { type Scale, dong, formatMoney } from '../../../shared/money';
import type { ColumnId } from '../../../shared/sheet/columns';
import type { SheetRow } from '../../../shared/sheet/sheet';
import { api } from '../api/client';
import { useDismiss } from '../useDismiss';

export interface CellAt {
  row: SheetRow;
  column: ColumnId;
  x: number;
  y: number;
}

export function CellMenu({ at, onHistory, onClose }: { at: CellAt; onHistory(): void; onClose(): void }) {
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => { menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(); }, []);
  useDismiss(true, menu, onClose);
  return (
    <ul ref={menu} className="menu-list cell-menu" role="menu" aria-label="Ô" style={{ left: at.x, top: at.y }}>
      <li role="menuitem" tabIndex={0} onClick={onHistory} onKeyDown={(e) => { if (e.key === 'Enter') onHistory(); }}>Lịch sử ô…</li>
    </ul>
  );
}

interface Props {
  at: CellAt;
  program: string;
  origin: string;
  originLabel: string;
  year: number;
  scale: Scale;
  onClose(): void;
}

export function CellHistory({ at, program, origin, originLabel, year, scale, onClose }: Props) {
  const [entries, setEntries] = useState<CellHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [measure, capital] = at.column.split(':') as [Measure, Capital | 'ALL'];
  useEffect(() => {
    const key = { program, origin, year, node: at.row.node, unit: at.row.unit, capital: capital === 'ALL' ? null : capital, source: null, measure };
    api.call('cellHistory', { key }).then((h) => setEntries(h.entries), (e: Error) => setError(e.message));
  }, [program, origin, year, at, measure, capital]);
  const title = `${at.row.code || at.row.label} · ${MEASURE_LABEL[measure]} ${CAPITAL_LABEL[capital]} · năm ${year}`;
  return (
    <div className="modal-backdrop" role="presentation" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="modal cell-history" role="dialog" aria-label="Lịch sử ô">
        <h2>Lịch sử ô {title}</h2>
        <p className="modal-message">{originLabel} · số theo {SCALE_LABEL[scale]}</p>
        {error && <p role="alert" className="msg error">{error}</p>}
        {entries?.length === 0 && <p className="modal-message">Sổ chưa ghi thay đổi nào của ô này (số tính ra, hay ghi trước khi sổ có nhật ký).</p>}
        {entries && entries.length > 0 && (
          <table className="backups-table" aria-label="Các lần thay đổi">
            <thead><tr><th>Lúc</th><th>Thao tác</th><th>Trước</th><th>Sau</th></tr></thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>{new Date(e.at).toLocaleString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })}</td>
                  <td>{e.label ?? `thao tác ${e.action}`}{e.asOf ? ` (số đến ngày ${viDate(e.asOf)})` : ''}</td>
                  <td className="num">{figure(e.before, scale)}</td>
                  <td className="num">{figure(e.after, scale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="modal-buttons">
          <button type="button" className="primary" autoFocus onClick={onClose}>Đóng</button>
        </div>
      </div>
    </div>
  );
}

function figure(state: CellHistoryEntry['before'], scale: Scale): string {
  if (state === null) return '(trống)';
  if (state.decimals !== null) return `${formatVi(BigInt(state.amount), state.decimals, false)}%`;
  return formatMoney(dong(Number(state.amount)), scale, 6);
}
