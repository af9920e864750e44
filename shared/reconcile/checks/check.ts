import type { Measure } from '../../claim';
import type { Finding, ReconcileContext, Site } from '../context';

/**
 * What a check reads beside its site's own cell: on a site of one of the measures `on`, the
 * figures of `measures` at the same row, capital type and source, in the site's own year or
 * period, or ('previous') in the year before. Every check reads its site's own cell in any origin,
 * and so whatever that figure is computed from (figures/derivations.ts), without saying so.
 */
export interface Read {
  on: readonly Measure[];
  measures: readonly Measure[];
  year?: 'previous';
}

/** One rule kind: from a stated claim to what disagrees with it (usually nothing), and what it
 * reads. An edit re-checks the sites that read a figure it changed (../neighbourhood.ts). */
export type Check = ((site: Site, ctx: ReconcileContext) => readonly Finding[]) & { readonly reads: readonly Read[] };

export function check(reads: readonly Read[], run: (site: Site, ctx: ReconcileContext) => readonly Finding[]): Check {
  return Object.assign(run, { reads });
}

/** "Nothing wrong", shared: a full check asks eleven rules of every claim, and a fresh empty
 * array per answer was a good part of the garbage collector's work. */
export const NONE: readonly Finding[] = Object.freeze([]);
