// `sovon import`: what was read, as JSON (the contract) or as lines she can read.
import { CAPITALS, type Capital, type Claim, type Origin, SOURCES, type Source } from '../../../shared/claim';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { type Rate, formatRate } from '../../../shared/rate';
import { type Dong, SCALE_NAMES, type Scale, formatMoney } from '../../../shared/money';
import type { ImportPreview } from '../import/import-file';
import { UserError } from '../user-error';

import { IMPORT_LAYOUT_LABEL as LAYOUT, sameDecisionDetails } from '../../../shared/i18n/import';
import { CLI, CLI_IMPORT } from '../../../shared/i18n/cli';

type Committed = { claims: number; toBooks: number; origin: Origin } | null;

export function importJson(p: ImportPreview, committed: Committed) {
  return {
    committed: committed !== null,
    copiedToBooks: committed?.toBooks ?? 0,
    file: p.file, sheet: p.sheet, program: p.program, layout: p.plan.layout, title: p.title.title, decision: p.title.decision,
    year: p.year, capital: p.capital, source: p.source, titleSource: p.titleSource, scale: p.scale, unit: p.plan.unit, units: p.plan.units,
    origin: committed?.origin ?? p.origin, importedAs: p.importedAs?.id ?? null, sameDecision: p.sameDecision?.view ?? null,
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
const shown = (c: Claim) => (c.key.measure === 'rate' ? `${formatRate(c.value as Rate)} %` : CLI_IMPORT.trieu(formatMoney(c.value as Dong, 'trieu')));

export function importText(p: ImportPreview, committed: Committed, asked?: string): string {
  const lines = [
    CLI_IMPORT.read(p.file, p.sheet, LAYOUT[p.plan.layout], p.plan.unit, p.year, p.capital),
    ...(asked !== undefined && asked !== p.program ? [CLI_IMPORT.program(p.program)] : []),
    ...p.plan.lines.map((l) => CLI_IMPORT.newWork(l.code, l.parent, l.name)),
    CLI_IMPORT.origin((committed?.origin ?? p.origin).label),
    ...(p.sameDecision ? [p.sameDecision.view.message, ...sameDecisionDetails(p.sameDecision.view).map((d) => `  ${d}`)] : []),
    ...p.claims.map((c) => `  ${c.key.node.padEnd(8)} ${c.key.unit ? `${c.key.unit} ` : ''}${MEASURE_LABEL[c.key.measure]} ${CAPITAL_LABEL[c.key.capital ?? 'ALL']} ${shown(c)}  (${c.note})`),
    CLI_IMPORT.flags(p.flags.length),
    ...p.flags.map((f) => `  ${f.message}`),
    committed ? CLI_IMPORT.done(p.claims.length, committed.toBooks) : CLI_IMPORT.dryRun,
  ];
  return lines.join('\n');
}

export function capitalArg(text: string): Capital {
  if (!(CAPITALS as readonly string[]).includes(text)) throw new UserError(CLI.badCapital(text));
  return text as Capital;
}

/** `--source NSTW|NSDP|HUY_DONG|LONG_GHEP`, or `none`: every source together. */
export function sourceArg(text: string): Source | 'none' {
  if (text === 'none' || (SOURCES as readonly string[]).includes(text)) return text as Source | 'none';
  throw new UserError(CLI.badSource(text, SOURCES));
}

export function scaleArg(text: string): Scale {
  if (!(SCALE_NAMES as readonly string[]).includes(text)) throw new UserError(CLI.badScale(text, SCALE_NAMES));
  return text as Scale;
}
