// A flag: one stated figure that does not agree with what the other figures say it should be.
import type { Capital, ClaimKey, Measure, Source } from '../claim';

export const SEVERITIES = ['error', 'warning', 'rounding'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A claim's key as the CLI and the UI show it: `year`, or `years` for a period. */
export interface ClaimRef {
  origin: string;
  year?: number;
  years?: [number, number];
  node: string;
  unit: string | null;
  capital: Capital | null;
  source: Source | null;
  measure: Measure;
}

export interface Flag {
  /** stable across checks, so an explanation stays with its flag */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  /** đồng for money; percent for rates */
  expected: number;
  found: number;
  /** found − expected: đồng, or percentage points for rates */
  difference: number;
  explained: string | null;
  /** the stated claim the flag sits on comes first, then the claims it was checked against */
  claims: ClaimRef[];
  /** an earlier programme's flag, shown with its money carried into a later year (sheet/carried.ts) */
  program?: string;
}

export function claimRef(k: ClaimKey): ClaimRef {
  const when = k.period.from === k.period.to ? { year: k.period.from } : { years: [k.period.from, k.period.to] as [number, number] };
  return { origin: k.origin, ...when, node: k.node, unit: k.unit, capital: k.capital, source: k.source, measure: k.measure };
}

export function flagId(rule: string, k: ClaimKey, counterpart?: string): string {
  const parts = [rule, k.origin, `${k.period.from}-${k.period.to}`, k.node, k.unit ?? '', k.capital ?? '', k.source ?? '', k.measure];
  if (counterpart) parts.push(`vs:${counterpart}`);
  return parts.join('|');
}
