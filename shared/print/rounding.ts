// Printed totals add up. Rounded to triệu, a total and its parts may disagree (0,4 + 0,4 prints
// 0 + 0 under a total of 1): where the book's exact figures do add up, the parts' rounding is
// adjusted (largest remainder: the part rounded furthest the other way moves by one step) so the
// printed parts sum to the printed total, and the sheet says so in a footnote. Where the exact
// figures themselves do not add up, nothing is touched: that difference is what she reconciles.
import { type PrintScale, stepDong, toUnits } from './format';

export interface TreeLine {
  id: string;
  parentId: string | null;
}

export interface Rounded {
  units: Map<string, bigint>;
  /** lines whose printed figure differs from its own rounding */
  adjusted: Set<string>;
}

/** `lines` in tree order (a parent before its children); `dong` is undefined where nothing is known. */
export function roundTree(lines: readonly TreeLine[], dong: (id: string) => number | undefined, scale: PrintScale): Rounded {
  const units = new Map<string, bigint>();
  const children = new Map<string, string[]>();
  for (const l of lines) {
    const d = dong(l.id);
    if (d !== undefined) units.set(l.id, toUnits(d, scale));
    if (l.parentId !== null) children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.id]);
  }
  const adjusted = new Set<string>();
  for (const l of lines) {
    const kids = children.get(l.id);
    if (kids && units.has(l.id)) balance(l.id, kids, dong, scale, units, adjusted);
  }
  return { units, adjusted };
}

function balance(
  parent: string, kids: string[], dong: (id: string) => number | undefined, scale: PrintScale,
  units: Map<string, bigint>, adjusted: Set<string>,
): void {
  const exact = kids.map(dong);
  if (exact.some((d) => d === undefined)) return;
  if (exact.reduce((s: number, d) => s + d!, 0) !== dong(parent)) return;
  let gap = units.get(parent)! - kids.reduce((s, k) => s + units.get(k)!, 0n);
  if (gap === 0n) return;
  const step = stepDong(scale);
  // how far each part was rounded down (positive) or up (negative), in steps
  const left = kids.map((k, i) => ({ k, rest: exact[i]! / step - Number(units.get(k)!) }));
  const sign = gap > 0n ? 1n : -1n;
  left.sort((a, b) => (sign > 0n ? b.rest - a.rest : a.rest - b.rest));
  for (const { k } of left) {
    if (gap === 0n) break;
    units.set(k, units.get(k)! + sign);
    adjusted.add(k);
    gap -= sign;
  }
}
