// The import wizard when the file is a decision the book holds already (its .xls copy, a TCVN3
// copy, the province's file sent again): it says so, shows what differs from the figures in the
// book, and asks her which to keep. Nothing is written until she chooses to replace or to keep
// both under another name; keeping what the book has writes nothing at all.
import type { SameDecisionView } from '../../../shared/api';
import { IMPORT_SAME, IMPORT_SAME_WIZARD as T } from '../../../shared/i18n/import';

export type SameChoice = { kind: 'keep' } | { kind: 'replace' } | { kind: 'keepBoth'; name: string };

/** The name she gives a second copy, when it can be written: not empty, and no origin's name. */
export function keepBothName(choice: SameChoice, taken: readonly string[]): string | null {
  if (choice.kind !== 'keepBoth') return null;
  const name = choice.name.trim();
  return name && !taken.some((t) => t.toLowerCase() === name.toLowerCase()) ? name : null;
}

export function SameDecision({ same, choice, taken, onChoose }: {
  same: SameDecisionView; choice: SameChoice; taken: readonly string[]; onChoose(c: SameChoice): void;
}) {
  const name = choice.kind === 'keepBoth' ? choice.name : '';
  const clash = choice.kind === 'keepBoth' && name.trim() !== '' && keepBothName(choice, taken) === null;
  return (
    <section className="import-same" aria-label={T.section}>
      <p role="alert" className="same-message">{same.message}</p>
      {same.identical ? <p>{IMPORT_SAME.identical}</p> : (
        <>
          <p>{same.counts}</p>
          <table className="import-figures" aria-label={T.differences}>
            <thead><tr><th>{T.columns.line}</th><th>{T.columns.measure}</th><th>{T.columns.before}</th><th>{T.columns.after}</th></tr></thead>
            <tbody>
              {same.differences.map((d) => (
                <tr key={`${d.line}|${d.measure}`}><td>{d.line}</td><td>{d.measure}</td><td className="num">{d.before}</td><td className="num">{d.after}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <fieldset>
        <legend>{T.choice}</legend>
        <label className="check">
          <input type="radio" name="same-decision" checked={choice.kind === 'keep'} onChange={() => onChoose({ kind: 'keep' })} />
          {T.keep}
        </label>
        <label className="check">
          <input type="radio" name="same-decision" checked={choice.kind === 'replace'} onChange={() => onChoose({ kind: 'replace' })} />
          {T.replace}
        </label>
        <label className="check">
          <input type="radio" name="same-decision" checked={choice.kind === 'keepBoth'} onChange={() => onChoose({ kind: 'keepBoth', name })} />
          {T.keepBoth}
          <input type="text" aria-label={T.name} value={name} size={40}
            onChange={(e) => onChoose({ kind: 'keepBoth', name: e.target.value })} onFocus={() => choice.kind !== 'keepBoth' && onChoose({ kind: 'keepBoth', name })} />
        </label>
        {clash && <p className="msg error">{T.nameTaken}</p>}
      </fieldset>
    </section>
  );
}
