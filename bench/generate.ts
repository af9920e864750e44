// A generated book shaped like a district's: contents and communes under the catalogue's leaves,
// each with ĐT and SN money for carry-in, allocation and disbursement in every year 2021-2025.
import { Book } from '../electron/backend/book/book';
import { loadCatalog } from '../electron/backend/catalogs';
import type { Capital, MoneyClaim, MoneyMeasure } from '../shared/claim';
import type { Line } from '../shared/catalog';
import { dong } from '../shared/money';
import { defaultSettings } from '../shared/settings';

const PROGRAM = 'GNBV';
const YEARS = [2021, 2022, 2023, 2024, 2025];
const CAPITALS: Capital[] = ['SN', 'DT'];
const PER_LINE = YEARS.length * CAPITALS.length * 3;
/** One line in five is a commune's share; the rest are the accountant's contents. */
const UNIT_SHARE = 0.2;

/** mulberry32: a fixed seed gives the same book on every machine, so figures compare. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateBook(file: string, claimCount: number): void {
  const catalog = loadCatalog('gnbv-2021-2025');
  const parents = new Set(catalog.nodes.map((n) => n.parent));
  const leaves = catalog.nodes.filter((n) => !parents.has(n.code) && !n.memo).map((n) => n.code);
  const random = prng(2021);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // whole thousands of đồng between 1 and 5 000 triệu, as a budget line would carry
  const amount = (maxTrieu: number) => Math.floor(random() * maxTrieu * 1000 + 1000) * 1000;

  const lines: Line[] = [];
  const seq = new Map<string, number>();
  for (let i = 0; i < Math.ceil(claimCount / PER_LINE); i++) {
    const parent = pick(leaves);
    const n = (seq.get(parent) ?? 0) + 1;
    seq.set(parent, n);
    if (random() < UNIT_SHARE) {
      const name = `UBND xã ${n}`;
      lines.push({ program: PROGRAM, code: `${parent}@${name}`, parent, kind: 'unit', name });
    } else {
      lines.push({ program: PROGRAM, code: `${parent}-${n}`, parent, kind: 'content', name: `Nội dung ${parent}-${n}` });
    }
  }

  function* claims(): Generator<MoneyClaim> {
    let left = claimCount;
    for (const line of lines) {
      const where = line.kind === 'unit' ? { node: line.parent, unit: line.name } : { node: line.code, unit: null };
      // what is not disbursed is carried into next year, as in a book that reconciles
      const carried = new Map<string, number>();
      for (const year of YEARS) {
        for (const capital of CAPITALS) {
          const carryIn = carried.get(capital) ?? 0;
          const allocated = amount(5000);
          const disbursed = Math.floor((carryIn + allocated) * random() / 1000) * 1000;
          carried.set(capital, carryIn + allocated - disbursed);
          const values: [MoneyMeasure, number][] = [['carry_in', carryIn], ['allocated', allocated], ['disbursed', disbursed]];
          for (const [measure, value] of values) {
            if (left-- <= 0) return;
            yield {
              key: { origin: 'books', program: PROGRAM, period: { from: year, to: year }, ...where, capital, source: null, measure },
              value: dong(value), asOf: null, note: null,
            };
          }
        }
      }
    }
  }

  Book.create(file, defaultSettings('Bench'), [catalog], { lines, claims: claims() }).close();
}
