import type { Finding, ReconcileContext, Site } from '../context';

/** One rule kind: from a stated claim to what disagrees with it (usually nothing). */
export type Check = (site: Site, ctx: ReconcileContext) => Finding[];
