// A file she picks for the back end to read (browser mode cannot hand it a path, so the bytes go as
// base64): a button in Vietnamese over the browser's own, which would say "Choose File", busy while
// the file is read, and the same file may be picked again after a cancel or a correction.
import { useState } from 'react';
import { fileBase64 } from '../reports/file-base64';

export interface PickedFile {
  fileName: string;
  data: string;
}

interface Props {
  /** the button's words */
  label: string;
  ariaLabel: string;
  accept: string;
  disabled: boolean;
  className: string;
  /** what is done with the file (a dry run, most often); its refusal goes to onError */
  onFile(file: PickedFile): Promise<void> | void;
  onError(message: string): void;
  /** beside the button: what to pick, or that it is being read */
  hint?: (reading: boolean) => string;
  hintClass?: string;
}

export function FilePick({ label, ariaLabel, accept, disabled, className, onFile, onError, hint, hintClass }: Props) {
  const [reading, setReading] = useState(false);
  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setReading(true);
    try {
      await onFile({ fileName: file.name, data: await fileBase64(file) });
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setReading(false);
    }
  };
  return (
    <label className={`file-pick ${className}`}>
      <span className="button">{label}</span>
      <input type="file" accept={accept} disabled={disabled || reading} onChange={(e) => void pick(e.currentTarget)} aria-label={ariaLabel} />
      {hint && <span className={hintClass}>{hint(reading)}</span>}
    </label>
  );
}
