// A unit's history in words, as the units tab of Danh mục chương trình says it: how long it ran,
// who took its projects over, and for a commune which units it took over. Read from listUnits
// alone: the successors a unit names, and, turned around, the units that name it.
import { viDate } from '../../../shared/i18n/vi';
import { parseUnitDate, type UnitSpan } from '../../../shared/units';

/** The day after an ISO date: a district whose last day is 30/06/2025 stops on 01/07/2025. */
export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Its state on `today` (ISO): running, not yet formed, or stopped from the day after its end. */
export function unitState(u: UnitSpan, today: string): string {
  if (u.to !== null && u.to < today) return `đã thôi từ ${viDate(dayAfter(u.to))}`;
  if (u.from !== null && u.from > today) return `chưa hoạt động (từ ${viDate(u.from)})`;
  return 'đang hoạt động';
}

/** The units that name `name` among their successors, in the list's order. */
export function predecessors(units: readonly UnitSpan[], name: string): string[] {
  return units.filter((u) => u.name !== name && u.successors.includes(name)).map((u) => u.name);
}

function validity(u: UnitSpan): string {
  if (u.from && u.to) return `hoạt động từ ${viDate(u.from)} đến ${viDate(u.to)}`;
  if (u.from) return `hoạt động từ ${viDate(u.from)}`;
  if (u.to) return `hoạt động đến ${viDate(u.to)}`;
  return 'chưa ghi thời hạn';
}

/** "Huyện Phong Thổ: hoạt động đến 30/06/2025; kế thừa: Xã Phong Thổ, Xã Sì Lở Lầu" */
export function unitHistory(units: readonly UnitSpan[], name: string): string {
  const u = units.find((x) => x.name === name);
  if (!u) return '';
  const from = predecessors(units, name);
  return [
    `${u.name}: ${validity(u)}`,
    u.successors.length ? `kế thừa: ${u.successors.join(', ')}` : '',
    from.length ? `nhận lại từ: ${from.join(', ')}` : '',
  ].filter(Boolean).join('; ');
}

/** A date field as she typed it: empty clears it (null); a date that is not on the calendar is
 * said beside the field. */
export type DateField = { iso: string | null } | { wrong: string };

export function readDateField(text: string): DateField {
  const t = text.trim();
  if (!t) return { iso: null };
  // the back end's own reading of a date, so the field and the book never disagree
  const iso = parseUnitDate(t);
  return iso ? { iso } : { wrong: `"${t}" không phải là một ngày có thật (viết 30/06/2025).` };
}
