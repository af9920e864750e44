// What the importer cannot answer from the file itself, as a question with its answers: the
// wizard asks it with a control (a list of units, of sheets, a year, a scale) and reads the file
// again with her answer; the command line words it with the option that answers it. One typed
// question for both, so neither has to take its words apart.
import type { Scale } from '../money';

export type ImportQuestion =
  /** her unit: the book names none (`unnamed`), the table has no unit of that name (`notFound`),
   * or the unit's row or columns hold no figure (`empty`); `units`: the table's units to pick from */
  | { ask: 'unit'; why: 'unnamed' | 'notFound' | 'empty'; tried: string | null; units: string[] }
  /** the sheet asked for is not in the file (`missing`) or holds no table (`noTable`) */
  | { ask: 'sheet'; why: 'missing' | 'noTable'; tried: string }
  /** the sheet read (asked for or the first with a table) is a table of another programme, and the
   * file has other sheets */
  | { ask: 'sheet'; why: 'otherProgramme'; tried: string; programme: string }
  /** the title says no year */
  | { ask: 'year' }
  /** no line says the table's unit of money (ĐVT) */
  | { ask: 'scale'; scales: Scale[] };

/** The file read as far as a question, in place of what it would import: the wizard keeps the
 * file, shows the question and its control, and reads the file again with her answer. */
export interface ImportAsk {
  question: ImportQuestion;
  /** the question in the wizard's words (no command-line option in them) */
  message: string;
  file: string;
  /** the sheet read, when it came that far; the visible sheets, to pick another */
  sheet: string | null;
  sheets: string[];
}

/** The scales a table's money may be in, as she is asked them (triệu first: most annexes). */
export const ASKED_SCALES: Scale[] = ['trieu', 'nghin', 'dong'];
