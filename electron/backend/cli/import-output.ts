// `sovon import`: what was read, as JSON (the contract) or as lines she can read.
import { CAPITALS, type Capital, type Claim, SOURCES, type Source } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { type Rate, formatRate } from '../../../shared/rate';
import { type Dong, SCALE_NAMES, type Scale, formatMoney } from '../../../shared/money';
import type { ImportPreview } from '../import/import-file';
import { UserError } from '../user-error';

import { IMPORT_LAYOUT_LABEL as LAYOUT } from '../../../shared/i18n/import';

type Committed = { claims: number; toBooks: number } | null;

export function importJson(p: ImportPreview, committed: Committed) {
  return {
    committed: committed !== null,
    copiedToBooks: committed?.toBooks ?? 0,
    file: p.file, sheet: p.sheet, layout: p.plan.layout, title: p.title.title, decision: p.title.decision,
    year: p.year, capital: p.capital, source: p.source, titleSource: p.titleSource, scale: p.scale, unit: p.plan.unit, units: p.plan.units,
    origin: p.origin, importedAs: p.importedAs?.id ?? null,
    mapping: p.plan.mappings,
    reading: p.plan.reading,
    claims: p.claims.map((c) => ({
      node: c.key.node, unit: c.key.unit, capital: c.key.capital, source: c.key.source, measure: c.key.measure, year: c.key.period.from, value: valueOf(c), note: c.note,
    })),
    flags: p.flags,
  };
}

/** Money in đồng as a JSON number, a rate as the interchange format writes it ("99,91"). */
const valueOf = (c: Claim) => (c.key.measure === 'rate' ? formatRate(c.value as Rate) : Number(c.value));
const shown = (c: Claim) => (c.key.measure === 'rate' ? `${formatRate(c.value as Rate)} %` : `${formatMoney(c.value as Dong, 'trieu')} triệu đồng`);

export function importText(p: ImportPreview, committed: Committed): string {
  const lines = [
    `${p.file}, trang "${p.sheet}": ${LAYOUT[p.plan.layout]}; đơn vị "${p.plan.unit}"; năm ${p.year}; ${p.capital ? `vốn ${p.capital}` : 'loại vốn theo cột'}.`,
    ...p.plan.lines.map((l) => `  công trình mới ${l.code} dưới ${l.parent}: ${l.name}`),
    `Nguồn: ${p.origin.label}.`,
    ...p.claims.map((c) => `  ${c.key.node.padEnd(8)} ${c.key.unit ? `${c.key.unit} ` : ''}${MEASURE_LABEL[c.key.measure]} ${CAPITAL_LABEL[c.key.capital ?? 'ALL']} ${shown(c)}  (${c.note})`),
    p.flags.length ? `${p.flags.length} cờ đối chiếu:` : 'Không có cờ đối chiếu nào.',
    ...p.flags.map((f) => `  ${f.message}`),
    committed ? `Đã nhập ${p.claims.length} số liệu${committed.toBooks ? `; đã chép ${committed.toBooks} số giao vào sổ kế toán` : ''}.` : 'Chạy thử: sổ không thay đổi.',
  ];
  return lines.join('\n');
}

export function capitalArg(text: string): Capital {
  if (!(CAPITALS as readonly string[]).includes(text)) throw new UserError(`loại vốn "${text}" không hợp lệ: dùng DT hoặc SN.`);
  return text as Capital;
}

/** `--source NSTW|NSDP|HUY_DONG|LONG_GHEP`, or `none`: every source together. */
export function sourceArg(text: string): Source | 'none' {
  if (text === 'none' || (SOURCES as readonly string[]).includes(text)) return text as Source | 'none';
  throw new UserError(`nguồn vốn "${text}" không hợp lệ: dùng ${SOURCES.join(', ')} hoặc none (không tách nguồn).`);
}

export function scaleArg(text: string): Scale {
  if (!(SCALE_NAMES as readonly string[]).includes(text)) throw new UserError(`đơn vị "${text}" không hợp lệ: dùng ${SCALE_NAMES.join(', ')}.`);
  return text as Scale;
}
