// A pasted block larger than one cell is shown before it is saved: every cell, the text as it
// came from the clipboard and the figure the book will hold, so a column shifted by one or a
// number read the wrong way is seen before it lands.
import type { Measure } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL, SCALE_LABEL } from '../../../shared/i18n/vi';
import { formatMoney, parseMoney, type Scale } from '../../../shared/money';
import { formatRate, parseRate } from '../../../shared/rate';
import type { BlockEdit } from '../grid/block-selection';
import { useDialogKeys } from './dialog-keys';

interface Props {
  edit: BlockEdit;
  scale: Scale;
  onConfirm(): void;
  onCancel(): void;
}

export function PastePreview({ edit, scale, onConfirm, onCancel }: Props) {
  const rows = edit.cells.map((c) => ({ ...c, read: readAs(c.column, c.text, scale) }));
  const wrong = rows.filter((r) => !r.read.ok);
  const box = useDialogKeys<HTMLDivElement>(onCancel);
  return (
    <div className="modal-backdrop" role="presentation">
      <div ref={box} className="modal paste-preview" role="dialog" aria-label="Dán khối số liệu">
        <h2>Dán {rows.length} ô</h2>
        <p className="modal-message">
          Số sẽ được ghi theo đơn vị {SCALE_LABEL[scale]}.
          {edit.skipped ? ` Bỏ qua ${edit.skipped} ô số tính ra (tổng của các dòng con hay của các cột).` : ''}
          {wrong.length ? ` ${wrong.length} ô không đọc được: không ô nào được ghi cho đến khi sửa.` : ''}
        </p>
        <table className="paste-table" aria-label="Các ô sẽ dán">
          <thead><tr><th>Dòng</th><th>Cột</th><th>Đã chép</th><th>Sẽ ghi</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.row.id}|${r.column}`} className={r.read.ok ? '' : 'paste-wrong'}>
                <td title={r.row.label}>{r.row.code || r.row.label}</td>
                <td>{columnLabel(r.column)}</td>
                <td className="num">{r.text ?? ''}</td>
                <td className="num">{r.read.ok ? r.read.text : r.read.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="modal-buttons">
          <button type="button" onClick={onCancel}>Hủy</button>
          <button type="button" className="primary" disabled={wrong.length > 0} onClick={onConfirm}>Ghi {rows.length} ô</button>
        </div>
      </div>
    </div>
  );
}

function columnLabel(column: string): string {
  const [measure, capital] = column.split(':') as [Measure, 'DT' | 'SN' | 'ALL'];
  return `${MEASURE_LABEL[measure]} ${CAPITAL_LABEL[capital]}`;
}

/** The figure as the book will hold it, in the display unit, or why it cannot be read. */
function readAs(column: string, text: string | null, scale: Scale): { ok: true; text: string } | { ok: false; reason: string } {
  if (text === null) return { ok: true, text: '(xóa)' };
  if (column.startsWith('rate:')) {
    const rate = parseRate(text);
    return rate.ok ? { ok: true, text: `${formatRate(rate.value)}%` } : { ok: false, reason: rate.reason };
  }
  const money = parseMoney(text, scale);
  return money.ok ? { ok: true, text: formatMoney(money.value, scale, 6) } : { ok: false, reason: money.reason };
}
