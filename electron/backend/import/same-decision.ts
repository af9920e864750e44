// The origin of the same decision the book already holds, for an import being previewed, with
// what differs said in the words the wizard and `sovon import` both show.
import type { SameDecisionView } from '../../../shared/api';
import { BOOKS_ORIGIN, type Claim, type Origin } from '../../../shared/claim';
import { IMPORT_SAME } from '../../../shared/i18n/import';
import { CAPITAL_LABEL, MEASURE_LABEL, SOURCE_LABEL } from '../../../shared/i18n/vi';
import { type DecisionDiff, type FigureChange, type KnownOrigin, type NewDocument, decisionDiff, findSameDocument, isIdentical } from '../../../shared/import/same-decision';
import { type Dong, formatMoney } from '../../../shared/money';
import { type Rate, formatRate } from '../../../shared/rate';
import type { Book } from '../book/book';

export interface SameDecision {
  origin: Origin;
  diff: DecisionDiff;
  view: SameDecisionView;
}

/** `names`: a line's name by its code, for the differences. */
export function sameDecisionIn(book: Book, program: string, doc: NewDocument, names: ReadonlyMap<string, string>): SameDecision | null {
  const origins = book.tables.origins().filter((o) => o.id !== BOOKS_ORIGIN);
  const known: KnownOrigin[] = origins.map((o) => {
    const d = book.tables.originDocument(o.id);
    return { id: o.id, label: o.label, number: d?.number ?? null, date: d?.date ?? null, fileName: d?.fileName ?? null, claims: book.claims.select({ program, origin: o.id }) };
  });
  const found = findSameDocument(known, doc);
  if (!found) return null;
  const origin = origins.find((o) => o.id === found.id)!;
  const diff = decisionDiff(found.claims, doc.claims);
  return {
    origin, diff,
    view: {
      origin: origin.id, label: origin.label,
      message: IMPORT_SAME.already(found.number, found.date, origin.label, found.fileName),
      identical: isIdentical(diff),
      counts: IMPORT_SAME.counts(diff),
      differences: diff.first.map((c) => differenceOf(c, names)),
    },
  };
}

function differenceOf(change: FigureChange, names: ReadonlyMap<string, string>): SameDecisionView['differences'][number] {
  const k = (change.after ?? change.before)!.key;
  const measure = [
    MEASURE_LABEL[k.measure], CAPITAL_LABEL[k.capital ?? 'ALL'], k.source ? SOURCE_LABEL[k.source] : '', k.unit ?? '',
  ].filter(Boolean).join(' · ');
  const name = names.get(k.node);
  return { line: name ? `${k.node} ${name.length > 60 ? `${name.slice(0, 60)}…` : name}` : k.node, measure, before: valueText(change.before), after: valueText(change.after) };
}

function valueText(c: Claim | null): string {
  if (c === null) return IMPORT_SAME.none;
  return c.key.measure === 'rate' ? `${formatRate(c.value as Rate)} %` : formatMoney(c.value as Dong, 'trieu', 6);
}
