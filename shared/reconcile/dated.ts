// Figures "to a date" that a later figure of the same origin replaces in the engine (it keeps each
// origin's latest: "thực hiện đến 30/6" gives way to "ước thực hiện đến 31/12"). Two origins that
// state the same key at the same earlier date still speak of one figure and must agree: each such
// pair is compared here, stated against stated, once per pair, as the engine compares the latest.
import { type Claim, type ClaimKey, type Origin, claimKeyId } from '../claim';
import { cellOfClaim } from '../figures/closure';
import type { Dong } from '../money';
import { type Rate, sameRate } from '../rate';
import type { Tree } from '../sheet/tree';
import type { Finding, Site, Value } from './context';
import type { Flag } from './flag';
import { toFlag } from './present';
import { holdsPairFlag } from './checks/cross-origin';

/** The key without its origin: the same figure as every origin would state it. */
const figureId = (k: ClaimKey) => claimKeyId({ ...k, origin: '' });

export class DatedPairs {
  /** every dated claim, by the figure it states (its key without the origin) */
  private readonly claims = new Map<string, Claim[]>();
  private readonly flagsOf = new Map<string, Flag[]>();

  constructor(
    private readonly tree: Tree,
    private readonly origins: readonly Origin[],
    all: Iterable<Claim>,
    private readonly explained: Map<string, string>,
  ) {
    for (const c of all) if (c.asOf !== null) push(this.claims, figureId(c.key), c);
    for (const [id, list] of this.claims) this.check(id, list);
  }

  flags(): Flag[] {
    return [...this.flagsOf.values()].flat();
  }

  /** Whether the figure of this key was ever stated to a date (an edit of it must be looked at). */
  knows(key: ClaimKey): boolean {
    return this.claims.has(figureId(key));
  }

  /** The key's claims as the book now has them (every origin, every date), after an edit. */
  change(key: ClaimKey, claimsNow: readonly Claim[]): void {
    const id = figureId(key);
    const dated = claimsNow.filter((c) => c.asOf !== null);
    if (dated.length === 0 && !this.claims.has(id)) return;
    this.claims.set(id, dated);
    this.check(id, dated);
  }

  explain(ids: ReadonlySet<string>, note: string | null): void {
    for (const flags of this.flagsOf.values()) for (const f of flags) if (ids.has(f.id)) f.explained = note;
  }

  private check(id: string, list: readonly Claim[]): void {
    const flags: Flag[] = [];
    const latest = latestByOrigin(list);
    const byDate = new Map<string, Claim[]>();
    for (const c of list) push(byDate, c.asOf!, c);
    for (const [date, same] of byDate) {
      for (const mine of same) {
        for (const theirs of same) {
          if (mine === theirs || !holdsPairFlag(this.origin(mine.key.origin), this.origin(theirs.key.origin))) continue;
          // both the latest of their origin: the engine compares them already
          if (latest.get(mine.key.origin) === date && latest.get(theirs.key.origin) === date) continue;
          const flag = this.compare(mine, theirs);
          if (flag) flags.push(flag);
        }
      }
    }
    if (flags.length) this.flagsOf.set(id, flags);
    else this.flagsOf.delete(id);
  }

  private compare(mine: Claim, theirs: Claim): Flag | null {
    const a = valueOf(mine);
    const b = valueOf(theirs);
    if (a.kind === 'money' && b.kind === 'money' ? a.dong === b.dong : a.kind === 'rate' && b.kind === 'rate' && sameRate(a.rate, b.rate)) return null;
    const origin = this.origin(mine.key.origin);
    const site: Site = { claim: mine, cell: cellOfClaim(mine), key: null, origin };
    const finding: Finding = { rule: 'cross-origin', found: a, expected: b, involved: [theirs], counterpart: this.origin(theirs.key.origin) };
    const flag = toFlag(site, finding, this.tree, new Map());
    // the same pair at the latest date is the engine's flag: this one is the earlier date's
    flag.id = `${flag.id}|@${mine.asOf}`;
    flag.explained = this.explained.get(flag.id) ?? null;
    return flag;
  }

  private origin(id: string): Origin {
    return this.origins.find((o) => o.id === id) ?? { id, kind: 'report', label: id, complete: false };
  }
}

function push<K>(map: Map<K, Claim[]>, key: K, c: Claim): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function latestByOrigin(list: readonly Claim[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of list) if ((out.get(c.key.origin) ?? '') < c.asOf!) out.set(c.key.origin, c.asOf!);
  return out;
}

function valueOf(c: Claim): Value {
  return c.key.measure === 'rate' ? { kind: 'rate', rate: c.value as Rate } : { kind: 'money', dong: c.value as Dong };
}
