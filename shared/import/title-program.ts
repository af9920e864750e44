// Which programme an annex is about, from its title: since 2026 a book holds the 2021-2025
// programme (whose money carried into 2026 is still spent) and the 2026-2035 one, and a province's
// annex names its programme by its period ("giai đoạn 2021-2025", "giai đoạn 2026-2030").
import type { Period } from '../claim';
import { fold } from './grid';

/** The book's programme whose period holds a period the title names, when exactly one does;
 * null when the title names none, or it fits several or none (the view's programme stays). */
export function programOfTitle(title: string, programs: readonly { program: string; period: Period }[]): string | null {
  const named = periodsIn(fold(title));
  for (const p of named) {
    const fits = programs.filter((c) => c.period.from <= p.from && p.to <= c.period.to);
    if (fits.length === 1) return fits[0]!.program;
  }
  return null;
}

/** "giai đoạn 2021 - 2025", "2026-2030", "2021–2025": the periods the text names, in order. */
function periodsIn(folded: string): Period[] {
  const out: Period[] = [];
  for (const m of folded.matchAll(/\b(20\d\d)\s*[-–—]\s*(20\d\d)\b/g)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from < to) out.push({ from, to });
  }
  return out;
}
