// The period a Treasury reconciliation is for: a quarter, a month, a day, or a year, as she names
// it (2024-Q4, 2024-12, 2024-12-31, 2024). The Treasury's figures are cumulative to its last day.
import { isoDate } from '../validation';

export interface TreasuryPeriod {
  /** as she wrote it, normalised: "2024-Q4" */
  id: string;
  year: number;
  /** ISO date of its last day: what the figures are "to" */
  end: string;
  /** in her words: "quý IV/2024" */
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function parseTreasuryPeriod(text: string): TreasuryPeriod | null {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { id: m[1]!, year: Number(m[1]), end: `${m[1]}-12-31`, label: `năm ${m[1]}` };
  m = /^(\d{4})-Q([1-4])$/.exec(t);
  if (m) {
    const q = Number(m[2]);
    return { id: `${m[1]}-Q${q}`, year: Number(m[1]), end: monthEnd(Number(m[1]), q * 3), label: `quý ${ROMAN[q - 1]}/${m[1]}` };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const month = Number(m[2]);
    return { id: `${m[1]}-${String(month).padStart(2, '0')}`, year: Number(m[1]), end: monthEnd(Number(m[1]), month), label: `tháng ${month}/${m[1]}` };
  }
  if (isoDate.safeParse(t).success) {
    const [y, mo, d] = t.split('-');
    return { id: t, year: Number(y), end: t, label: `ngày ${d}/${mo}/${y}` };
  }
  return null;
}

/** A period's figures are the year's own when it ends on 31/12: her books' yearly figures are then to the same date. */
export function endsTheYear(p: TreasuryPeriod): boolean {
  return p.end.endsWith('-12-31');
}

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${last}`;
}

/** The first day a period's "trong kỳ" figures count from: a quarter's or month's first day; a
 * year's, and a single day's (figures to a date run from the year's start), 1 January. */
export function periodStart(p: TreasuryPeriod): string {
  const q = /-Q([1-4])$/.exec(p.id);
  if (q) return `${p.year}-${String((Number(q[1]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  if (/^\d{4}-\d{2}$/.test(p.id)) return `${p.id}-01`;
  return `${p.year}-01-01`;
}

/** The day before an ISO date (the previous period's last day). */
export function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
