// The capital rows a printed line gets: one per capital type it has money in, Cộng first when it
// has both, Cộng alone when it has none (the line is still accounted for).
import type { Capital } from '../claim';

export function capitalRows(has: (c: Capital) => boolean): (Capital | null)[] {
  const caps = (['DT', 'SN'] as const).filter(has);
  return caps.length === 1 ? caps : caps.length === 2 ? [null, ...caps] : [null];
}

/** A line's name, indented by its depth in the tree as on screen. */
export function indentStyle(depth: number): string | undefined {
  return depth > 0 ? `padding-left:${Math.min(depth, 6) * 3}mm;display:block` : undefined;
}
