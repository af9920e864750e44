// What the file picker writes and reads: sizes and dates as she reads them, and the name she
// types turned into the path of a book (the renderer has no path module: the listing gives the
// separator).
import type { FolderListing } from '../../../shared/api';

const EXTENSION = '.sovon';
// Windows refuses these in a file name; refusing them everywhere keeps a book portable
const FORBIDDEN = /[<>:"|?*]/;
// /home/..., ~/..., C:\..., \\server\share: she typed a whole path, which the back end checks
const WHOLE_PATH = /^(~|\/|[A-Za-z]:[\\/]|\\\\)/;

/** 4 096 bytes → "4 KB"; a non-empty file is never "0 KB", as in Windows Explorer. */
export function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('vi-VN')} KB`;
}

/** ISO → "30/06/2025 14:05" */
export function modifiedAt(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
  return `${date} ${time}`;
}

export type Target = { path: string; name: string; exists: boolean } | { problem: string };

/** "Xã Mường So 2025" in /home/lan/So → /home/lan/So/Xã Mường So 2025.sovon */
export function bookTarget(list: FolderListing, typed: string): Target {
  const text = typed.trim();
  if (text === '') return { problem: 'Hãy gõ tên cho tệp sổ.' };
  const whole = WHOLE_PATH.test(text);
  if (!whole && /[\\/]/.test(text)) return { problem: 'Tên tệp không được có dấu / hoặc \\: hãy mở thư mục bên trên rồi gõ tên.' };
  if (!whole && FORBIDDEN.test(text)) return { problem: 'Tên tệp không được có các ký tự < > : " | ? *' };
  const name = text.toLowerCase().endsWith(EXTENSION) ? text : `${text}${EXTENSION}`;
  if (whole) return { path: name, name, exists: false };
  const exists = list.files.some((f) => f.name.toLowerCase() === name.toLowerCase());
  const folder = list.path.endsWith(list.separator) ? list.path : `${list.path}${list.separator}`;
  return { path: `${folder}${name}`, name, exists };
}
