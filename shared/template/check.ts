// A whole template checked at once: every cell's placeholders read, and the rules between them
// (a row repeats once; row fields and code-less figures only in a repeating row; codes and
// origins the book knows). Every problem is listed with its sheet and cell, so she fixes them
// all in one pass; a template with any problem is never saved.
import { TPL } from '../i18n/template';
import { parseCell } from './parse';
import type { Piece, Placeholder } from './syntax';

export interface TemplateCell {
  sheet: string;
  /** "C12" */
  address: string;
  row: number;
  text: string;
}

export interface CellPlan extends TemplateCell {
  pieces: Piece[];
}

export interface TemplateIssue {
  sheet: string;
  cell: string;
  source: string;
  reason: string;
}

/** What the book knows, to refuse a code or an origin it does not have. */
export interface BookVocabulary {
  nodes: ReadonlySet<string>;
  origins: ReadonlySet<string>;
  /** the codes of the book's other programmes, and theirs (a placeholder may name one) */
  programs?: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface TemplatePlan {
  cells: CellPlan[];
  /** by sheet, the rows that repeat and what over */
  repeats: Map<string, Map<number, Extract<Placeholder, { kind: 'repeat' }>>>;
  issues: TemplateIssue[];
}

export function checkTemplate(cells: readonly TemplateCell[], book?: BookVocabulary): TemplatePlan {
  const plan: TemplatePlan = { cells: [], repeats: new Map(), issues: [] };
  for (const cell of cells) {
    const { pieces, errors } = parseCell(cell.text);
    for (const e of errors) plan.issues.push({ sheet: cell.sheet, cell: cell.address, ...e });
    if (pieces.some((p) => 'placeholder' in p)) plan.cells.push({ ...cell, pieces });
  }
  findRepeats(plan);
  for (const cell of plan.cells) checkCell(plan, cell, book);
  if (plan.cells.length === 0 && plan.issues.length === 0) plan.issues.push({ sheet: '', cell: '', source: '', reason: TPL.nothing });
  return plan;
}

function findRepeats(plan: TemplatePlan): void {
  for (const cell of plan.cells) {
    for (const p of placeholders(cell)) {
      if (p.placeholder.kind !== 'repeat') continue;
      const rows = plan.repeats.get(cell.sheet) ?? new Map();
      plan.repeats.set(cell.sheet, rows);
      if (rows.has(cell.row)) issue(plan, cell, p.source, TPL.twoRepeats);
      else rows.set(cell.row, p.placeholder);
    }
  }
}

function checkCell(plan: TemplatePlan, cell: CellPlan, book: BookVocabulary | undefined): void {
  const repeat = plan.repeats.get(cell.sheet)?.get(cell.row);
  for (const { placeholder: p, source } of placeholders(cell)) {
    if (p.kind === 'field' && !repeat) issue(plan, cell, source, TPL.fieldOutside);
    if (p.kind === 'figure') {
      if (p.node === null && !repeat) issue(plan, cell, source, TPL.nodeMissing);
      if (p.node === null && repeat?.list === 'years') issue(plan, cell, source, TPL.yearRowNoNode);
      const nodes = book && (p.program === null ? book.nodes : book.programs?.get(p.program));
      if (book && p.program !== null && !nodes) issue(plan, cell, source, TPL.unknownProgram(p.program, [...(book.programs?.keys() ?? [])]));
      if (nodes && p.node && p.node !== '*' && !nodes.has(p.node)) issue(plan, cell, source, TPL.unknownNode(p.node));
      if (book && p.origin && !book.origins.has(p.origin)) issue(plan, cell, source, TPL.unknownOrigin(p.origin));
    }
    if (p.kind === 'repeat' && book && p.of && p.of !== '*' && !book.nodes.has(p.of)) issue(plan, cell, source, TPL.unknownNode(p.of));
  }
}

function placeholders(cell: CellPlan): { placeholder: Placeholder; source: string }[] {
  return cell.pieces.filter((p): p is { placeholder: Placeholder; source: string } => 'placeholder' in p);
}

function issue(plan: TemplatePlan, cell: TemplateCell, source: string, reason: string): void {
  plan.issues.push({ sheet: cell.sheet, cell: cell.address, source, reason });
}

/** One line per issue, as the CLI prints them and the dialog lists them. */
export function issueText(i: TemplateIssue): string {
  return i.cell ? TPL.at(i.sheet, i.cell, i.source, i.reason) : i.reason;
}
