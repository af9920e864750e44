// The Treasury's statement of one period: she picks the file, sees the rows read (each code with
// the line of her books and the capital it goes to, and whether she mapped it or its content
// named the line), then writes it. The back end reads the file (browser mode cannot give it a
// path, so the bytes go as base64); a dry run writes nothing.
import type { CallResults } from '../../../shared/api';
import type { MoneyMeasure } from '../../../shared/claim';
import { api } from '../api/client';
import { FilePick, type PickedFile } from '../dialogs/FilePick';
import { WORDS, amount, capitalText, measureText } from './words';

/** A file she picked, kept so a mapping can read it again without picking it twice */
export type { PickedFile };
export type StatementRead = PickedFile & { read: CallResults['importTreasury'] };

/** The dry run of a file for a period: what the preview shows, or the back end's refusal */
export function readStatement(program: string, period: string, file: PickedFile): Promise<StatementRead> {
  return api.call('importTreasury', { program, period, ...file, dryRun: true }).then((read) => ({ ...file, read }));
}

interface PickProps {
  disabled: boolean;
  label: string;
  onPicked(file: PickedFile): void;
  onError(message: string): void;
}

export function StatementPick({ disabled, label, onPicked, onError }: PickProps) {
  return (
    <FilePick label={WORDS.pick} accept=".xlsx,.xls" disabled={disabled} className="treasury-pick" ariaLabel={`${WORDS.pick} (.xlsx, .xls) cho ${label}`}
      hint={(reading) => (reading ? WORDS.reading : WORDS.pickHint)} hintClass="treasury-hint" onFile={onPicked} onError={onError} />
  );
}

interface PreviewProps {
  statement: StatementRead;
  readonly: boolean;
  busy: boolean;
  onWrite(): void;
  onCancel(): void;
}

export function StatementPreview({ statement, readonly, busy, onWrite, onCancel }: PreviewProps) {
  const { read } = statement;
  return (
    <div className="treasury-preview" role="region" aria-label="Các dòng đọc được">
      <p className="modal-message">{WORDS.read(statement.fileName, read.sheet, read.rows.length, read.claims, read.period.label)}</p>
      <div className="catalog-tree-scroll">
        <table className="catalog-tree treasury-table" aria-label="Xem trước bảng của Kho bạc">
          <thead>
            <tr><th>Mã nguồn|ngành|CTMT-DA</th><th>Ô</th><th>Nội dung</th><th>Dòng của sổ</th><th>Loại vốn</th><th>Số đọc được (đồng)</th></tr>
          </thead>
          <tbody>
            {read.rows.map((r) => (
              <tr key={`${r.key}@${r.at}`}>
                <td className="catalog-code">{r.key}</td>
                <td className="catalog-code">{r.at}</td>
                <td>{r.content}</td>
                <td className="catalog-code">{r.node}{!r.mapped && <span className="treasury-by-content"> ({WORDS.byContent})</span>}</td>
                <td className="catalog-note">{capitalText(r.capital)}</td>
                <td className="treasury-figures">
                  {(Object.entries(r.figures) as [MoneyMeasure, number][]).map(([m, v]) => (
                    <span key={m}>{measureText(m)}: <span className="treasury-amount">{amount(v)}</span></span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="modal-buttons">
        <button type="button" onClick={onCancel}>{WORDS.cancel}</button>
        <button type="button" disabled={readonly || busy || read.rows.length === 0} onClick={onWrite}>{WORDS.write}</button>
      </div>
    </div>
  );
}
