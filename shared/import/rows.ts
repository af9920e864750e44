// The rows of a contents table read as the book's rows: a catalogue node (by numbering or name,
// match.ts), one of her own lines under the section just read ("- Sửa chữa trường THCS xã Mường
// So" under Tiểu dự án 1), or an implementing unit's share of that section ("- Trung tâm DVNN"
// under Dự án 2: her unit line), as her book names them. A caption nothing reads stays unmapped for her to set.
import type { Line } from '../catalog';
import { fold } from './grid';
import { type CatalogMatcher, MEMO } from './match';
import { type Mapping, type PlanRequest, corrected, guess } from './plan-model';

export function rowMappings(req: PlanRequest, matcher: CatalogMatcher): Mapping[] {
  const { grid, located } = req;
  const mappings: Mapping[] = [];
  let project: string | null = null;
  // the catalogue node or line the rows below belong to
  let section: string | null = null;
  for (const r of located.dataRows) {
    const label = grid.text(r, located.labelCol);
    if (!label || MEMO.test(fold(label))) continue;
    const own = section === null ? null : ownRow(req, section, label);
    const read = own ?? asUnitShare(req, { ...guess(matcher.match([label], project)), unit: null });
    const mapping = corrected(req, { at: String(r), label, ...read, capital: req.capital });
    if (mapping.node && !mapping.unit) {
      if (!isLine(req, mapping.node)) project = matcher.projectOf(mapping.node) ?? project;
      section = mapping.node;
    }
    mappings.push(mapping);
  }
  return mappings;
}

/** Her line under `section` (or under its parent line); a unit line is that unit's share of
 * its parent node. */
function ownRow(req: PlanRequest, section: string, label: string): Pick<Mapping, 'node' | 'unit' | 'sure' | 'corrected'> | null {
  const name = bare(label);
  const lines = req.lines ?? [];
  const parents = new Set([section, lines.find((l) => l.code === section)?.parent].filter(Boolean));
  const line = lines.find((l) => parents.has(l.parent) && bare(l.name) === name);
  if (!line) return null;
  return line.kind === 'unit'
    ? { node: line.parent, unit: line.name, sure: true, corrected: false }
    : { node: line.code, unit: null, sure: true, corrected: false };
}

/** The catalogue the matcher reads holds her unit lines ("DA2@Trung tâm DVNN") by name: such a
 * row is the unit's share of the node, as claims name it. */
function asUnitShare(req: PlanRequest, read: Pick<Mapping, 'node' | 'unit' | 'sure' | 'corrected'>): Pick<Mapping, 'node' | 'unit' | 'sure' | 'corrected'> {
  const line = read.node?.includes('@') ? (req.lines ?? []).find((l) => l.code === read.node && l.kind === 'unit') : undefined;
  return line ? { ...read, node: line.parent, unit: line.name } : read;
}

function isLine(req: PlanRequest, code: string): boolean {
  return (req.lines ?? []).some((l: Line) => l.code === code);
}

/** The caption without its bullet or numbering: "- Trung tâm DVNN", "a) Đào tạo nghề". */
function bare(text: string): string {
  return fold(text).replace(/^([-+*•–]|[a-z\d]{1,3}[.)])\s*/, '').trim();
}
