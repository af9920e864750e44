// Tệp > Xuất báo cáo Excel: she picks a template, the year (or a period) and the project; the
// open findings of what the report covers are listed first, and she goes on or goes back.
import { useEffect, useState } from 'react';
import type { CallResults, ProgramInfo, TemplateInfo } from '../../../shared/api';
import { api } from '../api/client';
import { download } from '../download';

type Finding = CallResults['templateFlags']['findings'][number];

interface Props {
  program: ProgramInfo;
  origin: string;
  year: number;
  project: string | null;
  onClose(): void;
  onMessage(text: string, error?: boolean): void;
}

const SEVERITY = { error: 'Lỗi', warning: 'Cảnh báo', rounding: 'Làm tròn' } as const;

export function ReportExportDialog({ program, origin, year: startYear, project: startProject, onClose, onMessage }: Props) {
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);
  const [template, setTemplate] = useState('');
  const [year, setYear] = useState(startYear);
  const [usePeriod, setUsePeriod] = useState(false);
  const [from, setFrom] = useState(program.yearsWithFigures[0] ?? startYear);
  const [project, setProject] = useState<string | null>(startProject);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('listTemplates', {}).then((r) => {
      setTemplates(r.templates);
      setTemplate(r.templates[0]?.id ?? '');
    }).catch((e: Error) => onMessage(e.message, true));
  }, [onMessage]);

  const period = usePeriod ? { from: Math.min(from, year), to: year } : null;
  const scope = { program: program.code, origin, project };

  const exportNow = async () => {
    setBusy(true);
    try {
      const file = await api.call('exportTemplate', { ...scope, template, year, ...(period && { years: period }) });
      download(file.fileName, file.data);
      onMessage(`Đã xuất ${file.fileName}.`);
      onClose();
    } catch (e) {
      onMessage((e as Error).message, true);
    } finally {
      setBusy(false);
    }
  };

  /** The findings first: a report with an open error in it is worth a second look. */
  const next = async () => {
    setBusy(true);
    try {
      const r = await api.call('templateFlags', { ...scope, from: period?.from ?? year, to: year });
      setBusy(false);
      if (r.findings.length === 0) await exportNow();
      else setFindings(r.findings);
    } catch (e) {
      setBusy(false);
      onMessage((e as Error).message, true);
    }
  };

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal report-export" role="dialog" aria-label="Xuất báo cáo Excel">
        <h2>Xuất báo cáo Excel</h2>
        {findings === null ? (
          <>
            <label>Mẫu báo cáo
              <select aria-label="Mẫu báo cáo" value={template} onChange={(e) => setTemplate(e.target.value)}>
                {templates.map((t) => <option key={t.id} value={t.id}>{t.name}{t.source === 'book' ? ' (mẫu trong sổ)' : ''}</option>)}
              </select>
            </label>
            <label>Năm
              <select aria-label="Năm báo cáo" value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {program.years.map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
            <label className="inline">
              <input type="checkbox" checked={usePeriod} onChange={(e) => setUsePeriod(e.target.checked)} /> Cả giai đoạn, từ năm
              <select aria-label="Từ năm" value={from} disabled={!usePeriod} onChange={(e) => setFrom(Number(e.target.value))}>
                {program.years.filter((y) => y <= year).map((y) => <option key={y} value={y}>{y}</option>)}
              </select>
            </label>
            <label>Dự án
              <select aria-label="Dự án báo cáo" value={project ?? ''} onChange={(e) => setProject(e.target.value || null)}>
                <option value="">Toàn chương trình</option>
                {program.projects.map((p) => <option key={p.code} value={p.code}>{p.code}: {p.name}</option>)}
              </select>
            </label>
            <div className="modal-buttons">
              <button type="button" onClick={onClose}>Hủy</button>
              <button type="button" className="primary" disabled={!template || busy} onClick={() => void next()}>Xuất…</button>
            </div>
          </>
        ) : (
          <>
            <p className="modal-message">
              Phạm vi xuất còn {findings.length} điểm chưa giải trình ở khung Đối chiếu. Số trong báo cáo sẽ là số trong sổ như hiện nay.
            </p>
            <ul className="report-findings" aria-label="Điểm chưa giải trình">
              {findings.map((f) => <li key={f.id}><b>{SEVERITY[f.severity]}</b>: {f.message}{f.flags > 1 ? ` (${f.flags} cờ)` : ''}</li>)}
            </ul>
            <div className="modal-buttons">
              <button type="button" onClick={() => setFindings(null)}>Quay lại</button>
              <button type="button" className="primary" disabled={busy} onClick={() => void exportNow()}>Vẫn xuất</button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
