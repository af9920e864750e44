// Calls about reconciliation: the flags, and her explanations of them (the engines they ask are
// kept in checks.ts).
import { report } from '../../../shared/reconcile/report';
import { flagFigures } from '../../../shared/reconcile/flag-figures';
import { rowsUnderNamed, treeOf } from '../book/tree-of-book';
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import { carriedFlag, flagInProgram } from '../../../shared/sheet/carried';
import type { GroupHandlers, ServiceContext } from './handlers';

export function checkCalls(service: ServiceContext): GroupHandlers<'checks'> {
  return {
    runChecks: ({ program, year, origin, project }) => {
      const scope = project === null ? null : new Set(rowsUnderNamed(treeOf(service.book, program), project).map((r) => r.key.node));
      // a year's sheet shows an earlier programme's money carried into it: its flags come too
      const carried = year === null || project !== null ? [] : earlierPrograms(service, program, year)
        .flatMap((earlier) => service.checks.flags(earlier).map((f) => carriedFlag(f, earlier)));
      return report([...service.checks.flags(program), ...carried], year, origin, scope);
    },
    flagFigures: ({ program: shown, flagId }) => {
      const { program, id } = flagInProgram(flagId, shown, programsOf(service));
      const flag = service.checks.flags(program).find((f) => f.id === id);
      return flag ? flagFigures(service.checks.engine(program), flag) : null;
    },
    explainFlags: ({ program: shown, flagIds, note }) => {
      const book = service.book;
      const programs = programsOf(service);
      const flags = flagIds.map((id) => flagInProgram(id, shown, programs));
      book.edit({ name: 'explainFlags', label: ACTION_LABEL.explainFlags(flagIds.length, note === null) }, (e) => {
        for (const { id } of flags) e.explain(id, note);
      });
      for (const program of new Set(flags.map((f) => f.program))) service.checks.explain(program, flags.filter((f) => f.program === program).map((f) => f.id), note);
      return { explained: note === null ? 0 : flagIds.length };
    },
  };
}

/** The programmes whose period ended before the year: their money carried into it is shown with it. */
function earlierPrograms(service: ServiceContext, program: string, year: number): string[] {
  return service.book.tables.catalogs().filter((c) => c.program !== program && c.period.to < year).map((c) => c.program);
}

function programsOf(service: ServiceContext): ReadonlySet<string> {
  return new Set(service.book.tables.catalogs().map((c) => c.program));
}
