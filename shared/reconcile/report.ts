// The flags she asked for (a year, an origin) and how many of each kind.
import type { CheckReport } from '../api';
import type { Flag } from './flag';
import { groupFlags } from './groups';

/** `inScope`: the nodes of the project she is looking at, when she picked one. */
export function report(flags: readonly Flag[], year: number | null, origin: string | null, inScope: ReadonlySet<string> | null = null): CheckReport {
  const chosen = flags.filter((f) => (year === null || covers(f, year)) && (origin === null || f.claims.some((c) => c.origin === origin))
    && (inScope === null || inScope.has(f.claims[0]!.node)));
  const counts = { error: 0, warning: 0, rounding: 0, explained: 0, findings: 0 };
  for (const f of chosen) {
    if (f.explained !== null) counts.explained++;
    else counts[f.severity]++;
  }
  const groups = groupFlags(chosen);
  counts.findings = groups.filter((g) => !g.explained).length;
  return { flags: chosen, groups, counts };
}

/** A flag belongs to a year when the claim it sits on is about that year or a period spanning it. */
function covers(f: Flag, year: number): boolean {
  const site = f.claims[0]!;
  if (site.year !== undefined) return site.year === year;
  return site.years !== undefined && site.years[0] <= year && year <= site.years[1];
}
