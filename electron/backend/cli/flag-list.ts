// `sovon check` without --json: one line per flag, then the counts.
import type { CheckReport } from '../../../shared/api';

const LABEL = { error: 'LỖI', warning: 'CẢNH BÁO', rounding: 'LÀM TRÒN' } as const;

export function formatFlags(report: CheckReport): string {
  const lines = report.flags.map((f) => `${LABEL[f.severity].padEnd(9)} ${f.message}${f.explained ? `\n          Đã giải trình: ${f.explained}` : ''}`);
  const c = report.counts;
  lines.push(`${c.error} lỗi, ${c.warning} cảnh báo, ${c.rounding} làm tròn, ${c.explained} đã giải trình.`);
  return lines.join('\n');
}
