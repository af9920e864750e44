// `sovon check` without --json: one line per finding (its suspect's flag first, then the flags
// of the same cause indented under it), then the counts.
import type { CheckReport } from '../../../shared/api';
import type { Flag } from '../../../shared/reconcile/flag';
import { CLI_CHECK } from '../../../shared/i18n/cli';

export function formatFlags(report: CheckReport): string {
  const byId = new Map(report.flags.map((f) => [f.id, f]));
  const lines: string[] = [];
  for (const g of report.groups) {
    const [first, ...rest] = g.flags.map((id) => byId.get(id)!);
    lines.push(line(first!, ''));
    if (rest.length) lines.push(`          ${CLI_CHECK.sameCause(rest.length)}`, ...rest.map((f) => line(f, '            ')));
  }
  lines.push(CLI_CHECK.counts(report.counts));
  return lines.join('\n');
}

function line(f: Flag, indent: string): string {
  return `${indent}${CLI_CHECK.severity[f.severity].padEnd(9)} ${f.message}${f.explained ? `\n${indent}          ${CLI_CHECK.explained(f.explained)}` : ''}`;
}
