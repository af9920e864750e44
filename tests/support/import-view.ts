// The wizard's preview in a test that expects the file to be read whole: a question the file
// leaves open (ImportAsk) fails the test with the question's words.
import type { ImportView } from '../../shared/api';
import type { ImportAsk } from '../../shared/import/question';

export function viewed(reply: ImportView | ImportAsk): ImportView {
  if ('question' in reply) throw new Error(`the import asked: ${reply.message}`);
  return reply;
}
