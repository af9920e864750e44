// What every `sovon` command is given: its options as parsed, and where it writes. Apart from
// main.ts, which dispatches to the commands, so the commands do not import their dispatcher.
import { parseArgs } from 'node:util';

const OPTIONS = {
  unit: { type: 'string' },
  demo: { type: 'boolean' },
  year: { type: 'string' },
  program: { type: 'string' },
  origin: { type: 'string' },
  project: { type: 'string' },
  json: { type: 'boolean' },
  node: { type: 'string' },
  capital: { type: 'string' },
  source: { type: 'string' },
  measure: { type: 'string' },
  value: { type: 'string' },
  scale: { type: 'string' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  'allow-negative': { type: 'boolean' },
  sheet: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'to-books': { type: 'boolean' },
  explain: { type: 'boolean' },
  yes: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  date: { type: 'string' },
  origins: { type: 'string' },
  measures: { type: 'string' },
  template: { type: 'string' },
  years: { type: 'string' },
  name: { type: 'string' },
  replace: { type: 'string' },
  'keep-both': { type: 'string' },
  // sovon new: the unit's settings, as Tệp > Mới asks them
  parent: { type: 'string' },
  'unit-code': { type: 'string' },
  code: { type: 'string' },
  line: { type: 'string' },
  run: { type: 'boolean' },
  preparer: { type: 'string' },
  'chief-accountant': { type: 'string' },
  head: { type: 'string' },
  // sovon units set: a unit's validity and successors
  from: { type: 'string' },
  to: { type: 'string' },
  successor: { type: 'string', multiple: true },
  'no-successor': { type: 'boolean' },
  // sovon treasury: the period of a reconciliation, a Treasury key and its line
  period: { type: 'string' },
  key: { type: 'string' },
  remove: { type: 'boolean' },
  by: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliOptions = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
