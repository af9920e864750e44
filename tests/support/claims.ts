// Small builders for claims in tests: figures in triệu, as the accountant reads them.
import type { Catalog, Line } from '../../shared/catalog';
import type { Capital, Claim, MoneyMeasure, Origin, Source } from '../../shared/claim';
import { dong } from '../../shared/money';
import { parseRate } from '../../shared/rate';
import { buildTree } from '../../shared/sheet/tree';

export const CATALOG: Catalog = {
  id: 't', program: 'P', name: 'Chương trình thử', period: { from: 2022, to: 2024 },
  nodes: [
    { code: 'P', parent: null, name: 'Chương trình' },
    { code: 'DA1', parent: 'P', name: 'Dự án 1' },
    { code: 'DA1.1', parent: 'DA1', name: 'Tiểu dự án 1.1' },
    { code: 'DA1.2', parent: 'DA1', name: 'Tiểu dự án 1.2' },
    { code: 'DA2', parent: 'P', name: 'Dự án 2' },
    { code: 'DA2.M', parent: 'DA2', name: 'Trong đó: ghi nhớ', memo: true },
  ],
};
export const LINES: Line[] = [{ program: 'P', code: 'DA2@UBND xã', parent: 'DA2', kind: 'unit', name: 'UBND xã' }];
export const TREE = buildTree(CATALOG, LINES);
export const ORIGINS: Origin[] = [
  { id: 'books', kind: 'books', label: 'Sổ kế toán', complete: true },
  { id: 'province', kind: 'province', label: 'Quyết định của tỉnh', complete: false },
  { id: 'report', kind: 'report', label: 'Báo cáo', complete: false },
];

interface Where {
  origin?: string;
  year?: number;
  years?: [number, number];
  unit?: string;
  capital?: Capital | null;
  source?: Source;
}

export function m(node: string, measure: MoneyMeasure, trieu: number, w: Where = {}): Claim {
  return {
    key: { ...base(node, w), measure },
    value: dong(Math.round(trieu * 1_000_000)), asOf: null, note: null,
  };
}

export function rate(node: string, text: string, w: Where = {}): Claim {
  const r = parseRate(text);
  if (!r.ok) throw new Error(r.reason);
  return { key: { ...base(node, w), measure: 'rate' }, value: r.value, asOf: null, note: null };
}

function base(node: string, w: Where) {
  const period = w.years ? { from: w.years[0], to: w.years[1] } : { from: w.year ?? 2023, to: w.year ?? 2023 };
  return {
    origin: w.origin ?? 'books', program: 'P', period, node, unit: w.unit ?? null,
    capital: w.capital === undefined ? 'SN' as const : w.capital, source: w.source ?? null,
  };
}
