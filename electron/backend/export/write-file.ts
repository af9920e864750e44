// A file the app writes for her (an export): beside the target first, then renamed into place, so
// a failed write never leaves half a workbook under her file's name. A folder is never replaced.
import fs from 'node:fs';
import path from 'node:path';
import { BookError } from '../book/errors';

export function writeFileSafely(target: string, bytes: Buffer): void {
  if (/[\u0000-\u001f]/.test(target)) throw new BookError('Đường dẫn có ký tự điều khiển: hãy nhập lại đường dẫn.');
  if (fs.statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new BookError(`"${target}" là một thư mục, không ghi đè được.`);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch {
    fs.rmSync(temp, { force: true });
    throw new BookError(`Không ghi được tệp "${target}" (thư mục không tồn tại, không có quyền, hoặc tệp đang mở trong Excel).`);
  }
}
