// A question the file leaves open, thrown where the import meets it: the command line prints its
// message (worded with the option that answers it); the wizard's call catches it and hands the
// window the typed question, in the window's words, to ask with a control.
import { questionText } from '../../../shared/i18n/import';
import type { ImportAsk, ImportQuestion } from '../../../shared/import/question';
import { UserError } from '../user-error';

export class ImportQuestionError extends UserError {
  constructor(readonly question: ImportQuestion, readonly at: { file: string; sheet: string | null; sheets: string[] }) {
    super(questionText(question, at, 'cli'));
  }

  /** The question as the wizard gets it: its own words, the file and sheets she can pick from. */
  ask(): ImportAsk {
    return { question: this.question, message: questionText(this.question, this.at, 'window'), ...this.at };
  }
}
