// Tệp > Đối chiếu Kho bạc (issue 32): her periods with their state on the left; for the one chosen,
// the Treasury's statement read (previewed, then written), its codes mapped to her lines when the
// Treasury uses one she has not mapped, the reconciliation line by line, and the lock once signed.
// Each change goes through useBookChange, as in Danh mục chương trình: one at a time, the periods
// read again before the note, then the window reloaded (the treasury origin and its flags change).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookInfo, CallResults } from '../../../shared/api';
import type { Capital } from '../../../shared/claim';
import { CAPITAL_LABEL } from '../../../shared/i18n/vi';
import { type ApiError, api } from '../api/client';
import { useBookChange } from '../catalog/use-book-change';
import { useDialogKeys } from '../dialogs/dialog-keys';
import { CheckView } from './CheckView';
import { LockForm } from './LockForm';
import { MapForm } from './MapForm';
import { PeriodList } from './PeriodList';
import { type PickedFile, type StatementRead, StatementPick, StatementPreview, readStatement } from './StatementReader';
import { type TreasuryPeriodItem, WORDS, stateText } from './words';

interface Props {
  program: string;
  /** the year the window shows: its year-end period is chosen first */
  year: number;
  info: BookInfo;
  /** the book changed: the window reads it again */
  onChanged(): Promise<void>;
  onClose(): void;
  /** Tệp > In… on the Treasury's form 01a of this period (02a and 04 one choice away) */
  onPrint(period: string): void;
}

export function TreasuryDialog({ program, year, info, onChanged, onClose, onPrint }: Props) {
  const [periods, setPeriods] = useState<TreasuryPeriodItem[] | null>(null);
  const [chosen, setChosen] = useState(String(year));
  const [check, setCheck] = useState<CallResults['treasuryCheck'] | null>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<StatementRead | null>(null);
  const [unmapped, setUnmapped] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const box = useDialogKeys<HTMLDivElement>(onClose);
  // load reads the period chosen now, not the one of the render that made the change
  const chosenNow = useRef(chosen);
  chosenNow.current = chosen;

  const load = useCallback(async () => {
    const list = (await api.call('treasuryList', { program })).periods;
    setPeriods(list);
    const p = list.find((x) => x.id === chosenNow.current);
    // a period never read has no statement: its check would only be the refusal to say so
    setCheck(p && p.state !== 'none' ? await api.call('treasuryCheck', { program, period: p.id }) : null);
  }, [program]);
  const change = useBookChange(load, onChanged);
  const { busy, error, note, setError } = change;
  useEffect(() => { load().catch((e: Error) => setError(e.message)); }, [load, chosen, setError]);

  const period = periods?.find((p) => p.id === chosen) ?? null;
  const readonly = info.readonly;
  const signer = info.settings.signers.head.name || info.settings.signers.preparer.name;

  /** A dry run: the rows shown, or the refusal said (its unmapped codes offered for mapping) */
  const read = (picked: PickedFile) => {
    setFile(picked);
    setReading(true);
    // a refusal said before is gone; a note (the code just mapped) stays
    setError(null);
    readStatement(program, chosen, picked)
      .then((r) => { setPreview(r); setUnmapped([]); })
      .catch((e: ApiError) => { setPreview(null); setError(e.message); setUnmapped(e.detail?.unmapped ?? []); })
      .finally(() => setReading(false));
  };
  const choose = (id: string) => {
    if (id === chosen) return;
    change.clear();
    setPreview(null); setUnmapped([]); setFile(null); setCheck(null);
    setChosen(id);
  };
  const write = (s: StatementRead) => change.run(async () => {
    const done = await api.call('importTreasury', { program, period: chosen, fileName: s.fileName, data: s.data, dryRun: false });
    setPreview(null);
    return { note: WORDS.written(done.rows.length, done.claims, done.period.label) };
  });
  const map = (key: string, node: string, capital: Capital) => change.run(async () => {
    await api.call('mapTreasury', { program, key, node, capital });
    return { note: WORDS.mapped(key, node, CAPITAL_LABEL[capital]) };
  }, () => { setUnmapped([]); if (file) read(file); });
  const lock = (by: string) => change.run(async () => {
    const done = await api.call('lockTreasury', { program, period: chosen, by });
    return { note: WORDS.locked(done.period.label, done.by, done.at) };
  });

  // the button she pressed may be gone (the preview written, the lock done): the focus would fall
  // to the page behind, where Esc no longer reaches the dialog
  useEffect(() => {
    const el = box.current;
    const at = document.activeElement as HTMLElement | null;
    if (busy || reading || !el || (at && el.contains(at) && !at.matches(':disabled'))) return;
    (el.querySelector<HTMLElement>('[role=option][aria-selected=true]') ?? el).focus();
  }, [busy, reading, preview, periods, box]);

  return (
    <div className="modal-backdrop" role="presentation">
      <div ref={box} className="modal treasury" role="dialog" tabIndex={-1} aria-label={WORDS.title} aria-busy={busy || reading}>
        <h2>{WORDS.title}</h2>
        {!periods && !error && <p className="modal-message">{WORDS.reading}</p>}
        {periods && (
          <div className="treasury-body">
            <PeriodList periods={periods} chosen={chosen} onChoose={choose} />
            {period && (
              <section className="treasury-period" aria-label={period.label}>
                <h3 className="treasury-period-head">
                  <span>{period.label}</span> <span className={`treasury-state state-${period.state}`}>{stateText(period)}</span>
                </h3>
                {/* a signed period's statement is not replaced under her signature: she reopens it first */}
                {!preview && period.state !== 'locked' && <StatementPick disabled={readonly || busy || reading} label={period.label} onPicked={read} onError={setError} />}
                {unmapped.length > 0 && <MapForm program={program} keys={unmapped} readonly={readonly} busy={busy} onMap={map} />}
                {preview
                  ? <StatementPreview statement={preview} readonly={readonly} busy={busy} onWrite={() => write(preview)} onCancel={() => setPreview(null)} />
                  : check
                    ? <CheckView check={check} />
                    : period.state === 'none' && <p className="modal-message treasury-hint">{WORDS.noStatement(period.label)}</p>}
                {!preview && check && period.state !== 'locked' && (
                  <LockForm key={period.id} label={period.label} signer={signer} disabled={readonly || busy} onLock={lock} />
                )}
                {period.state === 'locked' && period.locked && <p className="modal-message">{WORDS.lockedNote(period.locked.by, period.locked.at)}</p>}
              </section>
            )}
          </div>
        )}
        {error && <p role="alert" className="msg error">{error}</p>}
        {note && !error && <p role="status" className="msg">{note}</p>}
        <div className="modal-buttons">
          {readonly && <span className="catalog-readonly">{WORDS.readonly}</span>}
          {period && <button type="button" title={WORDS.printTitle} onClick={() => onPrint(period.id)}>{WORDS.print}</button>}
          <button type="button" className="primary" onClick={onClose}>{WORDS.close}</button>
        </div>
      </div>
    </div>
  );
}
