// What Sổ Vốn says about implementing units, their validity and their successors (issue 31).
import { quote, viDate } from './vi';

export const UNITS_MSG = {
  unknownUnit: (name: string, known: readonly string[]) =>
    `Không có đơn vị ${quote(name)} trong sổ.${known.length ? ` Các đơn vị có: ${known.slice(0, 12).map((n) => quote(n)).join(', ')}${known.length > 12 ? '…' : ''}.` : ''}`,
  badDate: (option: string, text: string) => `${option} ${quote(text)} không phải là một ngày (viết 30/06/2025 hoặc 2025-06-30).`,
  endsBeforeStart: (name: string, from: string, to: string) =>
    `Đơn vị ${quote(name)}: ngày kết thúc ${viDate(to)} trước ngày bắt đầu ${viDate(from)}.`,
  ownSuccessor: (name: string) => `Đơn vị ${quote(name)} không thể là đơn vị kế thừa của chính nó.`,
  successorsNeedEnd: (name: string) =>
    `Đơn vị ${quote(name)} chưa có ngày kết thúc: đơn vị kế thừa chỉ có khi đơn vị cũ đã thôi; ghi ngày kết thúc (ví dụ 30/06/2025) cùng với đơn vị kế thừa.`,
  successorEndedFirst: (name: string, successor: string, to: string) =>
    `Đơn vị kế thừa ${quote(successor)} đã thôi từ ${viDate(to)}, trước khi ${quote(name)} thôi.`,
  /** `sovon units`: one line per unit */
  line: (u: { name: string; from: string | null; to: string | null; successors: readonly string[] }) =>
    [
      u.name,
      u.from || u.to ? `${u.from ? `từ ${viDate(u.from)}` : ''}${u.from && u.to ? ' ' : ''}${u.to ? `đến ${viDate(u.to)}` : ''}` : 'đang hoạt động',
      u.successors.length ? `kế thừa: ${u.successors.join(', ')}` : '',
    ].filter(Boolean).join('\t'),
  none: 'Sổ chưa có đơn vị thực hiện nào (thêm bằng Dòng > Thêm đơn vị thực hiện, hoặc sovon units set).',
  set: (name: string) => `Đã ghi thời hạn và đơn vị kế thừa của ${quote(name)}.`,
  /** `sovon units report`: a group named by the units that run on, with those they took over */
  lineage: (heirs: readonly string[], members: readonly string[]) => {
    const before = members.filter((m) => !heirs.includes(m));
    return `${heirs.join(', ')}${before.length ? ` (gồm ${before.join(', ')})` : ''}`;
  },
  reportHead: (measure: string) => `Đơn vị (${measure}, triệu đồng)`,
  noUnitFigures: 'Không có số liệu của đơn vị thực hiện nào trong các năm này.',
  badMeasure: (m: string) => `Chỉ tiêu "${m}" không dùng được ở đây (dùng carry_in, allocated, adjusted, available, disbursed, cancelled, carry_out).`,
  usage: 'Dùng: sovon units SỔ [--json] | sovon units set SỔ --name "TÊN" [--from NGÀY] [--to NGÀY] [--successor "TÊN"]… [--no-successor] | sovon units report SỔ --years 2024-2026 [--program MÃ] [--measure disbursed] [--json]',
} as const;
