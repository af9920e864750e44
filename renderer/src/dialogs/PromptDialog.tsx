// A small modal asking for one text (a path, a name), with optional choices above it, or a
// plain yes/no question when it has no field.
import { useState } from 'react';
import { useDialogKeys } from './dialog-keys';

export interface PromptSpec {
  title: string;
  /** a sentence above the field, or the whole question when there is no field */
  message?: string;
  /** the text field's label; empty for a plain yes/no question */
  label: string;
  initial?: string;
  choices?: { label: string; options: { value: string; label: string }[] };
  confirm?: string;
  onSubmit(text: string, choice: string | null): Promise<void> | void;
}

export function PromptDialog({ spec, onClose }: { spec: PromptSpec; onClose(): void }) {
  const [text, setText] = useState(spec.initial ?? '');
  const [choice, setChoice] = useState(spec.choices?.options[0]?.value ?? null);
  const box = useDialogKeys<HTMLFormElement>(onClose);
  const submit = async () => {
    await spec.onSubmit(text, choice);
    onClose();
  };
  return (
    <div className="modal-backdrop" role="presentation">
      <form ref={box} className="modal" role="dialog" aria-label={spec.title} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <h2>{spec.title}</h2>
        {spec.message && <p className="modal-message">{spec.message}</p>}
        {spec.choices && (
          <label>
            {spec.choices.label}
            <select value={choice ?? ''} onChange={(e) => setChoice(e.target.value)}>
              {spec.choices.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </label>
        )}
        {spec.label && (
          <label>
            {spec.label}
            <input autoFocus value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Hủy</button>
          <button type="submit" className="primary">{spec.confirm ?? 'Đồng ý'}</button>
        </div>
      </form>
    </div>
  );
}
