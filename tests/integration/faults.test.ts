// A short run of the fault harnesses (bench/faults; `npm run bench:faults` runs the full ones):
// writers killed at random moments, mutated interchange files and workbooks. No crash, no hang,
// a clear message, and the book whole.
import { describe, expect, it } from 'vitest';
import { killHarness } from '../../bench/faults/kill';
import { fuzzClaims, fuzzWorkbooks } from '../../bench/faults/fuzz';
import { tamperHarness } from '../../bench/faults/tamper';

describe('faults', () => {
  it('survives writers killed during edits, imports and undos', async () => {
    const r = await killHarness(10, 7);
    expect(r).toMatchObject({ kills: 10, damaged: 0, verifyFailures: [], lostCommits: 0, partialImports: 0, lockNotRecovered: 0, secondWriters: 0 });
    expect(r.linkedRuns).toBeGreaterThan(0);
  }, 120_000);

  it('refuses mutated interchange files with a message, the book unchanged', async () => {
    const r = await fuzzClaims(80, 11);
    expect(r).toMatchObject({ cases: 80, crashes: [], changedOnRefusal: 0, unclearMessages: [], hangs: 0 });
    expect(r.refused).toBeGreaterThan(40);
  }, 120_000);

  it('reads or refuses mutated workbooks with a message, the book unchanged', async () => {
    const r = await fuzzWorkbooks(25, 13);
    expect(r).toMatchObject({ cases: 25, crashes: [], changedOnRefusal: 0, unclearMessages: [], hangs: 0 });
    expect(r.refused + r.accepted).toBe(25);
  }, 120_000);

  it('finds every change made behind its back: by verify, or by the code printed before it', async () => {
    const r = await tamperHarness(28, 5);
    expect(r.missed).toEqual([]);
    expect(Object.keys(r.families).length).toBe(14);
    // verify alone finds every change but a forger's who recomputes the chain and its summary;
    // the code printed before finds those too (missed is empty)
    for (const [name, f] of Object.entries(r.families)) if (!/recomputed|made to agree/.test(name)) expect(f.found, name).toBe(f.cases);
  }, 120_000);
});
