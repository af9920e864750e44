// The reconciliation engine: claims in, flags out. A full check visits every stated claim once
// and runs each rule kind on it (linear in the number of claims). After one edit, only the
// neighbourhood of the changed claim is re-checked: the claims at its cell and at every cell
// derived from it (ancestors, Cộng, source total, dependent measures) in every origin, the claims
// whose checks read one of those (neighbourhood.ts), next year's claims that read it (the year
// chain), and the period claims spanning its year. Tests hold the two equal.
import type { Claim, ClaimKey, Origin } from '../claim';
import type { Tree } from '../sheet/tree';
import { type Cell, cellId } from '../figures/cell';
import { type CellNo, type YearCell, cellNoAt, yearCell } from '../figures/cell-no';
import { ClaimCells } from '../figures/claim-cells';
import { cellOfKey, upwardClosure } from '../figures/closure';
import { ReconcileContext, type Site, type Value } from './context';
import type { Dong } from '../money';
import type { FigureEvaluator } from '../figures/evaluator';
import type { Rate } from '../rate';
import { CHECKS } from './checks/index';
import type { Flag } from './flag';
import { nextYearReaders, recheckedMeasures } from './neighbourhood';
import { toFlag } from './present';
import { SiteIndex } from './sites';
import { Succession } from '../units';
import { rowKeyId } from '../catalog';

const SEVERITY_ORDER = { error: 0, warning: 1, rounding: 2 } as const;
/** the sites of a successor whose checks read the figures of its whole group (checks/succession.ts) */
const SUCCESSION_READERS = ['carry_in', 'allocated'] as const;
const NO_CLAIMS: readonly Claim[] = Object.freeze([]);

export class Reconciler {
  private readonly ctx: ReconcileContext;
  /** every stated claim, by period and cell: a claim sits with its twins in other origins (most
   * keys have one claim). A claim is found here by its key, without building a string of it. */
  private readonly byKey = new SiteIndex<TwinKey>();
  /** claims about a period (years a..b, a < b) by cell */
  private readonly periodsByCell = new SiteIndex<string>();
  /** only the sites that have flags */
  private readonly flagsBySite = new Map<Entry, Flag[]>();
  /** the cell each claim sits on, and its number */
  private readonly cells: ClaimCells;

  constructor(
    readonly tree: Tree,
    origins: readonly Origin[],
    claims: Iterable<Claim>,
    private readonly explained: Map<string, string> = new Map(),
    succession: Succession = new Succession([]),
  ) {
    this.cells = new ClaimCells(tree);
    this.ctx = new ReconcileContext(tree, origins, (c) => this.twins(c), (o, from, to, cell) => this.statedClaim(o, from, to, cell), succession);
    for (const c of claims) this.add(c);
  }

  /** Checks every stated claim. The flags come out sorted (by severity, then id), so the order
   * the claims came in does not show: the book reads them in whatever order is cheapest. */
  checkAll(): Flag[] {
    this.flagsBySite.clear();
    this.byKey.forEach((entry) => this.recheck(entry));
    return this.flags();
  }

  /** One claim written (or, with null, removed): re-checks its neighbourhood only. */
  change(key: ClaimKey, after: Claim | null): void {
    const before = this.find(key);
    const { from, to } = key.period;
    const wasEmpty = from === to && this.ctx.evaluator(key.origin, from).isEmpty();
    if (before) this.remove(before);
    if (after) this.add(after);
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

  /** The figures of one origin and year as the checks read them (a sheet's rows can be drawn
   * from it after an edit, without reading the book again). */
  evaluatorOf(origin: string, year: number): FigureEvaluator {
    return this.ctx.evaluator(origin, year);
  }

  /** One origin's figure at a cell in a year, stated or derived, as the checks read it. */
  figureAt(origin: string, year: number, cell: Cell): Value | null {
    const ev = this.ctx.evaluator(origin, year);
    const key = ev.cellKey(cell);
    const f = key === null ? null : ev.figureAt(key);
    return f === null ? null : f.kind === 'money' ? { kind: 'money', dong: f.dong } : { kind: 'rate', rate: f.rate };
  }

  /** One origin's figure for years [from, to]: what it states for the period (unless `own` is
   * false), else what its years make (null when they do not). */
  periodAt(origin: string, from: number, to: number, cell: Cell, own = true): { value: Value | null; stated: boolean } {
    const stated = own ? this.statedClaim(origin, from, to, cell) : undefined;
    if (stated) return { value: stated.key.measure === 'rate' ? { kind: 'rate', rate: stated.value as Rate } : { kind: 'money', dong: stated.value as Dong }, stated: true };
    return { value: this.ctx.periodFigure(origin, from, to, cell, false).value, stated: false };
  }

  private recheck(site: Entry): void {
    let flags: Flag[] | null = null;
    // indexed loops: iterators over eleven rules' answers for every claim were most of the
    // garbage of a full check
    for (let i = 0; i < CHECKS.length; i++) {
      const findings = CHECKS[i]!(site, this.ctx);
      for (let j = 0; j < findings.length; j++) (flags ??= []).push(toFlag(site, findings[j]!, this.tree, this.explained));
    }
    if (flags) this.flagsBySite.set(site, flags);
    else if (this.flagsBySite.size > 0) this.flagsBySite.delete(site);
  }

  private neighbourhood(key: ClaimKey): Set<Entry> {
    const out = new Set<Entry>();
    const self = this.find(key);
    if (self) out.add(self);
    const cell = cellOfKey(key);
    const { from, to } = key.period;
    const measures = recheckedMeasures(cell.measure);
    if (from !== to) {
      // the same period's claims at this cell, and at the measures computed from it (its rate)
      for (const measure of measures) this.collect(out, this.sitesAt(from, to, { ...cell, measure }));
      return out;
    }
    for (const c of upwardClosure(this.tree, cell, measures)) {
      this.collect(out, this.sitesAt(from, from, c));
      // the unit's own row, at each capital type and source the edit changes
      if (key.unit !== null && c.rowId === cell.rowId) this.collectSuccessors(out, key.node, key.unit, c, from);
      for (const measure of nextYearReaders(c.measure)) this.collect(out, this.sitesAt(from + 1, from + 1, { ...c, measure }));
      for (const p of this.periodsByCell.get(cellId(c))) {
        if (spans(p, from)) out.add(p);
      }
    }
    return out;
  }

  /** A unit's figure is read by the chain of its succession group: the successors' carry-in and
   * allocation at the turn into this year (it is one of them) and into the next (it ended). */
  private collectSuccessors(out: Set<Entry>, node: string, unit: string, cell: Cell, year: number): void {
    for (const turn of [year, year + 1]) {
      const group = this.ctx.succession.groupAt(unit, turn);
      for (const successor of group?.successors ?? []) {
        const rowId = rowKeyId({ node, unit: successor });
        for (const measure of SUCCESSION_READERS) this.collect(out, this.sitesAt(turn, turn, { ...cell, rowId, measure }));
      }
    }
  }

  private collectPeriodsSpanning(out: Set<Entry>, year: number): void {
    this.periodsByCell.forEach((p) => {
      if (spans(p, year)) out.add(p);
    });
  }

  private collect(out: Set<Entry>, entries: readonly Entry[]): void {
    for (const e of entries) out.add(e);
  }

  private statedClaim(origin: string, from: number, to: number, cell: Cell): Claim | undefined {
    return this.sitesAt(from, to, cell).find((e) => e.claim.key.origin === origin)?.claim;
  }

  private twins(site: Site): readonly Claim[] {
    const { from, to } = site.claim.key.period;
    const entries = this.sitesAt(from, to, site.cell, site.key);
    // most keys are stated by one origin only: the site itself
    if (entries.length < 2) return NO_CLAIMS;
    const origin = site.claim.key.origin;
    return entries.filter((e) => e.claim.key.origin !== origin).map((e) => e.claim);
  }

  /** The stated claim with exactly this key. */
  private find(key: ClaimKey): Entry | undefined {
    const cellNo = this.cells.numberOf(key);
    return this.byKey.find(this.twinKey(key.period.from, key.period.to, this.cells.cellOf(key, cellNo), cellNo), key);
  }

  private add(claim: Claim): void {
    const key = this.cells.numberOf(claim.key);
    const cell = this.cells.cellOf(claim.key, key);
    const { from, to } = claim.key.period;
    const entry: Entry = { claim, cell, key, origin: this.ctx.origin(claim.key.origin) };
    const replaced = this.byKey.put(this.twinKey(from, to, cell, key), entry);
    if (replaced) this.flagsBySite.delete(replaced);
    if (from === to) this.ctx.evaluator(claim.key.origin, from).update(cell, claim, key);
    else this.periodsByCell.put(cellId(cell), entry);
  }

  private remove(entry: Entry): void {
    const { from, to } = entry.claim.key.period;
    this.flagsBySite.delete(entry);
    this.byKey.drop(this.twinKey(from, to, entry.cell, entry.key), entry);
    if (from === to) this.ctx.evaluator(entry.claim.key.origin, from).update(entry.cell, null, entry.key);
    else this.periodsByCell.drop(cellId(entry.cell), entry);
  }

  /** The claims of every origin at the same cell in the same year(s). */
  private sitesAt(from: number, to: number, cell: Cell, cellNo: CellNo | null = this.cellKey(cell)): readonly Entry[] {
    return this.byKey.get(this.twinKey(from, to, cell, cellNo));
  }

  /** The same cell in the same year(s), whatever the origin: a number for a year's cell of the
   * tree (the common case), a string otherwise. */
  private twinKey(from: number, to: number, cell: Cell, key: CellNo | null = this.cellKey(cell)): TwinKey {
    if (from === to && key !== null) return yearCell(key, from);
    return `${from}-${to}|${cellId(cell)}`;
  }

  private cellKey(cell: Cell): CellNo | null {
    const row = this.tree.indexOf.get(cell.rowId);
    return row === undefined ? null : cellNoAt(row, cell);
  }
}

/** A claim as the engine keeps it: the check site, its cell and cell number worked out once. */
type Entry = Site;
type TwinKey = YearCell | string;

function spans(entry: Entry, year: number): boolean {
  const p = entry.claim.key.period;
  return p.from <= year && year <= p.to;
}
