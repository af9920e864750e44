import type { Finding, ReconcileContext, Site } from '../context';

/** One rule kind: from a stated claim to what disagrees with it (usually nothing). */
export type Check = (site: Site, ctx: ReconcileContext) => readonly Finding[];

/** "Nothing wrong", shared: a full check asks eleven rules of every claim, and a fresh empty
 * array per answer was a good part of the garbage collector's work. */
export const NONE: readonly Finding[] = Object.freeze([]);
