// The reconciliation engine: claims in, flags out. A full check visits every stated claim once
// and runs each rule kind on it (linear in the number of claims). After one edit, only the
// neighbourhood of the changed claim is re-checked: the claims at its cell and at every cell
// derived from it (ancestors, Cộng, source total, dependent measures) in every origin, next
// year's carry-in, and the period claims spanning its year. Tests hold the two equal.
import { type Claim, type ClaimKey, type ClaimKeyId, type Origin, claimKeyId } from '../claim';
import type { Tree } from '../sheet/tree';
import { type Cell, cellId, cellNumber, dependentMeasures } from '../figures/cell';
import { cellOfClaim, cellOfKey, upwardClosure } from '../figures/closure';
import { ReconcileContext, type Site } from './context';
import { CHECKS } from './checks/index';
import type { Flag } from './flag';
import { toFlag } from './present';

const SEVERITY_ORDER = { error: 0, warning: 1, rounding: 2 } as const;
const NO_CLAIMS: readonly Claim[] = Object.freeze([]);

export class Reconciler {
  private readonly ctx: ReconcileContext;
  private readonly claims = new Map<ClaimKeyId, Entry>();
  /** claims of every origin by period and cell: cross-origin twins (arrays: most keys have one) */
  private readonly byKey = new Map<TwinKey, ClaimKeyId[]>();
  /** claims about a period (years a..b, a < b) by cell */
  private readonly periodsByCell = new Map<string, ClaimKeyId[]>();
  private readonly flagsBySite = new Map<ClaimKeyId, Flag[]>();

  constructor(
    readonly tree: Tree,
    origins: readonly Origin[],
    claims: Iterable<Claim>,
    private readonly explained: Map<string, string> = new Map(),
  ) {
    this.ctx = new ReconcileContext(tree, origins, (c) => this.twins(c), (o, from, to, cell) => this.statedClaim(o, from, to, cell));
    for (const c of claims) this.add(c);
  }

  /** Checks every stated claim. */
  checkAll(): Flag[] {
    this.flagsBySite.clear();
    for (const id of this.claims.keys()) this.recheck(id);
    return this.flags();
  }

  /** One claim written (or, with null, removed): re-checks its neighbourhood only. */
  change(key: ClaimKey, after: Claim | null): void {
    const id = claimKeyId(key);
    const before = this.claims.get(id);
    const { from, to } = key.period;
    const wasEmpty = from === to && this.ctx.evaluator(key.origin, from).isEmpty();
    if (before) this.remove(before.claim);
    if (after) this.add(after);
    this.flagsBySite.delete(id);
    const sites = this.neighbourhood(key);
    // a complete origin that gains its first or loses its last figure of a year starts or stops
    // saying something about every period spanning that year
    if (from === to && wasEmpty !== this.ctx.evaluator(key.origin, from).isEmpty()) this.collectPeriodsSpanning(sites, from);
    for (const site of sites) this.recheck(site);
  }

  /** One note for these flags (a finding's), or with null none: one pass over the flags. */
  explain(flagIds: string | readonly string[], note: string | null): void {
    const ids = new Set(typeof flagIds === 'string' ? [flagIds] : flagIds);
    for (const id of ids) {
      if (note === null) this.explained.delete(id);
      else this.explained.set(id, note);
    }
    for (const flags of this.flagsBySite.values()) {
      for (const f of flags) if (ids.has(f.id)) f.explained = note;
    }
  }

  flags(): Flag[] {
    return [...this.flagsBySite.values()].flat().sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id),
    );
  }

  private recheck(id: ClaimKeyId): void {
    const site = this.claims.get(id);
    if (!site) return;
    let flags: Flag[] | null = null;
    for (const check of CHECKS) {
      for (const finding of check(site, this.ctx)) (flags ??= []).push(toFlag(site, finding, this.tree, this.explained));
    }
    if (flags) this.flagsBySite.set(id, flags);
    else this.flagsBySite.delete(id);
  }

  private neighbourhood(key: ClaimKey): Set<ClaimKeyId> {
    const out = new Set<ClaimKeyId>([claimKeyId(key)]);
    const cell = cellOfKey(key);
    const { from, to } = key.period;
    if (from !== to) {
      // the same period's claims at this cell, and at the measures computed from it (its rate)
      for (const measure of dependentMeasures(cell.measure)) this.collect(out, this.byKey.get(this.twinKey(from, to, { ...cell, measure })));
      return out;
    }
    for (const c of upwardClosure(this.tree, cell)) {
      this.collect(out, this.byKey.get(this.twinKey(from, from, c)));
      if (c.measure === 'carry_out') {
        // next year: its carry-in is checked against this carry-out, and a document's
        // available may lean on it through the chain
        this.collect(out, this.byKey.get(this.twinKey(from + 1, from + 1, { ...c, measure: 'carry_in' })));
        this.collect(out, this.byKey.get(this.twinKey(from + 1, from + 1, { ...c, measure: 'available' })));
        this.collect(out, this.byKey.get(this.twinKey(from + 1, from + 1, { ...c, measure: 'allocated' })));
      }
      for (const pid of this.periodsByCell.get(cellId(c)) ?? []) {
        const p = this.claims.get(pid)!.claim.key.period;
        if (p.from <= from && from <= p.to) out.add(pid);
      }
    }
    return out;
  }

  private collectPeriodsSpanning(out: Set<ClaimKeyId>, year: number): void {
    for (const ids of this.periodsByCell.values()) {
      for (const pid of ids) {
        const p = this.claims.get(pid)!.claim.key.period;
        if (p.from <= year && year <= p.to) out.add(pid);
      }
    }
  }

  private collect(out: Set<ClaimKeyId>, ids: readonly ClaimKeyId[] | undefined): void {
    for (const id of ids ?? []) out.add(id);
  }

  private statedClaim(origin: string, from: number, to: number, cell: Cell): Claim | undefined {
    const ids = this.byKey.get(this.twinKey(from, to, cell)) ?? [];
    return ids.map((id) => this.claims.get(id)!.claim).find((c) => c.key.origin === origin);
  }

  private twins(site: Site): readonly Claim[] {
    const { from, to } = site.claim.key.period;
    const ids = this.byKey.get(this.twinKey(from, to, site.cell, site.key));
    // most keys are stated by one origin only: the site itself
    if (!ids || ids.length < 2) return NO_CLAIMS;
    return ids.map((id) => this.claims.get(id)!.claim).filter((c) => c.key.origin !== site.claim.key.origin);
  }

  private add(claim: Claim): void {
    const id = claimKeyId(claim.key);
    const cell = cellOfClaim(claim);
    const { from, to } = claim.key.period;
    const key = this.cellKey(cell);
    this.claims.set(id, { claim, cell, key, origin: this.ctx.origin(claim.key.origin) });
    addTo(this.byKey, this.twinKey(from, to, cell, key), id);
    if (from === to) this.ctx.evaluator(claim.key.origin, from).update(cell, claim, key);
    else addTo(this.periodsByCell, cellId(cell), id);
  }

  private remove(claim: Claim): void {
    const id = claimKeyId(claim.key);
    const entry = this.claims.get(id)!;
    const { from, to } = claim.key.period;
    this.claims.delete(id);
    removeFrom(this.byKey, this.twinKey(from, to, entry.cell, entry.key), id);
    if (from === to) this.ctx.evaluator(claim.key.origin, from).update(entry.cell, null, entry.key);
    else removeFrom(this.periodsByCell, cellId(entry.cell), id);
  }

  /** The same cell in the same year(s), whatever the origin: a number for a year's cell of the
   * tree (the common case), a string otherwise. */
  private twinKey(from: number, to: number, cell: Cell, key: number | null = this.cellKey(cell)): TwinKey {
    if (from === to && key !== null) return key * 256 + (from - 1900);
    return `${from}-${to}|${cellId(cell)}`;
  }

  private cellKey(cell: Cell): number | null {
    const row = this.tree.indexOf.get(cell.rowId);
    return row === undefined ? null : cellNumber(row, cell);
  }
}

/** A claim as the engine keeps it: the check site, its cell and cell number worked out once. */
type Entry = Site;
type TwinKey = number | string;

function addTo<K>(map: Map<K, ClaimKeyId[]>, key: K, id: ClaimKeyId): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function removeFrom<K>(map: Map<K, ClaimKeyId[]>, key: K, id: ClaimKeyId): void {
  const list = map.get(key);
  const at = list?.indexOf(id) ?? -1;
  if (at < 0) return;
  if (list!.length === 1) map.delete(key);
  else list!.splice(at, 1);
}
