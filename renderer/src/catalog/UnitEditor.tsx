// The chosen unit's validity and successors as she edits them: dates typed as she writes them
// (30/06/2025), a date that is not on the calendar said beside its field before anything is sent,
// successors ticked among the book's other units or typed anew (a commune not yet in the book).
// Only what she changed is sent: setUnit keeps a field left out.
import { useState } from 'react';
import { viDate } from '../../../shared/i18n/vi';
import type { UnitSpan } from '../../../shared/units';
import { readDateField } from './unit-history';

export type UnitChange = { from?: string | null; to?: string | null; successors?: string[] };

interface Props {
  unit: UnitSpan;
  /** the book's other units, in the list's order: the successors she may tick */
  others: readonly string[];
  readonly: boolean;
  busy: boolean;
  onSave(change: UnitChange): void;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function UnitEditor({ unit, others, readonly, busy, onSave }: Props) {
  const start = { from: unit.from ? viDate(unit.from) : '', to: unit.to ? viDate(unit.to) : '' };
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [wrong, setWrong] = useState<{ from?: string; to?: string; successors?: string }>({});
  const [ticked, setTicked] = useState<readonly string[]>(unit.successors);
  const [extra, setExtra] = useState('');

  // a successor no longer among the others (renamed elsewhere) stays ticked until she unticks it
  const choices = [...others, ...unit.successors.filter((s) => !others.includes(s))];
  const successors = [...choices.filter((c) => ticked.includes(c)), ...(extra.trim() && !ticked.includes(extra.trim()) ? [extra.trim()] : [])];
  const dirty = from !== start.from || to !== start.to || !sameList(successors, unit.successors);

  const check = (field: 'from' | 'to', text: string) => {
    const read = readDateField(text);
    setWrong((w) => ({ ...w, [field]: 'wrong' in read ? read.wrong : undefined }));
    return 'iso' in read ? read.iso : undefined;
  };
  const save = () => {
    const f = check('from', from);
    const t = check('to', to);
    if (f === undefined || t === undefined) return;
    // the back end refuses it too, but in the words of the command line (--to)
    const lonely = successors.length > 0 && t === null;
    setWrong((w) => ({ ...w, successors: lonely ? 'Ghi "Đến ngày" trước: đơn vị kế thừa chỉ có khi đơn vị đã thôi.' : undefined }));
    if (lonely) return;
    const change: UnitChange = {};
    if (f !== unit.from) change.from = f;
    if (t !== unit.to) change.to = t;
    if (!sameList(successors, unit.successors)) change.successors = successors;
    // 30/6/2025 for 30/06/2025: the same day, nothing to write
    if (Object.keys(change).length) onSave(change);
  };
  const dateField = (field: 'from' | 'to', label: string, value: string, set: (v: string) => void) => (
    <span className="unit-field">
      <label className="inline">{label}
        <input className="unit-date-input" value={value} placeholder="ngày/tháng/năm" maxLength={20} disabled={readonly}
          aria-invalid={wrong[field] !== undefined} aria-describedby={wrong[field] ? `unit-${field}-wrong` : undefined}
          onChange={(e) => { set(e.target.value); setWrong((w) => ({ ...w, [field]: undefined })); }}
          onBlur={(e) => { if (e.target.value.trim()) check(field, e.target.value); }} />
      </label>
      {/* beside the field, not in its label: the field keeps its name */}
      {wrong[field] && <span id={`unit-${field}-wrong`} className="msg error" role="status">{wrong[field]}</span>}
    </span>
  );

  return (
    <form className="catalog-actions unit-editor" aria-label="Đơn vị đang chọn" onSubmit={(e) => { e.preventDefault(); if (dirty) save(); }}>
      <p className="catalog-selected">Đơn vị đang chọn: <b>{unit.name}</b></p>
      <div className="catalog-action-row">
        {dateField('from', 'Từ ngày', from, setFrom)}
        {dateField('to', 'Đến ngày', to, setTo)}
        <span className="unit-hint">Đến ngày: ngày cuối còn hoạt động. Để trống: không giới hạn.</span>
      </div>
      <fieldset className="unit-successors" disabled={readonly}>
        <legend>Đơn vị kế thừa</legend>
        {choices.length === 0 && <span className="unit-hint">Sổ chưa có đơn vị nào khác.</span>}
        {choices.map((c) => (
          <label key={c} className="unit-choice">
            <input type="checkbox" checked={ticked.includes(c)}
              onChange={(e) => { const on = e.target.checked; setTicked((t) => (on ? [...t, c] : t.filter((x) => x !== c))); setWrong((w) => ({ ...w, successors: undefined })); }} />
            {c}
          </label>
        ))}
      </fieldset>
      {wrong.successors && <span className="msg error" role="status">{wrong.successors}</span>}
      <div className="catalog-action-row">
        <label className="inline">Thêm đơn vị kế thừa mới
          <input value={extra} onChange={(e) => setExtra(e.target.value)} placeholder="Tên đơn vị chưa có trong sổ" maxLength={200} disabled={readonly} />
        </label>
        <button type="submit" disabled={readonly || busy || !dirty}>Ghi</button>
      </div>
    </form>
  );
}
