// `sovon treasury import|check|list|map`: Đối chiếu với Kho bạc from the command line, through the
// same calls as the window (docs/kho-bac.md).
import { basename } from 'node:path';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { dong, formatMoney } from '../../../shared/money';
import type { Capital } from '../../../shared/claim';
import { CAPITALS } from '../../../shared/claim';
import { resolveFromCwd } from '../book/book-path';
import { readBytes } from '../import/read-workbook';
import { UserError } from '../user-error';
import { defaultProgram, need, withBook } from './book-args';
import type { CliIo, CliOptions } from './cli-io';

export async function treasuryCommand([verb, file, statement]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (verb === 'import') {
    const bytes = readBytes(resolveFromCwd(need(statement, TREASURY_MSG.fileArg)));
    return withBook(file, async (service) => {
      const read = await service.call('importTreasury', {
        program: o.program ?? defaultProgram(service), period: need(o.period, '--period'), fileName: basename(statement!),
        data: bytes.toString('base64'), ...(o.sheet && { sheet: o.sheet }), dryRun: o['dry-run'] ?? false,
      });
      const said = read.written ? TREASURY_MSG.imported : TREASURY_MSG.wouldImport;
      io.out(o.json ? JSON.stringify(read, null, 2) : [
        ...read.rows.map((r) => `${r.key}\t${r.node}\t${CAPITAL_LABEL[r.capital]}${r.mapped ? '' : `\t${TREASURY_MSG.byContent}`}\t${r.content}`),
        said(read.rows.length, read.claims, read.period.label),
      ].join('\n'));
      return 0;
    }, o['dry-run'] ? 'read' : 'write');
  }
  if (verb === 'check') {
    return withBook(file, async (service) => {
      const res = await service.call('treasuryCheck', { program: o.program ?? defaultProgram(service), period: need(o.period, '--period') });
      io.out(o.json ? JSON.stringify({ period: res.period.id, rows: res.rows, flags: res.flags }, null, 2) : [
        ...res.rows.map((r) => [r.keys.join(', ') || '—', r.node, CAPITAL_LABEL[r.capital ?? 'ALL'], MEASURE_LABEL[r.measure],
          money(r.treasury), r.books === null ? '—' : money(r.books), r.difference === null ? '' : money(r.difference)].join('\t')),
        ...res.flags.map((f) => f.message),
      ].join('\n'));
      return 0;
    }, 'read');
  }
  if (verb === 'list') {
    return withBook(file, async (service) => {
      const { periods } = await service.call('treasuryList', { program: o.program ?? defaultProgram(service) });
      io.out(o.json ? JSON.stringify({ periods }, null, 2) : periods.map((p) => `${p.id}\t${p.label}\t${p.stateLabel}`).join('\n'));
      return 0;
    }, 'read');
  }
  if (verb === 'lock') {
    return withBook(file, async (service) => {
      const res = await service.call('lockTreasury', { program: o.program ?? defaultProgram(service), period: need(o.period, '--period'), ...(o.by && { by: o.by }) });
      io.out(o.json ? JSON.stringify(res, null, 2) : TREASURY_MSG.locked(res.period.label, res.rows, res.differences));
      return 0;
    });
  }
  if (verb === 'map') {
    const capital = o.capital === undefined ? undefined : capitalArg(o.capital);
    return withBook(file, async (service) => {
      const key = need(o.key, '--key');
      await service.call('mapTreasury', { program: o.program ?? defaultProgram(service), key, node: o.remove ? null : need(o.line, '--line'), ...(capital && { capital }) });
      io.out(o.remove ? TREASURY_MSG.unmappedDone(key) : TREASURY_MSG.mapped(key, o.line!, CAPITAL_LABEL[capital ?? 'SN']));
      return 0;
    });
  }
  throw new UserError(TREASURY_MSG.usage);
}

const money = (d: number) => formatMoney(dong(d), 'dong');

function capitalArg(text: string): Capital {
  if (!(CAPITALS as readonly string[]).includes(text)) throw new UserError(TREASURY_MSG.usage);
  return text as Capital;
}
