// Ctrl+F: find a line by code or name (with or without diacritics) or a figure by value, across
// folded rows (shared/sheet/find.ts). Enter goes to the next, Shift+Enter to the one before, Esc
// closes; the grid shows each one (unfolded, in view) while she keeps typing here.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scale } from '../../../shared/money';
import type { ColumnId } from '../../../shared/sheet/columns';
import { type Found, findInSheet } from '../../../shared/sheet/find';
import type { SheetRow } from '../../../shared/sheet/sheet';
import { FIND } from '../../../shared/i18n/vi';

interface Props {
  /** a new number for each Ctrl+F: the keyboard comes back here, her text selected */
  opened: number;
  rows: readonly SheetRow[];
  scale: Scale;
  /** the figure columns the grid shows, in its order */
  columns: readonly ColumnId[];
  onGo(found: Found): void;
  /** with the cell she was last shown, which the grid then focuses (as Excel's Find leaves it) */
  onClose(last: Found | null): void;
}

export function FindBar({ opened, rows, scale, columns, onGo, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(-1);
  const hits = useMemo(() => findInSheet(rows, query, scale, columns), [rows, query, scale, columns]);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), [opened]);
  const go = (step: 1 | -1) => {
    if (hits.length === 0) return;
    const next = (at + step + hits.length) % hits.length;
    setAt(next);
    onGo(hits[next]!);
  };
  return (
    <div className="find-bar" role="search" aria-label={FIND.label}>
      <input
        ref={input} autoFocus aria-label={FIND.label} placeholder={FIND.placeholder} value={query}
        onChange={(e) => { setQuery(e.target.value); setAt(-1); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); go(e.shiftKey ? -1 : 1); }
          if (e.key === 'Escape') { e.preventDefault(); onClose(hits[at] ?? null); }
        }}
      />
      <span className="find-count" aria-live="polite" aria-label={FIND.countLabel}>{query.trim() ? FIND.count(at, hits.length) : ''}</span>
      <button type="button" aria-label={FIND.previous} title={FIND.previous} disabled={hits.length === 0} onClick={() => { go(-1); input.current?.focus(); }}>↑</button>
      <button type="button" aria-label={FIND.next} title={FIND.next} disabled={hits.length === 0} onClick={() => { go(1); input.current?.focus(); }}>↓</button>
      <button type="button" aria-label={FIND.close} title={FIND.close} onClick={() => onClose(hits[at] ?? null)}>×</button>
    </div>
  );
}
