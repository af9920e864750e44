// Calls about reconciliation: the flags, and her explanations of them. The engine of each
// programme is kept between calls and told of every edit, so a re-check after one edit costs
// only that edit's neighbourhood.
import { type Claim, latestAsOf } from '../../../shared/claim';
import { Reconciler } from '../../../shared/reconcile/engine';
import { report } from '../../../shared/reconcile/report';
import { flagFigures } from '../../../shared/reconcile/flag-figures';
import type { Book } from '../book/store';
import { treeOf } from '../book/tree-of-book';
import { rowsUnder } from '../../../shared/sheet/tree';
import { edit } from '../book/edit';
import { ACTION_LABEL } from '../../../shared/i18n/vi';
import type { Handlers, Service } from './service';

export class Checks {
  private readonly engines = new Map<string, Reconciler>();

  constructor(private readonly book: () => Book) {}

  engine(program: string): Reconciler {
    let engine = this.engines.get(program);
    if (!engine) {
      const book = this.book();
      engine = new Reconciler(treeOf(book, program), book.origins(), latestAsOf(book.claims({ program, anyOrder: true })), book.explanations());
      engine.checkAll();
      this.engines.set(program, engine);
    }
    return engine;
  }

  /** The programme's engine if it is built and current (the window has shown its flags). */
  built(program: string): Reconciler | null {
    return this.engines.get(program) ?? null;
  }

  /** One claim changed: the engine re-checks its neighbourhood (if it has been built). */
  claimChanged(program: string, key: Claim['key'], after: Claim | null): void {
    this.engines.get(program)?.change(key, after);
  }

  /** Lines, origins or many claims changed: rebuild on next use. */
  forget(): void {
    this.engines.clear();
  }
}

export function checkCalls(service: Service): Pick<Handlers, 'runChecks' | 'explainFlags' | 'flagFigures'> {
  return {
    runChecks: ({ program, year, origin, project }) => {
      const scope = project === null ? null : new Set(rowsUnder(treeOf(service.book, program), project).map((r) => r.key.node));
      return report(service.checks.engine(program).flags(), year, origin, scope);
    },
    flagFigures: ({ program, flagId }) => {
      const engine = service.checks.engine(program);
      const flag = engine.flags().find((f) => f.id === flagId);
      return flag ? flagFigures(engine, flag) : null;
    },
    explainFlags: ({ program, flagIds, note }) => {
      const book = service.book;
      edit(book, { name: 'explainFlags', label: ACTION_LABEL.explainFlags(flagIds.length, note === null) }, (e) => {
        for (const id of flagIds) e.explain(id, note);
      });
      const engine = service.checks.engine(program);
      engine.explain(flagIds, note);
      return { explained: note === null ? 0 : flagIds.length };
    },
  };
}
