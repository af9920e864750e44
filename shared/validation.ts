// Refusals of the schema library, said in Vietnamese and kept short: a refusal names the field
// and what is wrong, never echoes a pasted megabyte, and never shows English schema text.
import * as z from 'zod';

const TYPE_NAME: Record<string, string> = {
  string: 'chữ', number: 'số', int: 'số nguyên', boolean: 'đúng/sai', object: 'nhóm trường',
  array: 'danh sách', null: 'rỗng', undefined: 'không có', bigint: 'số nguyên', date: 'ngày',
};

const typeName = (t: unknown) => TYPE_NAME[String(t)] ?? String(t);

function received(input: unknown): string {
  if (input === null) return 'rỗng';
  if (Array.isArray(input)) return 'danh sách';
  return typeName(typeof input);
}

function sizeLimit(issue: { origin?: unknown; maximum?: unknown; minimum?: unknown }, bound: 'tối đa' | 'tối thiểu'): string {
  const n = String(bound === 'tối đa' ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') return bound === 'tối thiểu' && n === '1' ? 'không được để trống' : `${bound} ${n} ký tự`;
  if (issue.origin === 'array') return `${bound} ${n} mục`;
  return `${bound === 'tối đa' ? 'không lớn hơn' : 'không nhỏ hơn'} ${n}`;
}

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? 'thiếu trường này' : `cần ${typeName(issue.expected)}, nhận được ${received(issue.input)}`;
      case 'too_big':
        return `quá dài hoặc quá lớn (${sizeLimit(issue, 'tối đa')})`;
      case 'too_small':
        return sizeLimit(issue, 'tối thiểu');
      case 'invalid_value':
        return `phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      case 'unrecognized_keys':
        return `có trường không dùng được: ${issue.keys.slice(0, 3).map((k) => `"${k.slice(0, 40)}"`).join(', ')}`;
      case 'invalid_format':
        return issue.format === 'date' ? 'ngày phải là một ngày có thật, viết dạng YYYY-MM-DD' : 'sai định dạng';
      case 'invalid_union':
        return 'giá trị không hợp lệ';
      default:
        return undefined; // zod's own message, or the custom one the schema gives
    }
  },
});

/** A date as YYYY-MM-DD that is one on the calendar: "2026-13-45" and "2025-02-29" are not. */
export const isoDate = z.iso.date();

const ONE_LINE = /^[^\u0000-\u001f\u007f]*$/;

/** A name or code: bounded, on one line (a tab or newline in a name is a paste gone wrong). */
export function oneLineText(max: number, min = 1) {
  return z.string().trim().min(min).max(max).regex(ONE_LINE, 'không được có tab, xuống dòng hay ký tự điều khiển');
}

/** Path as she would find it in the file: claims[3].value, lines[0].code */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** At most `limit` issues, each "trường "x": what is wrong". */
export function describeIssues(error: z.ZodError, limit = 2): string {
  const parts = error.issues.slice(0, limit).map((i) => {
    const where = pathText(i.path);
    return where ? `trường "${where.slice(0, 60)}": ${i.message.slice(0, 200)}` : i.message.slice(0, 200);
  });
  const more = error.issues.length > limit ? ` (và ${error.issues.length - limit} lỗi khác)` : '';
  return parts.join('; ') + more;
}
