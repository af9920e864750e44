// What a group of calls (a *-calls.ts file) is given and what it gives: the service as its
// handlers see it, and the handlers of its calls. Which group a call belongs to is declared with
// the call, in shared/api.ts; a group's file that misses one of its calls does not compile.
import type { CallGroup, CallInput, CallName, CallResults, CallsOf, ParsedInput } from '../../../shared/api';
import type { Sheet } from '../../../shared/sheet/sheet';
import type { SheetView } from '../../../shared/sheet/view';
import type { Book } from '../book/book';
import type { Checks } from './checks';

export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => CallResults[N] | Promise<CallResults[N]> };
export type GroupHandlers<G extends CallGroup> = Pick<Handlers, CallsOf<G>>;

export interface ServiceContext {
  readonly book: Book;
  readonly hasBook: boolean;
  readonly checks: Checks;
  /** the sheet built for the window's first look (first-sheet.ts), given out once */
  readonly firstSheet: { take(book: Book, view: SheetView | null): Promise<Sheet | null> };
  replaceBook(book: Book): void;
  othersChanges(): number;
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]>;
}
