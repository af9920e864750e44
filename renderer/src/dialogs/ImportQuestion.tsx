// A question the file leaves open (her unit, the sheet, the year, the table's unit of money), asked
// where she answers it: the question's words and, beside them, the control whose answer reads the
// same file again. The file she chose stays chosen whatever she answers.
import { useState } from 'react';
import type { ImportAsk } from '../../../shared/import/question';
import { SCALE_LABEL } from '../../../shared/i18n/vi';
import { IMPORT_ASK_WIZARD as W } from '../../../shared/i18n/import';
import type { Scale } from '../../../shared/money';

export interface Answer {
  sheet?: string;
  unit?: string;
  year?: number;
  scale?: Scale;
}

export function ImportQuestion({ ask, onAnswer }: { ask: ImportAsk; onAnswer(a: Answer): void }) {
  const q = ask.question;
  return (
    <div className="import-preview" aria-label={W.region}>
      <p role="alert" className="msg error">{ask.message}</p>
      <div className="import-choices">
        {/* another sheet may hold her table, whatever the question: the sheets stay to pick from */}
        {(q.ask === 'sheet' || ask.sheets.length > 1) && (
          <label>{W.sheet}
            <select aria-label={W.sheet} value={q.ask === 'sheet' ? '' : ask.sheet ?? ''} onChange={(e) => e.target.value && onAnswer({ sheet: e.target.value })}>
              {(q.ask === 'sheet' || ask.sheet === null) && <option value="">{W.pickSheet}</option>}
              {ask.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
        )}
        {q.ask === 'unit' && (q.units.length > 0 ? (
          <label>{W.unit}
            <select aria-label={W.unit} value="" onChange={(e) => e.target.value && onAnswer({ unit: e.target.value })}>
              <option value="">{W.pickUnit}</option>
              {q.units.map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </label>
        ) : <Typed label={W.unit} type="text" initial={q.tried ?? ''} problem={(v) => (v.trim() ? null : W.unitTyped)} onDone={(v) => onAnswer({ unit: v.trim() })} />)}
        {q.ask === 'year' && <Typed label={W.year} type="text" initial="" problem={(v) => (/^\s*\d{4}\s*$/.test(v) ? null : W.yearTyped)} onDone={(v) => onAnswer({ year: Number(v) })} />}
        {q.ask === 'scale' && (
          <label>{W.scale}
            <select aria-label={W.scale} value="" onChange={(e) => e.target.value && onAnswer({ scale: e.target.value as Scale })}>
              <option value="">{W.pick}</option>
              {q.scales.map((s) => <option key={s} value={s}>{SCALE_LABEL[s]}</option>)}
            </select>
          </label>
        )}
      </div>
    </div>
  );
}

/** A typed answer, read when she presses Enter or the button: not at each key, a file read per
 *  digit. One that cannot be an answer is said beside the field (it did nothing, silently). */
function Typed({ label, type, initial, problem, onDone }: {
  label: string; type: 'text'; initial: string; problem(value: string): string | null; onDone(value: string): void;
}) {
  const [value, setValue] = useState(initial);
  const [said, setSaid] = useState<string | null>(null);
  const done = () => {
    const wrong = problem(value);
    setSaid(wrong);
    if (!wrong) onDone(value);
  };
  return (
    <label>{label}
      <input aria-label={label} type={type} value={value} aria-invalid={said !== null} onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); done(); } }} />
      <button type="button" onClick={done}>{W.readAgain}</button>
      {said && <span className="msg error" role="status">{said}</span>}
    </label>
  );
}
