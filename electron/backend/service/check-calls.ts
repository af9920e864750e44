// Calls about reconciliation: the flags, and her explanations of them (the engines they ask are
// kept in checks.ts).
import { report } from '../../../shared/reconcile/report';
import { flagFigures } from '../../../shared/reconcile/flag-figures';
import { rowsUnderNamed, treeOf } from '../book/tree-of-book';
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import type { GroupHandlers, ServiceContext } from './handlers';

export function checkCalls(service: ServiceContext): GroupHandlers<'checks'> {
  return {
    runChecks: ({ program, year, origin, project }) => {
      const scope = project === null ? null : new Set(rowsUnderNamed(treeOf(service.book, program), project).map((r) => r.key.node));
      return report(service.checks.flags(program), year, origin, scope);
    },
    flagFigures: ({ program, flagId }) => {
      const engine = service.checks.engine(program);
      const flag = service.checks.flags(program).find((f) => f.id === flagId);
      return flag ? flagFigures(engine, flag) : null;
    },
    explainFlags: ({ program, flagIds, note }) => {
      const book = service.book;
      book.edit({ name: 'explainFlags', label: ACTION_LABEL.explainFlags(flagIds.length, note === null) }, (e) => {
        for (const id of flagIds) e.explain(id, note);
      });
      service.checks.explain(program, flagIds, note);
      return { explained: note === null ? 0 : flagIds.length };
    },
  };
}
