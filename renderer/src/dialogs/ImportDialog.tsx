// Tệp > Nhập từ Excel: she picks the province's annex; Sổ Vốn shows what it read (the sheet, her
// unit, the year and capital type, every figure with its cell, what it could not place, and the
// flags the new figures raise against her book) and writes nothing until she says "Nhập".
import { useEffect, useRef, useState } from 'react';
import type { ImportColumnChoice, ImportProgress, ImportView } from '../../../shared/api';
import type { ImportAsk } from '../../../shared/import/question';
import { CAPITAL_LABEL, MEASURE_LABEL, SCALE_LABEL, SOURCE_LABEL } from '../../../shared/i18n/vi';
import { IMPORT_ASK_WIZARD, IMPORT_DOUBT, IMPORT_LAYOUT_LABEL } from '../../../shared/i18n/import';
import { SCALE_NAMES, type Scale, formatMoney, dong } from '../../../shared/money';
import { MEASURES, type Source } from '../../../shared/claim';
import { api } from '../api/client';
import { ImportQuestion } from './ImportQuestion';
import { ImportReading } from './ImportReading';
import { type SameChoice, SameDecision, keepBothName } from './SameDecision';
import { IMPORT_SAME, IMPORT_SAME_WIZARD } from '../../../shared/i18n/import';

/** An import written: the grid goes to it (its origin and year) and marks its lines. */
export interface Imported {
  message: string;
  origin: string;
  /** the programme it went into: the one the annex's title names, maybe not the one on screen */
  program: string;
  year: number;
  nodes: string[];
}

interface Props {
  program: string;
  /** a file dropped on the window, read at once */
  dropped?: File | null;
  onClose(): void;
  /** what came in: the message, the origin and year written, and the lines it gave figures to */
  onImported(done: Imported): void;
}

interface Choice {
  /** her readings of headers and captions, kept in the book for the next file of this shape */
  corrections?: { label: string; node: string | null }[];
  /** her readings of columns of figures, kept in the book too */
  columns?: ImportColumnChoice[];
  sheet?: string;
  unit?: string;
  year?: number;
  capital?: 'DT' | 'SN';
  source?: Source | 'none';
  scale?: Scale;
}

export function ImportDialog({ program, dropped, onClose, onImported }: Props) {
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [choice, setChoice] = useState<Choice>({});
  const [view, setView] = useState<ImportView | null>(null);
  // a question the file leaves open (her unit, the sheet, the year, the scale): asked with a control
  const [ask, setAsk] = useState<ImportAsk | null>(null);
  // the choice that gave what is shown: a choice that cannot be read goes back to it, the file kept
  const shown = useRef<Choice>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // proposed: most units keep the province's allocation as their own plan
  const [toBooks, setToBooks] = useState(true);
  // what the importer was unsure of is written only once she says she has looked at it
  const [doubtsSeen, setDoubtsSeen] = useState(false);
  // a decision the book holds: keep it (nothing written) unless she chooses otherwise
  const [same, setSame] = useState<SameChoice>({ kind: 'keep' });

  const read = async (f: { name: string; data: string }, c: Choice) => {
    setBusy(true);
    setError(null);
    setDoubtsSeen(false);
    setSame({ kind: 'keep' });
    try {
      const reply = await api.call('previewImport', { program, fileName: f.name, data: f.data, ...c });
      shown.current = c;
      if ('question' in reply) {
        setView(null);
        setAsk(reply);
      } else {
        setView(reply);
        setAsk(null);
      }
    } catch (e) {
      // what she had stays, reading and controls, so she picks again without choosing the file again
      setChoice(shown.current);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const pick = async (chosen: File | undefined) => {
    if (!chosen) return;
    const f = { name: chosen.name, data: await base64(chosen) };
    setFile(f);
    setChoice({});
    setView(null);
    setAsk(null);
    shown.current = {};
    await read(f, {});
  };
  const change = (c: Choice) => {
    const next = { ...choice, ...c };
    setChoice(next);
    if (file) void read(file, next);
  };
  // the file she dropped on the window is read as if she had picked it here
  useEffect(() => {
    if (dropped) void pick(dropped);
  }, [dropped]); // not on `pick`: it is a new function every render, the file is read once

  const sameView = view?.sameDecision ?? null;
  const taken = sameView ? [sameView.label] : [];
  const keeping = sameView !== null && same.kind === 'keep';
  const writable = view !== null && view.importedAs === null && (view.reading.doubts.length === 0 || doubtsSeen)
    && (same.kind !== 'keepBoth' || keepBothName(same, taken) !== null);
  const commit = async () => {
    if (!file) return;
    // keeping what the book has is the end of it: nothing to write
    if (keeping) return onClose();
    const asked = !sameView ? {} : same.kind === 'replace' ? { replace: sameView.origin } : { keepBothAs: keepBothName(same, taken) ?? '' };
    setBusy(true);
    try {
      const res = await api.call('commitImport', { program, fileName: file.name, data: file.data, ...choice, toBooks, doubtsSeen, ...asked });
      const copied = res.toBooks ? ` Đã chép ${res.toBooks} số giao vào sổ kế toán.` : '';
      const done = sameView && same.kind === 'replace' ? IMPORT_SAME.replaced(sameView.label, file.name) : `Đã nhập ${res.claims} số liệu từ ${file.name}.`;
      const nodes = [...new Set(view!.figures.filter((f) => f.dong !== null || f.rate !== null).map((f) => f.node))];
      onImported({ message: `${done}${copied}`, origin: res.origin, program: res.program, year: view!.year, nodes });
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal import" role="dialog" aria-label="Nhập từ Excel">
        <h2>Nhập phụ lục Excel của tỉnh</h2>
        <label className="file-pick">
          {/* the browser's own button would say "Choose File": ours speaks Vietnamese */}
          <span className="button">Chọn tệp Excel (.xlsx, .xls)…</span>
          <input type="file" accept=".xlsx,.xls" aria-label="Tệp Excel" onChange={(e) => void pick(e.target.files?.[0])} />
          <span>{file?.name ?? 'Chưa chọn tệp'}</span>
        </label>
        {busy && <ImportProgressBar />}
        {error && <p role="alert" className="msg error">{error}{(view || ask) && ` ${IMPORT_ASK_WIZARD.kept}`}</p>}
        {/* first, above the reading: it decides whether anything is written at all */}
        {ask && <ImportQuestion ask={ask} onAnswer={change} />}
        {sameView && <SameDecision same={sameView} choice={same} taken={taken} onChoose={setSame} />}
        {view && (
          <Preview view={view} onChange={change}
            onCorrect={(label, node) => change({ corrections: [...(choice.corrections ?? []).filter((c) => c.label !== label), { label, node }] })}
            onCorrectColumn={(c) => change({ columns: [...(choice.columns ?? []).filter((x) => x.label !== c.label), c] })} />
        )}
        {view && view.reading.doubts.length > 0 && (
          <label className="check">
            <input type="checkbox" checked={doubtsSeen} onChange={(e) => setDoubtsSeen(e.target.checked)} />
            Đã kiểm tra {view.reading.doubts.length} chỗ đọc chưa chắc ở trên
          </label>
        )}
        {view && !keeping && (
          <label className="check">
            <input type="checkbox" checked={toBooks} onChange={(e) => setToBooks(e.target.checked)} />
            Chép số giao vào sổ kế toán của đơn vị (chỉ những ô sổ chưa ghi)
          </label>
        )}
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Hủy</button>
          <button type="button" className="primary" disabled={busy || !(keeping || writable)} onClick={() => void commit()}>
            {sameView ? IMPORT_SAME_WIZARD.button[same.kind] : `Nhập ${view ? `${view.figures.length} số liệu` : ''}`}
          </button>
        </div>
      </div>
    </div>
  );
}

function Preview({ view, onChange, onCorrect, onCorrectColumn }: {
  view: ImportView; onChange(c: Choice): void; onCorrect(label: string, node: string | null): void; onCorrectColumn(c: ImportColumnChoice): void;
}) {
  return (
    <div className="import-preview">
      <p className="modal-message">{view.title}</p>
      <div className="import-choices">
        <label>Trang
          <select aria-label="Trang" value={view.sheet} onChange={(e) => onChange({ sheet: e.target.value })}>
            {view.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        {view.units.length > 0 ? (
          <label>Đơn vị trong bảng
            <select aria-label="Đơn vị trong bảng" value={view.unit} onChange={(e) => onChange({ unit: e.target.value })}>
              {/* her unit as read, though the list names it otherwise (her own table: the book's name) */}
              {[...(view.units.includes(view.unit) ? [] : [view.unit]), ...view.units].map((u) => <option key={u} value={u}>{u}</option>)}
            </select>
          </label>
        ) : (
          <label>Đơn vị trong bảng<span className="import-whole-table">cả bảng là của {view.unit}</span></label>
        )}
        {view.programFromTitle && (
          <label>Chương trình<span className="import-whole-table" title={view.programName}>{view.programName} (theo giai đoạn ghi ở tiêu đề)</span></label>
        )}
        <label>Năm
          <input aria-label="Năm của bảng" type="number" value={view.year} onChange={(e) => onChange({ year: Number(e.target.value) })} />
        </label>
        {view.titleSource !== null && (
          <label title="Sổ kế toán không tách nguồn vốn thì nên đọc bảng như số của mọi nguồn, để so được với số của sổ">Nguồn vốn
            <select aria-label="Nguồn vốn" value={view.source ?? 'none'} onChange={(e) => onChange({ source: e.target.value as Source | 'none' })}>
              <option value={view.titleSource}>{SOURCE_LABEL[view.titleSource]} (như tiêu đề)</option>
              <option value="none">Không tách nguồn (so với số của sổ)</option>
            </select>
          </label>
        )}
        <label>{IMPORT_ASK_WIZARD.tableScale}
          <select aria-label={IMPORT_ASK_WIZARD.tableScale} value={view.scale} onChange={(e) => onChange({ scale: e.target.value as Scale })}>
            {SCALE_NAMES.map((x) => <option key={x} value={x}>{SCALE_LABEL[x]}</option>)}
          </select>
        </label>
        {/* the doubt "hãy chọn loại vốn nếu cả bảng là một loại" is answered here */}
        {(view.capital !== null || view.reading.doubts.includes(IMPORT_DOUBT.capitalSilent)) && (
          <label>Loại vốn
            <select aria-label="Loại vốn" value={view.capital ?? ''} onChange={(e) => onChange({ capital: (e.target.value || undefined) as 'DT' | 'SN' | undefined })}>
              {view.capital === null && <option value="">{IMPORT_ASK_WIZARD.capitalSilent}</option>}
              <option value="DT">{CAPITAL_LABEL.DT}</option>
              <option value="SN">{CAPITAL_LABEL.SN}</option>
            </select>
          </label>
        )}
      </div>
      <p className="modal-message">
        Nguồn mới: <b>{view.originLabel}</b> · {IMPORT_LAYOUT_LABEL[view.layout]}
      </p>
      {view.importedAs && <p role="alert" className="msg error">Tệp này đã được nhập (nguồn "{view.importedAs}").</p>}
      <ImportReading reading={view.reading} figureCells={new Set(view.figures.map((f) => f.cell))} onCorrectColumn={view.layout === 'works' ? null : onCorrectColumn} />
      <table className="import-figures" aria-label="Số liệu sẽ nhập">
        <thead><tr><th>Ở</th><th>Trong tệp</th><th>Đọc là dòng</th><th>Ô</th><th>{view.layout === 'measures-as-columns' ? 'Số liệu (triệu đồng)' : 'Giao (triệu đồng)'}</th></tr></thead>
        <tbody>
          {view.mappings.map((m) => {
            const placed = view.figures.filter((f) => f.place === m.at);
            const figure = placed[0];
            const doubt = !m.sure && !m.corrected;
            return (
              <tr key={m.at} aria-label={m.label} className={doubt ? 'unsure' : m.corrected ? 'corrected' : ''}
                title={doubt ? 'Chưa chắc: hãy kiểm tra dòng này' : m.corrected ? 'Đọc theo cách chị đã chọn' : undefined}>
                <td>{m.at}</td>
                <td>{m.label}</td>
                <td>
                  <select aria-label={`Đọc "${m.label}" là`} value={m.node ?? ''} onChange={(e) => onCorrect(m.label, e.target.value || null)}>
                    <option value="">— không phải dòng nào —</option>
                    {view.nodes.map((n) => <option key={n.code} value={n.code}>{n.code} · {n.name.slice(0, 60)}</option>)}
                  </select>
                </td>
                <td>{figure?.cell ?? ''}{figure?.hidden && <span className="hidden-row" title="Tỉnh đã ẩn dòng này trong tệp: số vẫn được nhập (tổng của tỉnh có cộng nó), hãy xem lại"> (dòng ẩn)</span>}</td>
                <td className="num">{placed.length > 1 ? <FigureList figures={placed} /> : figure ? shown(figure) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="modal-message">{view.flags.length ? `${view.flags.length} cờ đối chiếu:` : 'Không có cờ đối chiếu nào với sổ.'}</p>
      {view.flags.length > 0 && <ul className="import-flags">{view.flags.map((f) => <li key={f.id}>{f.message}</li>)}</ul>}
    </div>
  );
}

type Figure = ImportView['figures'][number];

function shown(f: Figure): string {
  return f.dong === null ? `${f.rate ?? ''} %` : formatMoney(dong(f.dong), 'trieu');
}

/** A row of a table with measures as columns: a line per measure, its capital types across
 * ("Giao: ĐT 116.200 · SN 44.928 · Cộng 161.128"). */
function FigureList({ figures }: { figures: Figure[] }) {
  const measures = MEASURES.filter((m) => figures.some((f) => f.measure === m));
  return (
    <ul className="import-row-figures">
      {measures.map((m) => (
        <li key={m}>
          {MEASURE_LABEL[m]}:{' '}
          {figures.filter((f) => f.measure === m).map((f, i) => (
            <span key={f.cell} title={`ô ${f.cell}`}>{i > 0 && ' · '}{f.capital ? CAPITAL_LABEL[f.capital].replace('Vốn ', '') : CAPITAL_LABEL.ALL} <b>{shown(f)}</b></span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** The step the back end is at, asked for while the import runs (a large annex takes seconds). */
function ImportProgressBar() {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    const timer = window.setInterval(() => {
      api.call('importProgress', {}).then(setProgress, () => { /* asked again shortly */ });
    }, PROGRESS_POLL_MS);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="import-progress">
      <progress aria-label="Tiến độ nhập" value={progress?.step ?? 0} max={progress?.steps ?? 4} />
      <span>{progress ? `Bước ${progress.step}/${progress.steps}: ${progress.label}…` : 'Đang gửi tệp…'}</span>
    </div>
  );
}

const PROGRESS_POLL_MS = 150;

function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('Không đọc được tệp đã chọn.'));
    reader.readAsDataURL(file);
  });
}
