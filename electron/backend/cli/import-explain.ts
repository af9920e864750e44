// `sovon import --explain`: the reading of the table as she would check it, in text: the rules
// that decided, each column's header cells with their roles and what the column is read as,
// each row's role (hers marked), and what the importer is unsure of.
import { quote } from '../../../shared/i18n/vi';
import { HEADER_ROLE_LABEL, ROW_ROLE_LABEL, columnMeaning, decisionText, doubtText } from '../../../shared/i18n/import';
import type { Reading } from '../../../shared/import/reading';
import { CLI_IMPORT } from '../../../shared/i18n/cli';

export function explainText(sheet: string, reading: Reading): string {
  return [
    CLI_IMPORT.readingOf(sheet),
    ...reading.decisions.map((d) => `  ${decisionText(d)}`),
    CLI_IMPORT.columns,
    ...reading.columns.map((c) => `  ${c.read ? '★' : ' '} ${c.at.padEnd(3)} ${c.header.map((h) => `${quote(h.text, 60)} [${HEADER_ROLE_LABEL[h.role]}]`).join(' › ')} → ${columnMeaning(c)}`),
    CLI_IMPORT.rows,
    ...reading.rows.map((r) => `  ${r.mine ? '★' : ' '} ${String(r.row).padEnd(4)} ${ROW_ROLE_LABEL[r.role].padEnd(20)} ${quote(r.caption, 70)}${r.node ? ` → ${r.node}` : ''}${r.sure ? '' : CLI_IMPORT.unsure}`),
    CLI_IMPORT.doubts(reading.doubts.length),
    ...reading.doubts.map((d) => `  - ${doubtText(d)}`),
  ].join('\n');
}
