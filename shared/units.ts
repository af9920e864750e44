// Implementing units change: districts ended on 30/06/2025, communes merged, and the projects a
// district ran passed to the commune or the province department that took them over. A unit has
// a validity period and, once it ends, its successors; the year chain follows it into them.
import { isoDate } from './validation';

/** A unit as the book keeps it: dates as ISO (YYYY-MM-DD); null means "open" on that side. */
export interface UnitSpan {
  name: string;
  from: string | null;
  to: string | null;
  successors: string[];
}

/** Does the unit run at any time in `year`? */
export function runsIn(u: Pick<UnitSpan, 'from' | 'to'>, year: number): boolean {
  return (u.from === null || u.from <= `${year}-12-31`) && (u.to === null || u.to >= `${year}-01-01`);
}

/** Did the unit end before `year` began (so a year's sheet without its figures leaves it out)? */
export function endedBefore(u: Pick<UnitSpan, 'to'>, year: number): boolean {
  return u.to !== null && u.to < `${year}-01-01`;
}

/** The units that meet across the turn of one year: those that ended during the year before
 * with their successors (followed through a second merger in the same year), and which of them
 * run in the new year. The members' carry-out together is the successors' carry-in together. */
export interface SuccessionGroup {
  year: number;
  members: string[];
  successors: string[];
}

export class Succession {
  private readonly byName: Map<string, UnitSpan>;
  private readonly groups = new Map<number, Map<string, SuccessionGroup>>();

  constructor(units: readonly UnitSpan[]) {
    this.byName = new Map(units.map((u) => [u.name, u]));
  }

  get isEmpty(): boolean {
    for (const u of this.byName.values()) if (u.successors.length) return false;
    return true;
  }

  /** The group a unit belongs to at the turn into `year`, if it has one. */
  groupAt(unit: string, year: number): SuccessionGroup | undefined {
    let byUnit = this.groups.get(year);
    if (!byUnit) this.groups.set(year, (byUnit = this.groupsInto(year)));
    return byUnit.get(unit);
  }

  private groupsInto(year: number): Map<string, SuccessionGroup> {
    const out = new Map<string, SuccessionGroup>();
    for (const u of this.byName.values()) {
      if (out.has(u.name) || !this.endsTheYearBefore(u, year)) continue;
      const members = this.reach(u.name, year);
      const group: SuccessionGroup = {
        year,
        members,
        successors: members.filter((m) => runsIn(this.byName.get(m) ?? { from: null, to: null }, year)),
      };
      if (group.successors.length === 0) continue;
      for (const m of members) out.set(m, group);
    }
    return out;
  }

  private endsTheYearBefore(u: UnitSpan, year: number): boolean {
    return u.successors.length > 0 && u.to !== null && u.to.startsWith(`${year - 1}-`);
  }

  /** Every unit joined to this one across the turn: its successors, their other predecessors
   * that ended the same year, and so on (two districts' communes merging into one). */
  private reach(start: string, year: number): string[] {
    const seen = new Set<string>([start]);
    const todo = [start];
    while (todo.length) {
      const name = todo.pop()!;
      for (const next of this.neighbours(name, year)) {
        if (!seen.has(next)) { seen.add(next); todo.push(next); }
      }
    }
    return [...seen].sort((a, b) => a.localeCompare(b, 'vi'));
  }

  private neighbours(name: string, year: number): string[] {
    const u = this.byName.get(name);
    const out = u && this.endsTheYearBefore(u, year) ? [...u.successors] : [];
    for (const other of this.byName.values()) {
      if (other.successors.includes(name) && this.endsTheYearBefore(other, year)) out.push(other.name);
    }
    return out;
  }
}

/** Units joined by succession at any turn of a year, named by those that run on: what a report
 * across the 2025 reform groups figures by ("Xã Phong Thổ" with the district it took over). */
export interface LineageGroup {
  /** the units of the group that have not ended (or, if all ended, every one) */
  heirs: string[];
  members: string[];
}

export function lineages(units: readonly UnitSpan[]): LineageGroup[] {
  const parent = new Map(units.map((u) => [u.name, u.name]));
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(n, root);
    return root;
  };
  for (const u of units) {
    for (const s of u.successors) {
      if (!parent.has(s)) parent.set(s, s);
      parent.set(find(s), find(u.name));
    }
  }
  const byRoot = new Map<string, string[]>();
  for (const name of parent.keys()) byRoot.set(find(name), [...(byRoot.get(find(name)) ?? []), name]);
  const ended = new Set(units.filter((u) => u.to !== null).map((u) => u.name));
  return [...byRoot.values()].map((members) => {
    const sorted = members.sort((a, b) => a.localeCompare(b, 'vi'));
    const running = sorted.filter((m) => !ended.has(m));
    return { heirs: running.length ? running : sorted, members: sorted };
  }).sort((a, b) => a.heirs[0]!.localeCompare(b.heirs[0]!, 'vi'));
}

/** A date as she writes it (30/06/2025 or 2025-06-30) to ISO, or null when it is not a date on
 * the calendar. */
export function parseUnitDate(text: string): string | null {
  const t = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : t;
  return isoDate.safeParse(iso).success ? iso : null;
}
