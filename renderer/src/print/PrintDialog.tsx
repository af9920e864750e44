// Tệp > In…: which sheet, for which year, project and display unit, and the page itself as it
// will print. The preview is the very document that prints: an iframe of its HTML with scripts
// disabled (sandbox without allow-scripts; the document carries no script anyway). Browser mode
// prints that frame with the browser's own dialog; Electron's main process prints the same sheet
// with the system dialog or saves it as PDF.
import { useEffect, useRef, useState } from 'react';
import type { Origin } from '../../../shared/claim';
import type { ProgramInfo } from '../../../shared/api';
import type { PrintScale } from '../../../shared/print/format';
import { PRINT_SHEETS, PRINT_SHEET_LABEL, RECONCILE_MEASURES, type PrintSheet, isTreasuryForm } from '../../../shared/print/sheets';
import { download } from '../download';
import { PeriodPick } from './PeriodPick';
import type { MoneyMeasure } from '../../../shared/claim';
import { MEASURE_LABEL } from '../../../shared/i18n/vi';
import type { ColumnId } from '../../../shared/sheet/columns';

/** What a reconciliation sheet can compare: every amount (a rate compares as its amounts do). */
const PRINTABLE_MEASURES: MoneyMeasure[] = ['carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'cancelled', 'carry_out'];
import { api } from '../api/client';
import { useDialogKeys } from '../dialogs/dialog-keys';

export interface PrintView {
  program: ProgramInfo;
  origins: Origin[];
  origin: string;
  year: number;
  project: string | null;
  scale: PrintScale;
  collapsed: string[];
  /** the grid's figure columns: "Bảng tính" prints what she shows */
  columns: ColumnId[];
}

/** A sheet chosen before the dialog opens: the Treasury's dialog prints its period's forms. */
export interface PrintPreset {
  sheet: PrintSheet;
  /** a Treasury period: "2023", "2023-Q4", "2023-12" */
  period: string;
}

interface Props {
  view: PrintView;
  preset?: PrintPreset;
  onClose(): void;
  onMessage(text: string, error?: boolean): void;
}

export function PrintDialog({ view, preset, onClose, onMessage }: Props) {
  const box = useDialogKeys<HTMLDivElement>(onClose);
  const [sheet, setSheet] = useState<PrintSheet>(preset?.sheet ?? 'doi-chieu');
  const [year, setYear] = useState(preset ? Number(preset.period.slice(0, 4)) : view.year);
  const [project, setProject] = useState(view.project);
  const [scale, setScale] = useState<PrintScale>(view.scale);
  // Bảng đối chiếu: the origins side by side (books first) and the measures compared
  const [origins, setOrigins] = useState<string[]>(() => view.origins.map((o) => o.id));
  const [measures, setMeasures] = useState<MoneyMeasure[]>([...RECONCILE_MEASURES]);
  // the Treasury's forms: the period within the year ('' for the whole year)
  const [within, setWithin] = useState(() => /^-(Q[1-4]|\d\d)$/.exec(preset?.period.slice(4) ?? '')?.[0] ?? '');
  const form = isTreasuryForm(sheet) ? sheet : null;
  const period = `${year}${within}`;
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const request = {
    program: view.program.code, sheet, year, project, scale, origin: view.origin, collapsed: view.collapsed,
    ...(sheet === 'doi-chieu' && { origins, measures }),
    ...(sheet === 'bang' && { columns: view.columns }),
    ...(form && { period, scale: 'dong' as const }),
  };

  useEffect(() => {
    let current = true;
    setHtml(null);
    api.call('printSheet', request)
      .then((printed) => { if (current) { setHtml(printed.html); setError(null); } })
      .catch((e: Error) => { if (current) setError(e.message); });
    return () => { current = false; };
    // the request is rebuilt from these on every render
  }, [sheet, year, project, scale, origins.join(), measures.join(), within]);

  const toExcel = async () => {
    if (!form) return;
    try {
      const file = await api.call('exportForm', { program: view.program.code, form, period });
      download(file.fileName, file.data);
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  };

  const print = async (to: 'printer' | 'pdf') => {
    if (api.mode === 'browser') {
      frame.current?.contentWindow?.print();
      return;
    }
    try {
      const done = await api.call('printOut', { ...request, to });
      if (done.path) onMessage(`Đã lưu ${done.path}`);
    } catch (e) {
      onMessage((e as Error).message, true);
    }
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div ref={box} className="modal print" role="dialog" aria-label="In">
        <h2>In</h2>
        <div className="print-choices">
          <label>Bảng
            <select aria-label="Bảng" value={sheet} onChange={(e) => setSheet(e.target.value as PrintSheet)}>
              {PRINT_SHEETS.map((s) => <option key={s} value={s}>{PRINT_SHEET_LABEL[s]}</option>)}
            </select>
          </label>
          <label>Năm
            <select aria-label="Năm in" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {view.program.years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          {form ? (form !== '04-sdkp' && <PeriodPick value={within} onChange={setWithin} />) : (
            <>
              <label>Dự án
                <select aria-label="Dự án in" value={project ?? ''} onChange={(e) => setProject(e.target.value || null)}>
                  <option value="">Tất cả</option>
                  {view.program.projects.map((p) => <option key={p.code} value={p.code} title={p.name}>{p.name.split(':')[0]}</option>)}
                </select>
              </label>
              <label>Đơn vị tính
                <select aria-label="Đơn vị tính in" value={scale} onChange={(e) => setScale(e.target.value as PrintScale)}>
                  <option value="trieu">triệu đồng</option>
                  <option value="dong">đồng</option>
                </select>
              </label>
            </>
          )}
        </div>
        {sheet === 'doi-chieu' && (
          <div className="print-choices">
            <fieldset>
              <legend>Nguồn đối chiếu</legend>
              {view.origins.map((o) => (
                <label key={o.id} className="check">
                  <input type="checkbox" checked={origins.includes(o.id)} disabled={origins.length === 1 && origins.includes(o.id)}
                    onChange={(e) => setOrigins(e.target.checked ? view.origins.map((x) => x.id).filter((id) => id === o.id || origins.includes(id)) : origins.filter((id) => id !== o.id))} />
                  {o.label}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Chỉ tiêu</legend>
              {PRINTABLE_MEASURES.map((m) => (
                <label key={m} className="check">
                  <input type="checkbox" checked={measures.includes(m)} disabled={measures.length === 1 && measures.includes(m)}
                    onChange={(e) => setMeasures(e.target.checked ? PRINTABLE_MEASURES.filter((x) => x === m || measures.includes(x)) : measures.filter((x) => x !== m))} />
                  {MEASURE_LABEL[m]}
                </label>
              ))}
            </fieldset>
          </div>
        )}
        {error && <p className="msg error" role="alert">{error}</p>}
        {html === null && !error && <p className="print-wait">Đang dựng bản in…</p>}
        {html !== null && (
          <iframe ref={frame} className="print-preview" title="Xem trước bản in" sandbox="allow-same-origin allow-modals" srcDoc={html} />
        )}
        <div className="modal-buttons">
          <button type="button" onClick={onClose}>Đóng</button>
          {form && <button type="button" disabled={html === null} onClick={() => void toExcel()} title="Tệp Excel của mẫu, để nhập hay đính kèm trên cổng dịch vụ công của Kho bạc">Xuất Excel</button>}
          {api.mode === 'electron' && <button type="button" disabled={html === null} onClick={() => void print('pdf')}>Lưu PDF…</button>}
          <button type="button" className="primary" disabled={html === null} onClick={() => void print('printer')}>In</button>
        </div>
      </div>
    </div>
  );
}
