// The reading drawn over the province's sheet, as she would check it by eye: above each column
// what it is read as, at the left of each row what it is, her figures highlighted; the rules
// that decided, and what Sổ Vốn is unsure of (she must look before such a reading is written).
// A column's meaning is hers to change: its measure and capital type, or not to be read.
import { useState } from 'react';
import type { ImportColumnChoice, ImportView } from '../../../shared/api';
import { MEASURES, type Measure } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';

type View = ImportView['reading'];
type Column = View['columns'][number];

interface Props {
  reading: View;
  figureCells: ReadonlySet<string>;
  /** null: a list of works, whose columns are read by their words only */
  onCorrectColumn: ((choice: ImportColumnChoice) => void) | null;
}

export function ImportReading({ reading, figureCells, onCorrectColumn }: Props) {
  const [editing, setEditing] = useState<Column | null>(null);
  return (
    <div className="import-reading">
      <ul className="import-decisions" aria-label="Cách đọc bảng">
        {reading.decisions.map((d) => <li key={d}>{d}</li>)}
      </ul>
      <div className="import-sheet-wrap">
        <table className="import-sheet" aria-label="Bảng như trong tệp, với cách đọc">
          <thead>
            <tr className="meaning">
              <th>Đọc là</th>
              {reading.columns.map((c) => (
                <th key={c.at} className={`${c.read ? 'read' : ''}${c.corrected ? ' corrected' : ''}`} title={c.meaning}>
                  {onCorrectColumn && c.label
                    ? <button type="button" className="link" aria-label={`Cột ${c.at} đọc là`} onClick={() => setEditing(c)}>{c.meaning || 'không đọc'}</button>
                    : c.meaning}
                </th>
              ))}
            </tr>
            <tr className="letters"><th />{reading.columns.map((c) => <th key={c.at}>{c.at}</th>)}</tr>
            {reading.header.map((cells, i) => (
              <tr key={i}><th />{cells.map((t, j) => <th key={j}>{t}</th>)}</tr>
            ))}
          </thead>
          <tbody>
            {reading.rows.map((r) => (
              <tr key={r.row} className={r.mine ? 'mine' : ''} aria-label={`Dòng ${r.row}`}>
                <th className={r.sure ? '' : 'unsure'} title={`Dòng ${r.row}`}>{r.role}</th>
                {r.cells.map((t, j) => {
                  const at = `${reading.columns[j]!.at}${r.row}`;
                  return <td key={at} className={figureCells.has(at) ? 'figure' : ''}>{t}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {reading.more > 0 && <p className="modal-message">… và {reading.more} dòng nữa (các số vẫn được đọc, xem danh sách bên dưới).</p>}
      </div>
      {editing && onCorrectColumn && (
        <ColumnEditor column={editing} onDone={(choice) => { setEditing(null); if (choice) onCorrectColumn(choice); }} />
      )}
      {reading.doubts.length > 0 && (
        <div role="alert" className="import-doubts">
          <b>Sổ Vốn đọc chưa chắc {reading.doubts.length} chỗ, hãy kiểm tra:</b>
          <ul>{reading.doubts.map((d) => <li key={d}>{d}</li>)}</ul>
        </div>
      )}
    </div>
  );
}

/** One column's reading as she says it: kept in the book for the next file with the same header. */
function ColumnEditor({ column, onDone }: { column: Column; onDone(choice: ImportColumnChoice | null): void }) {
  const [measure, setMeasure] = useState<Measure>(column.measure ?? 'allocated');
  const [capital, setCapital] = useState<'DT' | 'SN' | 'ALL'>(column.capital ?? 'ALL');
  const label = column.label;
  return (
    <div className="import-column-editor" role="group" aria-label={`Đọc cột ${column.at}`}>
      <span>Cột {column.at} ({label}):</span>
      <select aria-label="Chỉ tiêu của cột" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
        {MEASURES.map((m) => <option key={m} value={m}>{MEASURE_LABEL[m]}</option>)}
      </select>
      <select aria-label="Loại vốn của cột" value={capital} onChange={(e) => setCapital(e.target.value as 'DT' | 'SN' | 'ALL')}>
        {(['DT', 'SN', 'ALL'] as const).map((c) => <option key={c} value={c}>{CAPITAL_LABEL[c]}</option>)}
      </select>
      <button type="button" onClick={() => onDone({ label, measure, capital })}>Đọc như thế</button>
      <button type="button" onClick={() => onDone({ label, skip: true })}>Không đọc cột này</button>
      {column.corrected && <button type="button" onClick={() => onDone({ label })}>Để Sổ Vốn đọc theo chữ</button>}
      <button type="button" onClick={() => onDone(null)}>Đóng</button>
    </div>
  );
}
