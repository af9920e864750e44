// A flag's figures side by side: the cell it sits on in every origin it involves, for its year,
// or for each year of its period and the period itself. What she sees when a flag is about a
// figure that is not in the grid she edits (another origin's, a period's): she reads it there,
// read-only, instead of the grid switching under her hands.
import type { Capital, Measure, Source } from '../claim';
import { rowKeyId } from '../catalog';
import { rateToNumber } from '../rate';
import type { Value } from './context';
import type { Reconciler } from './engine';
import type { Flag } from './flag';

export type FlagFigure = { kind: 'money'; dong: number } | { kind: 'rate'; percent: number; decimals: number };

export interface FlagFigures {
  flagId: string;
  message: string;
  rowId: string;
  capital: Capital | null;
  source: Source | null;
  measure: Measure;
  /** the years shown side by side */
  years: number[];
  /** the flag's period, when it is about one */
  period: [number, number] | null;
  /** an origin's figures at the cell, for each measure the flag sets against each other (a chain
   * flag: this year's carry-in, last year's carry-out); the flag's own first */
  rows: { origin: string; measure: Measure; years: (FlagFigure | null)[]; period: { figure: FlagFigure | null; stated: boolean } | null }[];
}

export function flagFigures(engine: Reconciler, flag: Flag): FlagFigures | null {
  const site = flag.claims[0];
  if (!site) return null;
  const cell = { rowId: rowKeyId(site), capital: site.capital as Capital | null, source: site.source as Source | null, measure: site.measure as Measure };
  const period = site.years ?? null;
  // a chain flag sets a year against the one before: every year its claims name
  const named = flag.claims.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  const years = period ? range(period[0], period[1]) : [...new Set(named)].sort((a, b) => a - b);
  const pairs = new Map(flag.claims.map((c) => [`${c.origin}|${c.measure}`, { origin: c.origin, measure: c.measure as Measure }]));
  // a chain flag sets this year's carry-in against last year's carry-out: show that figure itself,
  // not only the claims it was computed from
  if (flag.rule.startsWith('year-chain')) pairs.set(`${site.origin}|carry_out`, { origin: site.origin, measure: 'carry_out' });
  return {
    flagId: flag.id, message: flag.message, ...cell, years, period,
    rows: [...pairs.values()].map(({ origin, measure }) => {
      const at = { ...cell, measure };
      return {
        origin, measure,
        years: years.map((y) => view(engine.figureAt(origin, y, at))),
        period: period ? (({ value, stated }) => ({ figure: view(value), stated }))(engine.periodAt(origin, period[0], period[1], at)) : null,
      };
    }),
  };
}

function view(v: Value | null): FlagFigure | null {
  if (v === null) return null;
  return v.kind === 'money' ? { kind: 'money', dong: Number(v.dong) } : { kind: 'rate', percent: rateToNumber(v.rate), decimals: v.rate.decimals };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
