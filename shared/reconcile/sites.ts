// The engine's index of stated claims (check sites) by a key: the same period and cell in every
// origin, or a period claim's cell. Most keys are stated once, so a lone site is kept as it is
// and only a key stated by several origins gets an array: a hundred thousand one-element arrays
// were a good part of what a full check left for the garbage collector.
import { sameClaimKey } from '../claim';
import type { Site } from './context';

const NO_SITES: readonly Site[] = Object.freeze([]);

type Group = Site | Site[];

export class SiteIndex<K> {
  private readonly groups = new Map<K, Group>();

  /** The sites under a key, in the order they were added. */
  get(key: K): readonly Site[] {
    const group = this.groups.get(key);
    return group === undefined ? NO_SITES : Array.isArray(group) ? group : [group];
  }

  /** The site whose claim has exactly this key. */
  find(key: K, claimKey: Site['claim']['key']): Site | undefined {
    const group = this.groups.get(key);
    if (group === undefined) return undefined;
    if (!Array.isArray(group)) return sameClaimKey(group.claim.key, claimKey) ? group : undefined;
    return group.find((s) => sameClaimKey(s.claim.key, claimKey));
  }

  /** Adds the site, or replaces (and returns) the one whose claim has the same key: of a claim
   * stated twice, the later speaks. */
  put(key: K, site: Site): Site | undefined {
    const group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, site);
      return undefined;
    }
    const list = Array.isArray(group) ? group : [group];
    const at = list.findIndex((s) => sameClaimKey(s.claim.key, site.claim.key));
    const replaced = at < 0 ? undefined : list[at];
    if (at < 0) list.push(site);
    else list[at] = site;
    this.groups.set(key, list.length === 1 ? list[0]! : list);
    return replaced;
  }

  drop(key: K, site: Site): void {
    const group = this.groups.get(key);
    if (group === site) this.groups.delete(key);
    else if (Array.isArray(group)) {
      const rest = group.filter((s) => s !== site);
      this.groups.set(key, rest.length === 1 ? rest[0]! : rest);
    }
  }

  forEach(visit: (site: Site) => void): void {
    this.groups.forEach((group) => {
      if (Array.isArray(group)) group.forEach((s) => visit(s));
      else visit(group);
    });
  }
}

