// A file the app writes for her (an export): beside the target first, then renamed into place, so
// a failed write never leaves half a workbook under her file's name. A folder is never replaced.
import fs from 'node:fs';
import path from 'node:path';
import { MSG } from '../../../shared/i18n/vi';
import { checkedPath } from '../book/book-path';
import { UserError } from '../user-error';

export function writeFileSafely(rawTarget: string, bytes: Buffer): void {
  const target = checkedPath(rawTarget); // the one guard every path passes
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(MSG.replaceNotFile(target));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
    throw new UserError(MSG.cannotWrite(target));
  }
}
