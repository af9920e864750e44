// Properties of the engine on random books: a consistent book has no flag; one changed figure
// is named by a flag; explaining hides nothing; incremental checking equals a full check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Claim, type ClaimKey, claimKeyId, isRateClaim } from '../../shared/claim';
import { dong, type Dong } from '../../shared/money';
import { Reconciler } from '../../shared/reconcile/engine';
import { claimRef } from '../../shared/reconcile/flag';
import { groupFlags, isFollower } from '../../shared/reconcile/groups';
import { ORIGINS, TREE } from '../support/claims';
import { type ConsistentBook, DOCUMENT_ORIGINS, type Figure, consistentBook, consistentDocuments, figure } from '../support/consistent-book';

const engine = (claims: Claim[]) => new Reconciler(TREE, ORIGINS, claims);
/** a change of 1 to 40 steps either way: triệu, or a hundredth of a percent for a rate */
const delta = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom(-1, 1)).map(([step, sign]) => step * sign);
/** some figures of a book changed, each by its index (taken modulo the book's length) */
const changes = fc.array(fc.tuple(fc.nat(), delta), { minLength: 1, maxLength: 10 });

function changed(c: Claim, by: number): Claim {
  if (isRateClaim(c)) return { ...c, value: { ...c.value, coefficient: c.value.coefficient + BigInt(by * 10) } };
  return { ...c, value: dong((c.value as Dong) + by * 1_000_000) };
}

const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

function withChanges(claims: Claim[], list: [number, number][]): Claim[] {
  const by = new Map(list.map(([i, d]) => [i % claims.length, d]));
  return claims.map((c, j) => (by.has(j) ? changed(c, by.get(j)!) : c));
}

/** An edit as the window makes one: a figure removed, changed, or stated anew (maybe wrong). */
type Edit = { kind: 'remove'; at: number } | { kind: 'change'; at: number; by: number } | { kind: 'add'; figure: Figure; by: number | null };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('change' as const), at: fc.nat(), by: delta }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('add' as const), figure, by: fc.option(delta) }), weight: 2 },
);

/** The key the edit touches and the claim it leaves there; null when there is nothing to edit. */
function applied(e: Edit, existing: Claim[], book: ConsistentBook): { key: ClaimKey; next: Claim | null } | null {
  if (e.kind === 'add') {
    const c = book.stated(e.figure);
    return c && { key: c.key, next: e.by === null ? c : changed(c, e.by) };
  }
  if (existing.length === 0) return null;
  const c = at(existing, e.at);
  return { key: c.key, next: e.kind === 'remove' ? null : changed(c, e.by) };
}

describe('the engine on random books', () => {
  it('finds nothing wrong in a consistent book', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentBook, (book) => {
      expect(engine(book.claims).checkAll()).toEqual([]);
    }), { numRuns: 150 });
  });

  it('names a changed figure in at least one flag', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentBook, fc.nat(), delta, (book, i, by) => {
      const target = changed(at(book.claims, i), by);
      const claims = withChanges(book.claims, [[i, by]]);
      const ref = JSON.stringify(claimRef(target.key));
      const flags = engine(claims).checkAll();
      expect(flags.some((f) => f.claims.some((c) => JSON.stringify(c) === ref))).toBe(true);
    }), { numRuns: 150 });
  });

  it('explaining one flag leaves every other flag as it was', () => {
    fc.assert(fc.property(consistentBook, changes, fc.nat(), (book, list, pick) => {
      const r = engine(withChanges(book.claims, list));
      const before = r.checkAll();
      fc.pre(before.length > 0);
      const chosen = at(before, pick);
      r.explain(chosen.id, 'Chênh lệch do làm tròn');
      const after = r.flags();
      expect(after.map((f) => f.id)).toEqual(before.map((f) => f.id));
      for (const f of after) expect(f.explained).toBe(f.id === chosen.id ? 'Chênh lệch do làm tròn' : null);
    }), { numRuns: 80 });
  });

  it('re-checking only the neighbourhood of each edit gives the same flags as a full check', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentBook, fc.array(edit, { minLength: 1, maxLength: 30 }), (book, edits) => {
      const live = new Map(book.claims.map((c) => [claimKeyId(c.key), c]));
      const incremental = engine(book.claims);
      incremental.checkAll();
      for (const e of edits) {
        const step = applied(e, [...live.values()], book);
        if (!step) continue;
        if (step.next) live.set(claimKeyId(step.key), step.next);
        else live.delete(claimKeyId(step.key));
        incremental.change(step.key, step.next);
      }
      expect(incremental.flags()).toEqual(engine([...live.values()]).checkAll());
    }), { numRuns: 150 });
  });
});

describe('the engine on a truth written by several complete documents', () => {
  const documents = (claims: Claim[]) => new Reconciler(TREE, DOCUMENT_ORIGINS, claims);

  it('finds nothing wrong when every document agrees with the truth', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentDocuments, (claims) => {
      expect(documents(claims).checkAll()).toEqual([]);
    }), { numRuns: 150 });
  });

  it('names a changed figure of one document in a flag', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentDocuments, fc.nat(), delta, (claims, i, by) => {
      const target = changed(at(claims, i), by);
      const ref = JSON.stringify(claimRef(target.key));
      const flags = documents(withChanges(claims, [[i, by]])).checkAll();
      expect(flags.some((f) => f.claims.some((c) => JSON.stringify(c) === ref))).toBe(true);
    }), { numRuns: 150 });
  });

  it('re-checks incrementally as a full check does, across documents', { timeout: 60_000 }, () => {
    // an edit removes the figure it picks (one in four) or changes it
    const docEdit = fc.record({ at: fc.nat(), by: fc.option(delta, { freq: 4 }) });
    fc.assert(fc.property(consistentDocuments, fc.array(docEdit, { minLength: 1, maxLength: 20 }), (claims, edits) => {
      const live = new Map(claims.map((c) => [claimKeyId(c.key), c]));
      const incremental = documents(claims);
      incremental.checkAll();
      for (const e of edits) {
        const pick = at([...live.values()], e.at);
        const next = e.by === null ? null : changed(pick, e.by);
        if (next) live.set(claimKeyId(pick.key), next);
        else live.delete(claimKeyId(pick.key));
        incremental.change(pick.key, next);
      }
      expect(incremental.flags()).toEqual(documents([...live.values()]).checkAll());
    }), { numRuns: 100 });
  });

  // the book reads its claims in whatever order is cheapest (Book.claims, anyOrder)
  it('gives the same flags and findings whatever the order of the claims', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentDocuments, changes, fc.func(fc.nat()), (truthful, list, place) => {
      const claims = withChanges(truthful, list);
      const shuffled = [...claims].sort((a, b) => place(claimKeyId(a.key)) - place(claimKeyId(b.key)));
      const flags = documents(claims).checkAll();
      expect(documents([...claims].reverse()).checkAll()).toEqual(flags);
      expect(documents(shuffled).checkAll()).toEqual(flags);
      expect(groupFlags(documents(shuffled).checkAll())).toEqual(groupFlags(flags));
    }), { numRuns: 100 });
  });
});

describe('one cause, one finding', () => {
  // with one flag only (a total against its lines) either side may be wrong: the suspect is then
  // a guess, and the test holds it to the figure only when a flag sits on the changed one
  it('puts every money flag that names one changed figure into one finding, and suspects that figure when a flag sits on it', { timeout: 60_000 }, () => {
    fc.assert(fc.property(consistentDocuments, fc.nat(), delta, (claims, i, by) => {
      const target = changed(at(claims, i), by);
      const flags = new Reconciler(TREE, DOCUMENT_ORIGINS, withChanges(claims, [[i, by]])).checkAll();
      const ref = JSON.stringify(claimRef(target.key));
      // money flags; a rate or a bound that only lists the figure may stand as a slip of its own
      const naming = new Set(flags.filter((f) => !isFollower(f) && f.claims.some((c) => JSON.stringify(c) === ref)).map((f) => f.id));
      fc.pre(naming.size > 0);
      const holding = groupFlags(flags).filter((g) => g.flags.some((id) => naming.has(id)));
      expect(holding).toHaveLength(1);
      expect(holding[0]!.flags).toEqual(expect.arrayContaining([...naming]));
      if (flags.some((f) => JSON.stringify(f.claims[0]) === ref && f.claims[0]!.measure !== 'rate')) {
        expect(holding[0]!.suspect).toEqual(claimRef(target.key));
      }
    }), { numRuns: 150 });
  });
});
