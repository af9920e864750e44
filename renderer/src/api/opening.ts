// What a window asks first, sent as the page's script starts rather than from the first
// render's effects (60 ms later on a cold page): the book's description, the count of others'
// changes (asked before any figure is read: the back end answers in turn), and the sheet the
// back end built for her first look (first-sheet.ts) in the same trip, before the page knows
// which view it will show; useBook keeps that sheet if it is of the view she opens at.
import type { BookInfo } from '../../../shared/api';
import type { Sheet } from '../../../shared/sheet/sheet';
import { api, sessionMissing } from './client';

export interface Opening {
  info: Promise<BookInfo>;
  version: Promise<{ version: number }>;
  sheet: Promise<Sheet | null>;
}

let early: Opening | null = null;

/** Called by main.tsx before React draws anything. */
export function openEarly(): void {
  if (!sessionMissing()) early = ask();
}

/** The early asks, taken once; asked now when there were none (a window mounted again). */
export function opening(): Opening {
  const o = early ?? ask();
  early = null;
  return o;
}

function ask(): Opening {
  const o = { info: api.call('bookInfo', {}), version: api.call('bookVersion', {}), sheet: api.call('firstSheet', {}) };
  // whoever takes them says what went wrong; meanwhile a failure is not an unhandled rejection
  for (const p of Object.values(o)) p.catch(() => {});
  return o;
}
