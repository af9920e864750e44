// The rows of a contents table read as the book's rows: a catalogue node (by numbering or name,
// match.ts), one of her own lines under the section just read ("- Sửa chữa trường THCS xã Mường
// So" under Tiểu dự án 1), or an implementing unit's share of that section ("- Trung tâm DVNN"
// under Dự án 2: her unit line), as her book names them. A caption nothing reads stays unmapped for her to set.
import { caption } from './locate';
import type { Capital } from '../claim';
import type { Line } from '../catalog';
import { readHeaderWord } from './header-words';
import { fold } from './grid';
import { type CatalogMatcher, MEMO } from './match';
import { type Mapping, type PlanRequest, corrected, guess } from './plan-model';

export function rowMappings(req: PlanRequest, matcher: CatalogMatcher): Mapping[] {
  const { grid, located } = req;
  const mappings: Mapping[] = [];
  let project: string | null = null;
  // the catalogue node or line the rows below belong to
  let section: string | null = null;
  // "A. Vốn đầu tư phát triển", "B. Vốn sự nghiệp": the capital type of the rows below, when the table has such sections
  const sections = located.dataRows.some((r) => capitalSection(caption(grid, located, r), matcher) !== null && !bulleted(req, r));
  let capital: Capital | null = null;
  for (const r of located.dataRows) {
    const label = caption(grid, located, r);
    if (!label || MEMO.test(fold(label))) continue;
    const named = capitalSection(label, matcher);
    // "* Vốn đầu tư phát triển" under a line is that line's capital share, not a new section
    if (named && bulleted(req, r) && section !== null && !isLine(req, section)) {
      mappings.push({ at: String(r), label, node: section, sure: true, corrected: false, capital: req.capital, section: named });
      continue;
    }
    if (named) {
      [capital, project, section] = [named, null, null];
      mappings.push({ at: String(r), label, node: matcher.rootCode, sure: true, corrected: false, capital: req.capital, section: named });
      continue;
    }
    const own = section === null ? null : ownRow(req, section, label);
    const read = own ?? asUnitShare(req, { ...guess(matcher.match([label], project)), unit: null });
    // the same name again right under its project's row: the sub-project that bears it
    const child = read.node !== null && read.node === section ? matcher.sameNamedChild(read.node, label) : null;
    if (child) read.node = child;
    // the table's total, above the sections or below them, is every capital's
    const inSection = matcher.isTotal(label) ? null : capital;
    const mapping = corrected(req, { at: String(r), label, ...read, capital: req.capital, ...(sections && { section: inSection }) });
    if (mapping.node && !mapping.unit) {
      if (!isLine(req, mapping.node)) project = matcher.projectOf(mapping.node) ?? project;
      section = mapping.node;
    }
    mappings.push(mapping);
  }
  return mappings;
}

/** A row marked as a part ("*", "-", "+" in its STT or before its caption), not numbered as a section. */
function bulleted(req: PlanRequest, r: number): boolean {
  const stt = req.located.sttCol === null ? '' : req.grid.text(r, req.located.sttCol);
  const mark = stt || (/^\S+(?=\s)/.exec(caption(req.grid, req.located, r))?.[0] ?? '');
  return /^[-+*•–]$/.test(mark.trim()) || mark.trim() === '';
}

/** A row that is a capital type's section ("A | VỐN ĐẦU TƯ PHÁT TRIỂN", "B. DỰ TOÁN KINH PHÍ SỰ
 * NGHIỆP"): words of money naming a capital, and no line's name, however near. */
function capitalSection(caption: string, matcher: CatalogMatcher): Capital | null {
  if (!caption) return null;
  const word = readHeaderWord(caption.replace(/^\s*[A-D][.)]?\s+/, ''), matcher);
  return word.role === 'money' && word.capital && matcher.match([caption]) === null ? word.capital : null;
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
