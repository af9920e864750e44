// `sovon catalog list BOOK [--json]`, `sovon catalog add BOOK FILE.xlsx|FILE.json --program CODE
// [--parent CODE] [--sheet S] [--dry-run] [--json]`, `sovon catalog add-program BOOK ID` and `sovon catalog
// retire BOOK --program CODE --line CODE [--year N | --run]`: Danh mục chương trình from the
// command line, through the same calls as the window.
import { CLI } from '../../../shared/i18n/cli';
import type { CatalogLinesRead, CatalogList } from '../../../shared/api';
import { basename } from 'node:path';
import { resolveFromCwd } from '../book/book-path';
import { readBytes } from '../import/read-workbook';
import { UserError } from '../user-error';
import { need, withBook, yearArg } from './book-args';
import type { CliIo, CliOptions } from './cli-io';

export async function catalogCommand([verb, file, id]: string[], o: CliOptions, io: CliIo): Promise<number> {
  if (verb === 'list') {
    return withBook(file, async (service) => {
      const list = await service.call('listCatalog', {});
      io.out(o.json ? JSON.stringify({ programs: list.programs }, null, 2) : listText(list));
      return 0;
    }, 'read');
  }
  if (verb === 'add-program') {
    return withBook(file, async (service) => {
      const info = await service.call('addProgram', { id: need(id, 'ID') });
      io.out(CLI.programAdded(info.programs.at(-1)!.code, info.programs.at(-1)!.name));
      return 0;
    });
  }
  if (verb === 'add') {
    const bytes = readBytes(resolveFromCwd(need(id, 'FILE.xlsx')));
    return withBook(file, async (service) => {
      const read = await service.call('addCatalogLines', {
        program: need(o.program, '--program'), parent: o.parent ?? null, fileName: basename(id!), data: bytes.toString('base64'),
        ...(o.sheet && { sheet: o.sheet }), dryRun: o['dry-run'] ?? false,
      });
      io.out(o.json ? JSON.stringify(read, null, 2) : addedText(read));
      return 0;
    }, o['dry-run'] ? 'read' : 'write');
  }
  if (verb === 'retire') {
    if (o.run && o.year) throw new UserError(CLI.retireEither);
    // neither: from the year after its last figures
    const year = o.run ? null : o.year === undefined ? undefined : yearArg(o.year);
    return withBook(file, async (service) => {
      const { line } = await service.call('retireLine', { program: need(o.program, '--program'), code: need(o.line, '--line'), ...(year !== undefined && { year }) });
      io.out(CLI.lineRetired(line.code, line.name, line.retired));
      return 0;
    });
  }
  throw new UserError(CLI.catalogUsage);
}

/** Each line with its code and the annex's STT, what is new and what was there; then what was skipped. */
function addedText(read: CatalogLinesRead): string {
  const lines = read.lines.map((l) => `${l.code}\t${l.stt}\t${l.name}${l.existing ? `\t${CLI.lineExisting}` : ''}`);
  const skipped = read.skipped.map((s) => CLI.rowSkipped(s.row, s.text, s.why));
  const fresh = read.lines.filter((l) => !l.existing).length;
  return [...lines, ...skipped, read.added ? CLI.linesAdded(read.added) : CLI.linesWouldAdd(fresh)].join('\n');
}

/** A programme, then its tree indented, a retired line marked with its year. */
function listText(list: CatalogList): string {
  const blocks = list.programs.map((p) => {
    const children = new Map<string | null, typeof p.lines>();
    for (const l of p.lines) children.set(l.parent, [...(children.get(l.parent) ?? []), l]);
    const rows: string[] = [];
    const walk = (parent: string | null, depth: number) => {
      for (const l of children.get(parent) ?? []) {
        rows.push(`${'  '.repeat(depth)}${l.code}\t${l.name}${l.retired === null ? '' : `\t${CLI.retiredFrom(l.retired)}`}`);
        walk(l.code, depth + 1);
      }
    };
    walk(null, 0);
    return [`${p.code}\t${p.name}\t${p.from}-${p.to}${p.basis ? `\t${p.basis}` : ''}`, ...rows].join('\n');
  });
  const more = list.bundled.filter((b) => !b.inBook).map((b) => CLI.programAvailable(b.id, b.name));
  return [...blocks, ...more].join('\n\n');
}
