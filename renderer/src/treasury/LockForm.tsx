// "Khóa đối chiếu": the reconciliation of the period recorded as signed. Asked once more before
// it is done (the button's "…"), with who locks it: the name goes into the book's log, so it is
// hers to correct before, not after.
import { useState } from 'react';
import { WORDS } from './words';

interface Props {
  label: string;
  /** the book's head of unit or preparer, from Cài đặt: the usual signer */
  signer: string;
  disabled: boolean;
  onLock(by: string): void;
}

export function LockForm({ label, signer, disabled, onLock }: Props) {
  const [asking, setAsking] = useState(false);
  const [by, setBy] = useState(signer);
  if (!asking) {
    return (
      <div className="treasury-lock">
        <button type="button" disabled={disabled} onClick={() => { setBy(signer); setAsking(true); }}>{WORDS.lockDo}</button>
      </div>
    );
  }
  return (
    <form className="confirm treasury-lock" aria-label={WORDS.lockConfirm(label)}
      onSubmit={(e) => { e.preventDefault(); if (by.trim()) { setAsking(false); onLock(by.trim()); } }}>
      <p className="modal-message">{WORDS.lockHint}</p>
      <div className="catalog-action-row">
        <label className="inline">{WORDS.lockBy}
          <input autoFocus value={by} onChange={(e) => setBy(e.target.value)} size={28} maxLength={200} />
        </label>
        <button type="button" onClick={() => setAsking(false)}>{WORDS.cancel}</button>
        <button type="submit" disabled={disabled || !by.trim()}>{WORDS.lockConfirm(label)}</button>
      </div>
    </form>
  );
}
