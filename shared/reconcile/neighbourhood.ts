// Which check sites an edit may change the findings of, as the reverse of two declarations: what
// each figure is computed from (figures/derivations.ts) and what each check reads (checks/*.ts).
// The cells are those whose figures the edit changes (figures/closure.ts); these are the measures.
import { MEASURES, type Measure } from '../claim';
import { measuresComputedFrom } from '../figures/derivations';
import type { Read } from './checks/check';
import { CHECKS } from './checks/index';

/** The measures of the sites, in the edited year or period, that may judge differently after an
 * edit of `m`: at the figures computed from it, and wherever a check reads one of those. */
export function recheckedMeasures(m: Measure): readonly Measure[] {
  return RECHECKED[m];
}

/** The measures of next year's sites, at the same cell, that read this year's figure of `m`. */
export function nextYearReaders(m: Measure): readonly Measure[] {
  return NEXT_YEAR[m];
}

function readersOf(measure: Measure, year: Read['year']): Measure[] {
  const out: Measure[] = [];
  for (const check of CHECKS) {
    for (const read of check.reads) {
      if (read.year === year && read.measures.includes(measure)) addAll(out, read.on);
    }
  }
  return out;
}

function rechecked(m: Measure): Measure[] {
  const changed = measuresComputedFrom(m);
  const out = [...changed];
  for (const figure of changed) addAll(out, readersOf(figure, undefined));
  return out;
}

function addAll(out: Measure[], measures: readonly Measure[]): void {
  for (const m of measures) if (!out.includes(m)) out.push(m);
}

function tableOf(value: (m: Measure) => readonly Measure[]): Readonly<Record<Measure, readonly Measure[]>> {
  const out = {} as Record<Measure, readonly Measure[]>;
  for (const m of MEASURES) out[m] = value(m);
  return out;
}

const RECHECKED = tableOf(rechecked);
const NEXT_YEAR = tableOf((m) => readersOf(m, 'previous'));
