// `sovon catalog list BOOK [--json]`, `sovon catalog add-program BOOK ID` and `sovon catalog
// retire BOOK --program CODE --line CODE [--year N | --run]`: Danh mục chương trình from the
// command line, through the same calls as the window.
import { CLI } from '../../../shared/i18n/cli';
import type { CatalogList } from '../../../shared/api';
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
  if (verb === 'retire') {
    if (o.run && o.year) throw new UserError(CLI.retireEither);
    const year = o.run ? null : yearArg(need(o.year, '--year'));
    return withBook(file, async (service) => {
      const { line } = await service.call('retireLine', { program: need(o.program, '--program'), code: need(o.line, '--line'), year });
      io.out(CLI.lineRetired(line.code, line.name, line.retired));
      return 0;
    });
  }
  throw new UserError(CLI.catalogUsage);
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
