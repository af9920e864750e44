// `sovon templates BOOK [--json]`, `sovon templates add BOOK FILE.xlsx`, and `sovon export BOOK
// --template ID|FILE.xlsx`: the same calls the Tệp and Cài đặt dialogs make.
import path from 'node:path';
import { BOOKS_ORIGIN } from '../../../shared/claim';
import { TPL } from '../../../shared/i18n/template';
import { CLI } from '../../../shared/i18n/cli';
import { resolveFromCwd } from '../book/book-path';
import { UserError } from '../user-error';
import { checkOutput, writeFileSafely } from '../export/write-file';
import { need, withBook as withService, yearArg, yearsArg } from './book-args';
import type { CliIo, CliOptions } from './cli-io';
import { readBytes } from '../import/read-workbook';

export async function templatesCommand(args: string[], o: CliOptions, io: CliIo): Promise<number> {
  const [first, ...rest] = args;
  if (first === 'add') return addCommand(rest, o, io);
  if (first === 'remove') {
    return withService(rest[0], async (service) => {
      const { removed } = await service.call('removeTemplate', { id: need(rest[1], 'ID') });
      // a refusal is an error: on stderr, as every other one
      if (!removed) throw new UserError(TPL.unknownTemplate(rest[1]!));
      io.out(CLI.templateRemoved(rest[1]));
      return 0;
    });
  }
  return withService(first, async (service) => {
    const { templates } = await service.call('listTemplates', {});
    io.out(o.json ? JSON.stringify(templates, null, 2) : templates.map((t) => `${t.id}\t${CLI.templateSource[t.source]}\t${t.name}`).join('\n'));
    return 0;
  });
}

async function addCommand([file, xlsx]: string[], o: CliOptions, io: CliIo): Promise<number> {
  const template = readTemplateFile(need(xlsx, 'FILE.xlsx'));
  return withService(file, async (service) => {
    const res = await service.call('addTemplate', { ...template, ...(o.name && { name: o.name }), ...(o.replace && { replace: o.replace }) });
    if (!res.added) {
      if (res.sameName) io.err(TPL.sameNameCli(res.sameName.name, res.sameName.id));
      for (const line of res.issues) io.err(line);
      return 1;
    }
    io.out(o.json ? JSON.stringify(res.added, null, 2) : CLI.templateAdded(res.added.id, res.added.name));
    return 0;
  });
}

/** `sovon export BOOK --template ID|FILE.xlsx --year 2023 [--years 2022-2024] [--project DA3] --out FILE.xlsx` */
export async function exportTemplateCommand(file: string | undefined, o: CliOptions, io: CliIo): Promise<number> {
  const id = need(o.template, '--template');
  const fromFile = /\.xlsx$/i.test(id) ? readTemplateFile(id) : null;
  return withService(file, async (service) => {
    const out = resolveFromCwd(need(o.out, '--out FILE.xlsx'));
    checkOutput(out, { replace: o.force === true }); // before the report is filled
    const years = o.years ? yearsArg(o.years) : undefined;
    const res = await service.call('exportTemplate', {
      program: o.program ?? service.book.tables.catalogs()[0]?.program ?? 'GNBV', origin: o.origin ?? BOOKS_ORIGIN,
      ...(fromFile ? { file: fromFile } : { template: id }),
      year: o.year ? yearArg(o.year) : need(years, '--year').to, ...(years && { years }), project: o.project ?? null,
      ...(o.date && { date: o.date }),
    });
    writeFileSafely(out, Buffer.from(res.data, 'base64'), { replace: o.force === true });
    io.out(CLI.exported(out));
    return 0;
  });
}

function readTemplateFile(raw: string): { fileName: string; data: string } {
  const file = resolveFromCwd(raw);
  // a workbook's checks: a regular file (never a device or a pipe), not too big
  return { fileName: path.basename(file), data: readBytes(file).toString('base64') };
}
