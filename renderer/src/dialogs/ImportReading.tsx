// The reading drawn over the province's sheet, as she would check it by eye: above each column
// what it is read as, at the left of each row what it is, her figures highlighted; the rules
// that decided, and what Sổ Vốn is unsure of (she must look before such a reading is written).
import type { ImportView } from '../../../shared/api';

type View = ImportView['reading'];

export function ImportReading({ reading, figureCells }: { reading: View; figureCells: ReadonlySet<string> }) {
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
              {reading.columns.map((c) => <th key={c.at} className={c.read ? 'read' : ''} title={c.meaning}>{c.meaning}</th>)}
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
      {reading.doubts.length > 0 && (
        <div role="alert" className="import-doubts">
          <b>Sổ Vốn đọc chưa chắc {reading.doubts.length} chỗ, hãy kiểm tra:</b>
          <ul>{reading.doubts.map((d) => <li key={d}>{d}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
