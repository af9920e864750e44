// A flag's figures beside her grid (issue 18): when a flag in the panel is about a figure that is
// not in the grid she edits (another origin's, or a period's), its cell is shown here, read-only,
// in every origin the flag involves and year by year for a period, instead of the grid switching
// to another origin under her hands. She can still open that origin in the grid, knowingly.
import { useEffect, useState } from 'react';
import type { Origin } from '../../../shared/claim';
import type { FlagFigure, FlagFigures as Figures } from '../../../shared/reconcile/flag-figures';
import type { Flag } from '../../../shared/reconcile/flag';
import { CAPITAL_LABEL, MEASURE_LABEL, SCALE_LABEL, SOURCE_LABEL } from '../../../shared/i18n/vi';
import type { Scale } from '../../../shared/money';
import { formatCell } from '../grid/columns';
import { api } from '../api/client';

interface Props {
  program: string;
  flag: Flag;
  origins: readonly Origin[];
  /** the origin her grid shows */
  current: string;
  scale: Scale;
  onOpen(origin: string, year: number): void;
  onClose(): void;
}

export function FlagFigures({ program, flag, origins, current, scale, onOpen, onClose }: Props) {
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setFigures(null);
    api.call('flagFigures', { program, flagId: flag.id })
      .then((f) => (f ? setFigures(f) : setError('Cờ này không còn (sổ vừa thay đổi): hãy xem lại bảng Đối chiếu.')), (e: Error) => setError(e.message));
  }, [program, flag.id]);
  const label = (id: string) => origins.find((o) => o.id === id)?.label ?? id;
  const where = figures && `${figures.rowId} · ${CAPITAL_LABEL[figures.capital ?? 'ALL']}${figures.source ? ` · ${SOURCE_LABEL[figures.source]}` : ''}`;
  const measures = new Set(figures?.rows.map((r) => r.measure));
  const rowLabel = (r: Figures['rows'][number]) => `${label(r.origin)}${measures.size > 1 ? ` · ${MEASURE_LABEL[r.measure]}` : ''}${r.origin === current ? ' (đang xem)' : ''}`;
  return (
    <div className="flag-figures" role="dialog" aria-label="Số liệu của cờ" onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <h3>Số liệu của cờ{where ? `: ${where}` : ''}</h3>
      <p className="modal-message">{flag.message}</p>
      {error && <p role="alert" className="msg error">{error}</p>}
      {figures && (
        <table className="backups-table" aria-label="Số liệu theo nguồn và năm">
          <thead>
            <tr>
              <th>Nguồn{measures.size === 1 && figures.rows[0] ? ` · ${MEASURE_LABEL[figures.rows[0].measure]}` : ''}</th>
              {figures.years.map((y) => <th key={y}>Năm {y}</th>)}
              {figures.period && <th>Cả giai đoạn {figures.period[0]}-{figures.period[1]}</th>}
            </tr>
          </thead>
          <tbody>
            {figures.rows.map((r) => (
              <tr key={`${r.origin}|${r.measure}`} aria-label={rowLabel(r)}>
                <th scope="row">{rowLabel(r)}</th>
                {r.years.map((f, i) => <td key={figures.years[i]} className="num">{shown(f, scale)}</td>)}
                {r.period && <td className={`num${r.period.stated ? ' stated' : ' computed'}`} title={r.period.stated ? 'số ghi cho cả giai đoạn' : 'cộng các năm'}>{shown(r.period.figure, scale)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="modal-message">Số theo {SCALE_LABEL[scale]}; chỉ để xem, không sửa ở đây.</p>
      <div className="modal-buttons">
        {[...new Set(figures?.rows.map((r) => r.origin))].filter((id) => id !== current).map((id) => (
          <button key={id} type="button" onClick={() => onOpen(id, figures!.years.at(-1)!)}>Mở "{label(id)}" trong bảng</button>
        ))}
        <button type="button" className="primary" autoFocus onClick={onClose}>Đóng</button>
      </div>
    </div>
  );
}

function shown(f: FlagFigure | null, scale: Scale): string {
  if (f === null) return '—';
  return f.kind === 'rate' ? `${formatCell(f, scale)} %` : formatCell(f, scale);
}
