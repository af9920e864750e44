// From a finding to the flag she reads: severity (rounding when rounding explains it), the
// Vietnamese message with figures in triệu đồng, and the keys of the claims involved.
import { CAPITAL_LABEL, MEASURE_LABEL, viDate } from '../i18n/vi';
import { type Dong, formatMoney } from '../money';
import { formatRate, rateToNumber } from '../rate';
import { periodLabel } from '../claim';
import type { Tree } from '../sheet/tree';
import type { Finding, Site, Value } from './context';
import { type Flag, type Severity, claimRef, flagId } from './flag';
import { RULES } from './rules';

const TRIEU = 1_000_000;
const ON_PLAN = ' Tỷ lệ tính trên kế hoạch vốn giao: tài liệu không cho biết tổng được sử dụng.';

export function toFlag(site: Site, f: Finding, tree: Tree, explained: ReadonlyMap<string, string>): Flag {
  const id = flagId(f.rule, site.claim.key, f.counterpart?.id);
  const found = numberOf(f.found);
  const expected = numberOf(f.expected);
  const difference = differenceOf(f.found, f.expected);
  const message = RULES[f.rule].message({
    where: where(site, tree),
    found: text(f.found),
    expected: text(f.expected),
    difference: f.found.kind === 'money' ? `${formatMoney(difference as Dong, 'trieu')} triệu đồng` : `${String(difference).replace('.', ',')} điểm %`,
    counterpart: f.counterpart?.label ?? '',
    rateBase: f.onPlan ? 'kế hoạch vốn giao' : 'tổng được sử dụng',
  }) + (f.onPlan && f.rule !== 'rate' ? ON_PLAN : '');
  const seen = new Set<string>();
  const claims = [site.claim, ...f.involved].map((c) => claimRef(c.key)).filter((r) => {
    const k = JSON.stringify(r);
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { id, rule: f.rule, severity: severityOf(f), message, expected, found, difference, explained: explained.get(id) ?? null, claims };
}

function severityOf(f: Finding): Severity {
  const rule = RULES[f.rule];
  if (rule.kind === 'bound') return rule.severity;
  if (f.rounding || wholeTrieuRounding(f)) return 'rounding';
  return rule.severity;
}

/** Figures written in whole triệu whose parts were each rounded: each part may carry half a
 * triệu of rounding, so the total may be off by that much per part. */
function wholeTrieuRounding(f: Finding): boolean {
  if (f.found.kind !== 'money' || f.expected.kind !== 'money') return false;
  if (f.found.dong % TRIEU !== 0) return false;
  const diff = Math.abs(f.found.dong - f.expected.dong);
  return diff > 0 && diff <= Math.max(1, f.involved.length) * (TRIEU / 2);
}

function where(site: Site, tree: Tree): string {
  const k = site.claim.key;
  const row = tree.byId.get(site.cell.rowId);
  const name = row ? (row.kind === 'unit' ? `${k.node} · ${row.label}` : row.code || row.label) : k.node;
  const capital = CAPITAL_LABEL[k.capital ?? 'ALL'];
  const source = k.source ? ` · ${k.source}` : '';
  const asOf = site.claim.asOf ? ` đến ngày ${viDate(site.claim.asOf)}` : '';
  return `${name} · ${capital}${source} · ${MEASURE_LABEL[k.measure]} · năm ${periodLabel(k.period)}${asOf} (${site.origin.label})`;
}

function text(v: Value): string {
  return v.kind === 'money' ? `${formatMoney(v.dong, 'trieu')} triệu đồng` : `${formatRate(v.rate)}%`;
}

function numberOf(v: Value): number {
  return v.kind === 'money' ? v.dong : rateToNumber(v.rate);
}

function differenceOf(found: Value, expected: Value): number {
  if (found.kind === 'money' && expected.kind === 'money') return found.dong - expected.dong;
  if (found.kind === 'rate' && expected.kind === 'rate') {
    const d = Math.max(found.rate.decimals, expected.rate.decimals);
    return Number((rateToNumber(found.rate) - rateToNumber(expected.rate)).toFixed(d));
  }
  return 0;
}
