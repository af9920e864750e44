// What stands over the window's grid: dialogs, the two context menus, a flag's figures. A record
// of what is open, not one value, because several may be at once: F1's keys over any dialog, a
// prompt over a flag's figures (the Đối chiếu panel beside them still asks for notes).
import type { Flag } from '../../shared/reconcile/flag';
import type { CellAt } from './dialogs/CellHistory';
import type { PromptSpec } from './dialogs/PromptDialog';
import type { BlockEdit } from './grid/block-selection';
import type { HeaderAt } from './grid/HeaderMenu';
import type { PrintPreset } from './print/PrintDialog';

/** Each one and what it shows. */
interface Dialogs {
  prompt: PromptSpec;
  settings: true;
  /** true: as she last printed; a Treasury form of a period when the Treasury's dialog asks */
  print: true | PrintPreset;
  backups: true;
  reports: true;
  shortcuts: true;
  about: true;
  /** the import, with the workbook dropped on the window if that is how it opened */
  import: { dropped: File | null };
  /** a pasted block shown before it is saved */
  paste: BlockEdit;
  /** the right button on a figure: its menu, then its history */
  cellMenu: CellAt;
  headerMenu: HeaderAt;
  /** another origin's figures of a flag, or a period's, beside the grid */
  flag: Flag;
  history: CellAt;
}
export type DialogName = keyof Dialogs;
export type OpenDialogs = { [K in DialogName]?: Dialogs[K] };

export type DialogAction =
  | { [K in DialogName]: { type: 'open'; dialog: K; value: Dialogs[K] } }[DialogName]
  /** `only`: close it if it still shows that (a prompt's answer may have opened the next) */
  | { type: 'close'; dialog: DialogName; only?: unknown };

export const opening = <K extends DialogName>(dialog: K, value: Dialogs[K]) => ({ type: 'open', dialog, value }) as DialogAction;

export function dialogsReducer(open: OpenDialogs, action: DialogAction): OpenDialogs {
  if (action.type === 'open') return { ...open, [action.dialog]: action.value };
  const shown = open[action.dialog];
  if (shown === undefined || (action.only !== undefined && shown !== action.only)) return open;
  const rest = { ...open };
  delete rest[action.dialog];
  return rest;
}
