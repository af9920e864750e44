// Tệp > Mới, after she names the file: whose book it is, in one short form. Every field may wait
// (left empty: for later, in Cài đặt), so there is one way to make the book and no button that
// would drop what she typed; the unit suggests the names her earlier books hold. The book is
// made only here, with what she gave in its settings: Hủy (or Esc) makes nothing, so no book
// stands under her name half-made, and the open book stays open as it was.
import { useEffect, useState } from 'react';
import type { NewBookChoices } from '../../../shared/api';
import { NEW_BOOK as T } from '../../../shared/i18n/new-book';
import type { NewBookDetails } from '../../../shared/settings';
import { api } from '../api/client';
import { useDialogKeys } from './dialog-keys';

interface Props {
  path: string;
  /** `program`: the bundled catalogue's id */
  onCreate(details: NewBookDetails, program: string | undefined): Promise<void>;
  onCancel(): void;
}

type TextField = Exclude<keyof NewBookDetails, 'firstYear'>;
const SIGNERS: TextField[] = ['preparer', 'chiefAccountant', 'head'];

export function NewBookDialog({ path, onCreate, onCancel }: Props) {
  const [choices, setChoices] = useState<NewBookChoices>({ units: [], parents: [], programs: [] });
  const [draft, setDraft] = useState<Record<TextField, string>>({ unitName: '', parentAgency: '', unitCode: '', preparer: '', chiefAccountant: '', head: '' });
  const [program, setProgram] = useState<string | undefined>(undefined);
  const [year, setYear] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useDialogKeys<HTMLFormElement>(() => { if (!busy) onCancel(); });
  useEffect(() => {
    api.call('newBookChoices', {}).then((c) => { setChoices(c); setProgram((p) => p ?? c.programs[0]?.id); }).catch(() => { /* free typing still works */ });
  }, []);
  const chosen = choices.programs.find((p) => p.id === program);
  const years = chosen ? Array.from({ length: chosen.to - chosen.from + 1 }, (_, i) => chosen.from + i) : [];

  const create = async (details: NewBookDetails) => {
    setBusy(true);
    setError(null);
    try {
      await onCreate(details, program);
    } catch (e) {
      setError((e as Error).message); // she keeps what she typed and may change the name's fields
      setBusy(false);
    }
  };
  const field = (key: TextField, label: string, extra: { list?: string; placeholder?: string; autoFocus?: boolean } = {}) => (
    <label key={key}>{label}
      <input {...extra} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );

  return (
    <div className="modal-backdrop" role="presentation">
      <form ref={box} className="modal new-book" role="dialog" aria-label={T.title}
        onSubmit={(e) => { e.preventDefault(); void create({ ...draft, firstYear: year ? Number(year) : null }); }}>
        <h2>{T.title}</h2>
        <p className="modal-message">{T.intro(path.split(/[\\/]/).pop() ?? path)}</p>
        <div className="new-book-fields">
          {field('unitName', T.unitName, { list: 'new-book-units', placeholder: T.unitHint, autoFocus: true })}
          {field('parentAgency', T.parentAgency, { list: 'new-book-parents', placeholder: T.parentHint })}
          <label>{T.program}
            <select value={program ?? ''} onChange={(e) => { setProgram(e.target.value); setYear(''); }}>
              {choices.programs.map((p) => <option key={p.id} value={p.id}>{p.name} ({T.period(p.from, p.to)})</option>)}
            </select>
          </label>
          {field('unitCode', T.unitCode, { placeholder: T.later })}
          <label>{T.firstYear}
            <select value={year} onChange={(e) => setYear(e.target.value)}>
              <option value="">{T.later}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
        </div>
        <h3>{T.signers}</h3>
        <div className="new-book-signers">
          {SIGNERS.map((key) => field(key, T[key], { placeholder: T.signerHint }))}
        </div>
        <datalist id="new-book-units">
          {choices.units.map((u) => <option key={u.name} value={u.name}>{T.fromBook(u.from)}</option>)}
        </datalist>
        <datalist id="new-book-parents">
          {choices.parents.map((u) => <option key={u.name} value={u.name}>{T.fromBook(u.from)}</option>)}
        </datalist>
        {error && <p className="picker-error" role="alert">{error}</p>}
        <div className="modal-buttons">
          <button type="button" disabled={busy} onClick={onCancel}>{T.cancel}</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? T.creating : T.create}</button>
        </div>
      </form>
    </div>
  );
}
