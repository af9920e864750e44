// The left side of Đối chiếu Kho bạc: her periods year by year (quarters, then the year), each
// with its state, so she sees at a glance which reconciliations are still open and which signed.
import { type TreasuryPeriodItem, WORDS, stateText } from './words';

interface Props {
  periods: readonly TreasuryPeriodItem[];
  chosen: string | null;
  onChoose(id: string): void;
}

export function PeriodList({ periods, chosen, onChoose }: Props) {
  // the latest year first: the one she reconciles now is on top, the old ones below
  const years = [...new Set(periods.map((p) => p.year))].sort((a, b) => b - a);
  const move = (from: string, by: number) => {
    const ordered = years.flatMap((y) => periods.filter((p) => p.year === y));
    const at = ordered.findIndex((p) => p.id === from);
    const next = ordered[Math.min(Math.max(at + by, 0), ordered.length - 1)];
    if (!next) return;
    onChoose(next.id);
    document.getElementById(optionId(next.id))?.focus();
  };
  return (
    <section className="treasury-periods" aria-label={WORDS.periods}>
      <h3>{WORDS.periods}</h3>
      {years.map((y) => (
        <div key={y} className="treasury-year">
          <h4 id={`treasury-year-${y}`}>{WORDS.year(y)}</h4>
          <ul role="listbox" aria-labelledby={`treasury-year-${y}`}>
            {periods.filter((p) => p.year === y).map((p) => (
              <li key={p.id} id={optionId(p.id)} role="option" aria-selected={p.id === chosen} tabIndex={p.id === chosen ? 0 : -1}
                className={[p.id === chosen ? 'chosen' : '', `state-${p.state}`].join(' ').trim()}
                onClick={() => onChoose(p.id)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); move(p.id, e.key === 'ArrowDown' ? 1 : -1); }
                  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onChoose(p.id); }
                }}>
                <span className="treasury-period-label">{p.label}</span>
                <span className="treasury-state">{stateText(p)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

const optionId = (id: string) => `treasury-period-${id}`;
