// The plans of a sheet's tables as one import: every table's figures, rows, decisions and doubts;
// the first table's columns for the wizard's meaning line. A later table's places are named with
// their table ("D (bảng 2)"), so her reading of one column never moves another table's.
import type { Plan } from './plan-model';

export function joinPlans(plans: readonly Plan[]): Plan {
  const [first, ...rest] = plans;
  if (!first) throw new Error('joinPlans: no plan');
  if (rest.length === 0) return first;
  const tag = (at: string, i: number) => `${at} (bảng ${i + 2})`;
  return {
    ...first,
    units: [...new Set(plans.flatMap((p) => p.units))],
    mappings: [...first.mappings, ...rest.flatMap((p, i) => p.mappings.map((m) => ({ ...m, at: tag(m.at, i) })))],
    figures: [...first.figures, ...rest.flatMap((p, i) => p.figures.map((f) => ({ ...f, place: tag(f.place, i) })))],
    problems: plans.flatMap((p) => p.problems),
    lines: plans.flatMap((p) => p.lines),
    reading: {
      columns: first.reading.columns,
      rows: plans.flatMap((p) => p.reading.rows),
      decisions: plans.flatMap((p) => p.reading.decisions),
      doubts: plans.flatMap((p) => p.reading.doubts),
    },
  };
}
