// The rows that head a unit's section of a list ("I. Huyện Mường Tè", "III. Phong Thổ"): a
// unit's name, her unit however bare, and a caption numbered as those are whose next row opens a
// line of the programme ("II. Sìn Hồ" followed by "1. Tiểu dự án 1"): a district written bare.
import { fold } from './grid';
import { isHerUnitAlone } from './header-words';
import type { CatalogMatcher } from './match';
import type { PlanRequest } from './plan-model';
import { rowRole } from './row-roles';

type Style = 'roman' | 'arabic' | 'decimal' | 'letter' | 'bullet' | 'none';

export function unitSectionRows(req: PlanRequest, matcher: CatalogMatcher, rows: readonly { r: number; label: string }[]): Map<number, string> {
  const roles = rows.map(({ label }) => rowRole(label, matcher, null).role);
  const known = rows.filter(({ label }, i) => roles[i] === 'unit' || (roles[i] === 'item' && isHerUnitAlone(label, req.unit)));
  const styles = new Set<Style>(known.map(({ r, label }) => styleOf(req, r, label)).filter((s) => s !== 'none' && s !== 'bullet'));
  const out = new Map(known.map(({ r, label }) => [r, label]));
  rows.forEach(({ r, label }, i) => {
    if (roles[i] === 'item' && styles.has(styleOf(req, r, label)) && roles[i + 1] === 'line') out.set(r, label);
  });
  return out;
}

/** How a row is numbered: in the STT column, or at the head of its caption. */
function styleOf(req: PlanRequest, r: number, label: string): Style {
  const stt = req.located.sttCol === null ? '' : req.grid.text(r, req.located.sttCol);
  const mark = fold(stt || (/^\S+(?=\s)/.exec(label.trim())?.[0] ?? ''));
  if (/^[ivxlc]+[.)]?$/.test(mark)) return 'roman';
  if (/^\d+[.)]?$/.test(mark)) return 'arabic';
  if (/^\d+(\.\d+)+[.)]?$/.test(mark)) return 'decimal';
  if (/^[a-z][.)]$/.test(mark)) return 'letter';
  if (/^[-+*•–]$/.test(mark)) return 'bullet';
  return 'none';
}
