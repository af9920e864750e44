// The engines of the open book, one per programme, kept between calls and told of every edit,
// so a re-check after one edit costs only that edit's neighbourhood.
import { type Claim, latestAsOf } from '../../../shared/claim';
import { Reconciler } from '../../../shared/reconcile/engine';
import { DatedPairs } from '../../../shared/reconcile/dated';
import type { Flag } from '../../../shared/reconcile/flag';
import type { Book } from '../book/book';
import { treeOf } from '../book/tree-of-book';
import { Succession } from '../../../shared/units';

export class Checks {
  private readonly engines = new Map<string, Reconciler>();
  /** the earlier dates' figures each engine does not hold, compared pair by pair */
  private readonly dated = new Map<string, DatedPairs>();

  constructor(private readonly book: () => Book) {}

  engine(program: string): Reconciler {
    let engine = this.engines.get(program);
    if (!engine) {
      const book = this.book();
      const all = book.claims.select({ program, anyOrder: true });
      const tree = treeOf(book, program);
      engine = new Reconciler(tree, book.tables.origins(), latestAsOf(all), book.tables.explanations(), new Succession(book.tables.units()));
      engine.checkAll();
      this.engines.set(program, engine);
      this.dated.set(program, new DatedPairs(tree, book.tables.origins(), all, book.tables.explanations()));
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
    const dated = this.dated.get(program);
    if (dated && (after?.asOf || dated.knows(key))) dated.change(key, this.book().claims.ofFigure(key));
  }

  /** Every flag of the programme: the engine's, and the earlier dates' pairs. */
  flags(program: string): Flag[] {
    const engine = this.engine(program);
    const dated = this.dated.get(program)!.flags();
    return dated.length ? [...engine.flags(), ...dated] : engine.flags();
  }

  explain(program: string, flagIds: readonly string[], note: string | null): void {
    this.engine(program).explain(flagIds, note);
    this.dated.get(program)!.explain(new Set(flagIds), note);
  }

  /** Lines, origins or many claims changed: rebuild on next use. */
  forget(): void {
    this.engines.clear();
    this.dated.clear();
  }
}
