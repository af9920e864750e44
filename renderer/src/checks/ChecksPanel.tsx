// "Đối chiếu": every flag of the year, filtered by severity, rule, project and origin. A click
// goes to the cell; she can explain a flag with a note, or take the note back.
import { useMemo, useState } from 'react';
import type { CheckReport } from '../../../shared/api';
import type { Origin } from '../../../shared/claim';
import type { Flag } from '../../../shared/reconcile/flag';
import { RULES, RULE_IDS } from '../../../shared/reconcile/rules';

interface Props {
  report: CheckReport;
  origins: Origin[];
  projects: { code: string; name: string }[];
  onJump(flag: Flag): void;
  onExplain(flag: Flag): void;
  onUnexplain(flag: Flag): void;
}

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', rounding: 'Làm tròn' } as const;

export function projectOf(node: string, projects: readonly { code: string }[]): string | null {
  return projects.find((p) => node === p.code || ['.', '-', '@'].some((sep) => node.startsWith(p.code + sep)))?.code ?? null;
}

export function ChecksPanel({ report, origins, projects, onJump, onExplain, onUnexplain }: Props) {
  const [severity, setSeverity] = useState('');
  const [rule, setRule] = useState('');
  const [project, setProject] = useState('');
  const [origin, setOrigin] = useState('');
  const shown = useMemo(() => report.flags.filter((f) => {
    if (severity === 'explained' ? f.explained === null : severity && (f.severity !== severity || f.explained !== null)) return false;
    if (rule && f.rule !== rule) return false;
    if (project && projectOf(f.claims[0]!.node, projects) !== project) return false;
    return !origin || f.claims.some((c) => c.origin === origin);
  }), [report, severity, rule, project, origin, projects]);

  return (
    <aside className="checks-panel" aria-label="Đối chiếu">
      <h2>Đối chiếu ({shown.length}/{report.flags.length})</h2>
      <div className="checks-filters">
        <select aria-label="Mức độ" value={severity} onChange={(e) => setSeverity(e.target.value)}>
          <option value="">Mọi mức độ</option>
          <option value="error">Lỗi</option>
          <option value="warning">Cảnh báo</option>
          <option value="rounding">Làm tròn</option>
          <option value="explained">Đã giải trình</option>
        </select>
        <select aria-label="Quy tắc" value={rule} onChange={(e) => setRule(e.target.value)}>
          <option value="">Mọi quy tắc</option>
          {RULE_IDS.map((id) => <option key={id} value={id}>{RULES[id].title}</option>)}
        </select>
        <select aria-label="Dự án của cờ" value={project} onChange={(e) => setProject(e.target.value)}>
          <option value="">Mọi dự án</option>
          {projects.map((p) => <option key={p.code} value={p.code}>{p.name.split(':')[0]}</option>)}
        </select>
        <select aria-label="Nguồn của cờ" value={origin} onChange={(e) => setOrigin(e.target.value)}>
          <option value="">Mọi nguồn</option>
          {origins.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </div>
      <ul className="checks-list">
        {shown.map((f) => (
          <li key={f.id} className={f.explained ? 'is-explained' : ''} onClick={() => onJump(f)}>
            <span className={`sev sev-${f.severity}`}>{SEVERITY_LABEL[f.severity].toUpperCase()}</span>
            {f.message}
            {f.explained && <div className="note">Đã giải trình: {f.explained}</div>}
            <div className="actions" onClick={(e) => e.stopPropagation()}>
              {f.explained
                ? <button type="button" onClick={() => onUnexplain(f)}>Bỏ giải trình</button>
                : <button type="button" onClick={() => onExplain(f)}>Giải trình…</button>}
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
