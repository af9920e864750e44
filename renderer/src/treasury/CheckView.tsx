// A period's statement set against her books to the same date, line by line, as she will sign
// it: the Treasury's codes, her line, the capital and the figure, both sides and the difference;
// then the flags the differences raise, worded by the reconciliation engine like every flag.
// A flag is shown here with its figures; explaining or correcting it is done in the main window.
import { useState } from 'react';
import type { CallResults } from '../../../shared/api';
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { SEVERITY_LABEL } from '../../../shared/i18n/vi';
import { WORDS, amount, capitalText, measureText } from './words';

interface Props {
  check: CallResults['treasuryCheck'];
}

export function CheckView({ check }: Props) {
  const [shown, setShown] = useState<string | null>(null);
  const differing = check.rows.filter((r) => r.difference !== null && r.difference !== 0).length;
  return (
    <div className="treasury-check" role="region" aria-label="Bảng đối chiếu">
      <h3>{WORDS.checkTitle(check.period.label, check.period.end)}</h3>
      <div className="catalog-tree-scroll">
        <table className="catalog-tree treasury-table" aria-label={`Đối chiếu ${check.period.label}`}>
          <thead>
            <tr>
              <th>Mã của Kho bạc</th><th>Dòng</th><th>Vốn</th><th>Chỉ tiêu</th>
              <th className="num">Số Kho bạc</th><th className="num">Số sổ</th><th className="num">Chênh lệch</th>
            </tr>
          </thead>
          <tbody>
            {check.rows.map((r) => {
              const off = r.difference !== null && r.difference !== 0;
              return (
                <tr key={`${r.node}|${r.capital}|${r.measure}`} className={off ? 'treasury-differs' : undefined}>
                  <td className="catalog-code">{r.keys.join(', ')}</td>
                  <td className="catalog-code">{r.node}</td>
                  <td className="catalog-note">{capitalText(r.capital)}</td>
                  <td className="catalog-note">{measureText(r.measure)}</td>
                  <td className="num">{amount(r.treasury)}</td>
                  <td className="num">{r.books === null ? <span className="treasury-hint">{WORDS.noBooks}</span> : amount(r.books)}</td>
                  <td className="num">{off ? amount(r.difference) : r.difference === 0 ? '0' : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={differing || check.flags.length ? 'treasury-flags-head differs' : 'treasury-flags-head'}>{WORDS.flags(check.flags.length)}</p>
      {check.flags.length > 0 && (
        <ul className="treasury-flags" aria-label="Cờ chênh lệch">
          {check.flags.map((f) => (
              <li key={f.id} className={`severity-${f.severity}`}>
                <button type="button" className="link" aria-expanded={shown === f.id} onClick={() => setShown(shown === f.id ? null : f.id)}>
                  <b>{SEVERITY_LABEL[f.severity]}:</b> {f.message}
                </button>
                {shown === f.id && (
                  // the figures behind it, as the Treasury and her books state them
                  <p className="treasury-flag-detail">
                    {side(f.claims[0]?.origin)} ghi {amount(f.found)} đồng, {side(f.claims[1]?.origin)} có {amount(f.expected)} đồng, chênh {amount(f.difference)} đồng.
                    {f.explained ? ` Giải trình: ${f.explained}` : ' Chưa giải trình: giải trình hay sửa số trong bảng Đối chiếu của cửa sổ chính.'}
                  </p>
                )}
              </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Which side a flag's figure is: the flag sits on the first of its claims, whichever origin that is */
function side(origin: string | undefined): string {
  if (origin === BOOKS_ORIGIN) return 'Sổ kế toán';
  return origin?.startsWith('kbnn-') ? 'Kho bạc' : (origin ?? '');
}
