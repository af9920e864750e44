// `sovon check` without --json: one line per finding (its suspect's flag first, then the flags
// of the same cause indented under it), then the counts.
import type { CheckReport } from '../../../shared/api';
import type { Flag } from '../../../shared/reconcile/flag';

const LABEL = { error: 'LỖI', warning: 'CẢNH BÁO', rounding: 'LÀM TRÒN' } as const;

export function formatFlags(report: CheckReport): string {
  const byId = new Map(report.flags.map((f) => [f.id, f]));
  const lines: string[] = [];
  for (const g of report.groups) {
    const [first, ...rest] = g.flags.map((id) => byId.get(id)!);
    lines.push(line(first!, ''));
    if (rest.length) lines.push(`          cùng nguyên nhân (${rest.length} cờ):`, ...rest.map((f) => line(f, '            ')));
  }
  const c = report.counts;
  lines.push(`${c.findings} phát hiện (${c.error} lỗi, ${c.warning} cảnh báo, ${c.rounding} làm tròn), ${c.explained} cờ đã giải trình.`);
  return lines.join('\n');
}

function line(f: Flag, indent: string): string {
  return `${indent}${LABEL[f.severity].padEnd(9)} ${f.message}${f.explained ? `\n${indent}          Đã giải trình: ${f.explained}` : ''}`;
}
