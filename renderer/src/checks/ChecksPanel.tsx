// "Đối chiếu": the findings of the year (flags of one cause folded under the flag on the figure
// most likely at fault), filtered by severity, rule and origin; the project is the grid's own
// Dự án filter (the report comes scoped to it, so the toolbar, this panel and the status bar
// give one count). A click goes to the cell; she can explain a flag, or a whole finding, with a
// note, or take the note back.
import { useMemo, useState } from 'react';
import type { CheckReport } from '../../../shared/api';
import type { Origin } from '../../../shared/claim';
import type { ClaimRef, Flag } from '../../../shared/reconcile/flag';
import type { Measure } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import type { FlagGroup } from '../../../shared/reconcile/groups';
import { RULES, RULE_IDS } from '../../../shared/reconcile/rules';

interface Props {
  report: CheckReport;
  origins: Origin[];
  onJump(flag: Flag): void;
  onExplain(flag: Flag): void;
  onUnexplain(flag: Flag): void;
  /** one note for every flag of a finding */
  onExplainAll(group: FlagGroup): void;
}

const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', rounding: 'Làm tròn' } as const;

export function ChecksPanel({ report, origins, onJump, onExplain, onUnexplain, onExplainAll }: Props) {
  const [severity, setSeverity] = useState('');
  const [rule, setRule] = useState('');
  const [origin, setOrigin] = useState('');
  const shown = useMemo(() => report.flags.filter((f) => {
    if (severity === 'explained' ? f.explained === null : severity && (f.severity !== severity || f.explained !== null)) return false;
    if (rule && f.rule !== rule) return false;
    return !origin || f.claims.some((c) => c.origin === origin);
  }), [report, severity, rule, origin]);

  const shownIds = useMemo(() => new Set(shown.map((f) => f.id)), [shown]);
  const byId = useMemo(() => new Map(report.flags.map((f) => [f.id, f])), [report]);
  const findings = report.groups.filter((g) => g.flags.some((id) => shownIds.has(id)));

  return (
    <aside className="checks-panel" aria-label="Đối chiếu">
      <h2>Đối chiếu ({findings.filter((g) => !g.explained).length} phát hiện, {shown.length}/{report.flags.length} cờ)</h2>
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
        <select aria-label="Nguồn của cờ" value={origin} onChange={(e) => setOrigin(e.target.value)}>
          <option value="">Mọi nguồn</option>
          {origins.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
      </div>
      <ul className="checks-list">
        {findings.map((g) => (
          <Finding
            key={g.id} group={g} flags={g.flags.filter((id) => shownIds.has(id)).map((id) => byId.get(id)!)} origins={origins}
            onJump={onJump} onExplain={onExplain} onUnexplain={onUnexplain} onExplainAll={onExplainAll}
          />
        ))}
      </ul>
    </aside>
  );
}

interface FindingProps extends Pick<Props, 'onJump' | 'onExplain' | 'onUnexplain' | 'onExplainAll' | 'origins'> {
  group: FlagGroup;
  /** its flags that pass the filters, the suspect's first */
  flags: Flag[];
}

/** One cause: the flag on the suspect figure, and the others it explains, folded under it. */
function Finding({ group, flags, origins, onJump, onExplain, onUnexplain, onExplainAll }: FindingProps) {
  const [open, setOpen] = useState(false);
  const [head, ...rest] = flags;
  if (!head) return null;
  // no flag sits on the figure most likely at fault (a figure others contradict): name it
  const suspectElsewhere = JSON.stringify(group.suspect) !== JSON.stringify(head.claims[0]);
  return (
    <li className={group.explained ? 'finding is-explained' : 'finding'}>
      {suspectElsewhere && <div className="suspect">Số nghi sai: {claimText(group.suspect, origins)}</div>}
      <FlagLine flag={head} onJump={onJump} onExplain={onExplain} onUnexplain={onUnexplain} />
      {rest.length > 0 && (
        <div className="same-cause" onClick={(e) => e.stopPropagation()}>
          <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? '▾' : '▸'} Cùng nguyên nhân: {rest.length} cờ khác
          </button>
          {!group.explained && <button type="button" onClick={() => onExplainAll(group)}>Giải trình cả nhóm…</button>}
          {open && (
            <ul className="checks-list nested">
              {rest.map((f) => <FlagLine key={f.id} flag={f} onJump={onJump} onExplain={onExplain} onUnexplain={onUnexplain} asItem />)}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function claimText(c: ClaimRef, origins: readonly Origin[]): string {
  const unit = c.unit ? ` · ${c.unit}` : '';
  const when = c.year ?? c.years?.join('-');
  const label = origins.find((o) => o.id === c.origin)?.label ?? c.origin;
  return `${c.node}${unit} · ${CAPITAL_LABEL[(c.capital ?? 'ALL') as keyof typeof CAPITAL_LABEL]} · ${MEASURE_LABEL[c.measure as Measure]} · năm ${when} (${label})`;
}

function FlagLine({ flag: f, onJump, onExplain, onUnexplain, asItem }: Pick<Props, 'onJump' | 'onExplain' | 'onUnexplain'> & { flag: Flag; asItem?: boolean }) {
  const body = (
    <>
      <span className={`sev sev-${f.severity}`}>{SEVERITY_LABEL[f.severity].toUpperCase()}</span>
      {f.message}
      {f.explained && <div className="note">Đã giải trình: {f.explained}</div>}
      <div className="actions" onClick={(e) => e.stopPropagation()}>
        {f.explained
          ? <button type="button" onClick={() => onUnexplain(f)}>Bỏ giải trình</button>
          : <button type="button" onClick={() => onExplain(f)}>Giải trình…</button>}
      </div>
    </>
  );
  if (asItem) return <li className={f.explained ? 'is-explained' : ''} onClick={() => onJump(f)}>{body}</li>;
  return <div className="flag-line" onClick={() => onJump(f)}>{body}</div>;
}
