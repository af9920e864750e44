// Leaving a cell's editor as Excel does. A value the book would refuse ("12,5,3", "abc") keeps
// her in the cell with her text and the reason beside it, as Excel's validation does, instead of
// putting the old figure back and moving on. Tab ends the edit and moves right without opening
// the next cell's editor (AG Grid's own Tab carries the editing on, with a figure from before the
// edit was written).
import type { SuppressKeyboardEventParams } from 'ag-grid-community';
import { MSG } from '../../../shared/i18n/vi';
import { parseMoney, type Scale } from '../../../shared/money';
import { parseRate } from '../../../shared/rate';
import type { GridRow } from './visible-rows';

/** Why the book would refuse this text in a column, or null where it takes it (empty: deletes). */
export function entryProblem(text: string, column: string, scale: Scale): string | null {
  if (text.trim() === '') return null;
  const parsed = column.startsWith('rate:') ? parseRate(text) : parseMoney(text, scale);
  return parsed.ok ? null : MSG.badValue(text, parsed.reason);
}

export interface Refusal {
  message: string;
  /** where the editor is, on screen: the message goes beside it */
  x: number;
  y: number;
}

export function entryKeys(scale: () => Scale, refuse: (r: Refusal | null) => void) {
  return (params: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = params.event;
    if (!params.editing || e.type !== 'keydown') return false;
    if (e.key !== 'Enter' && e.key !== 'Tab') {
      refuse(null); // she is correcting it
      return false;
    }
    const input = e.target instanceof HTMLInputElement ? e.target : null;
    const problem = input ? entryProblem(input.value, params.column.getColId(), scale()) : null;
    if (problem) {
      e.preventDefault();
      const box = input!.getBoundingClientRect();
      refuse({ message: problem, x: box.left, y: box.bottom });
      return true;
    }
    refuse(null);
    if (e.key !== 'Tab') return false;
    e.preventDefault();
    params.api.stopEditing();
    if (e.shiftKey) params.api.tabToPreviousCell();
    else params.api.tabToNextCell();
    return true;
  };
}
