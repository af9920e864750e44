// The reconciliation rules, as data: a stable id (explanations and tests hold on to it), the
// kind of check, a severity, and the Vietnamese message. The checks themselves are in checks/.
import type { Severity } from './flag';

export const RULE_IDS = [
  'hierarchy-sum', 'capital-split', 'source-split', 'flow-available', 'flow-carry-out',
  'year-chain', 'year-chain-successor', 'year-chain-missing', 'period-sum', 'rate', 'bound-disbursed', 'bound-negative', 'cross-origin',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface MessageParts {
  /** "DA7.1 · Vốn SN · Giải ngân · năm 2023 (Sổ kế toán đơn vị)" */
  where: string;
  found: string;
  expected: string;
  difference: string;
  /** the other origin, for cross-origin matches */
  counterpart: string;
  /** what a rate was taken on: "tổng được sử dụng", or "kế hoạch vốn giao" */
  rateBase: string;
}

export interface RuleDef {
  id: RuleId;
  kind: 'hierarchy' | 'split' | 'flow' | 'chain' | 'period' | 'rate' | 'bound' | 'cross-origin';
  severity: Exclude<Severity, 'rounding'>;
  title: string;
  message: (m: MessageParts) => string;
}

const diff = (m: MessageParts) => `chênh ${m.difference}`;

export const RULES: Record<RuleId, RuleDef> = {
  'hierarchy-sum': {
    id: 'hierarchy-sum', kind: 'hierarchy', severity: 'error', title: 'Tổng không bằng các dòng con',
    message: (m) => `${m.where}: ghi ${m.found} nhưng cộng các dòng con được ${m.expected} (${diff(m)}).`,
  },
  'capital-split': {
    id: 'capital-split', kind: 'split', severity: 'error', title: 'Cộng không bằng vốn ĐT + vốn SN',
    message: (m) => `${m.where}: ghi ${m.found} nhưng vốn ĐT + vốn SN = ${m.expected} (${diff(m)}).`,
  },
  'source-split': {
    id: 'source-split', kind: 'split', severity: 'error', title: 'Tổng không bằng các nguồn vốn',
    message: (m) => `${m.where}: ghi ${m.found} nhưng cộng các nguồn (NSTW, NSĐP, ...) được ${m.expected} (${diff(m)}).`,
  },
  'flow-available': {
    id: 'flow-available', kind: 'flow', severity: 'error', title: 'Tổng được sử dụng ≠ chuyển nguồn + giao + điều chỉnh',
    message: (m) => `${m.where}: ghi ${m.found} nhưng chuyển nguồn + giao + điều chỉnh = ${m.expected} (${diff(m)}).`,
  },
  'flow-carry-out': {
    id: 'flow-carry-out', kind: 'flow', severity: 'error', title: 'Chuyển sang năm sau ≠ được sử dụng − giải ngân − hủy',
    message: (m) => `${m.where}: ghi ${m.found} nhưng tổng được sử dụng − giải ngân − hủy = ${m.expected} (${diff(m)}).`,
  },
  'year-chain': {
    id: 'year-chain', kind: 'chain', severity: 'error', title: 'Chuyển nguồn không khớp năm trước',
    message: (m) => `${m.where}: chuyển nguồn ghi ${m.found} nhưng năm trước chuyển sang ${m.expected} (${diff(m)}).`,
  },
  'year-chain-successor': {
    id: 'year-chain-successor', kind: 'chain', severity: 'error', title: 'Chuyển nguồn không khớp đơn vị trước khi sắp xếp',
    message: (m) => `${m.where}: các đơn vị kế thừa ghi chuyển nguồn cộng ${m.found} nhưng năm trước các đơn vị cũ và đơn vị kế thừa chuyển sang ${m.expected} (${diff(m)}).`,
  },
  'year-chain-missing': {
    id: 'year-chain-missing', kind: 'chain', severity: 'warning', title: 'Chưa ghi chuyển nguồn từ năm trước',
    message: (m) => `${m.where}: năm trước chuyển sang ${m.expected} nhưng năm nay chưa ghi chuyển nguồn.`,
  },
  'period-sum': {
    id: 'period-sum', kind: 'period', severity: 'error', title: 'Số cả giai đoạn không bằng cộng các năm',
    message: (m) => `${m.where}: ghi ${m.found} nhưng cộng các năm được ${m.expected} (${diff(m)}).`,
  },
  rate: {
    id: 'rate', kind: 'rate', severity: 'error', title: 'Tỷ lệ giải ngân không đúng',
    message: (m) => `${m.where}: tỷ lệ ghi ${m.found} nhưng giải ngân / ${m.rateBase} = ${m.expected} (${diff(m)}).`,
  },
  'bound-disbursed': {
    id: 'bound-disbursed', kind: 'bound', severity: 'error', title: 'Giải ngân vượt số được sử dụng',
    message: (m) => `${m.where}: giải ngân ${m.found} vượt tổng được sử dụng ${m.expected} (${diff(m)}).`,
  },
  'bound-negative': {
    id: 'bound-negative', kind: 'bound', severity: 'warning', title: 'Số âm',
    message: (m) => `${m.where}: số âm ${m.found}; chỉ điều chỉnh mới được âm.`,
  },
  'cross-origin': {
    id: 'cross-origin', kind: 'cross-origin', severity: 'error', title: 'Hai nguồn số liệu không khớp',
    message: (m) => `${m.where}: ghi ${m.found} nhưng ${m.counterpart} có ${m.expected} (${diff(m)}).`,
  },
};
