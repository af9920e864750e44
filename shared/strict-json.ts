// JSON as people and other tools write it can say one thing twice: {"value": 5, "value": -5}.
// JSON.parse keeps the last silently; a claim file must not mean something its reader did not
// see. jsonc-parser (the parser of VS Code) walks the text with positions, so a duplicate key or
// a syntax slip is reported by line and column.
import { type JSONPath, type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';

export type StrictJson = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseStrictJson(text: string): StrictJson {
  const problem = firstProblem(text);
  if (problem) return { ok: false, reason: problem };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'không phải JSON hợp lệ' };
  }
}

function firstProblem(text: string): string | null {
  const keys: Set<string>[] = [];
  let problem: string | null = null;
  const at = (line: number, column: number) => `dòng ${line + 1}, cột ${column + 1}`;
  visit(
    text,
    {
      onObjectBegin: () => { keys.push(new Set()); },
      onObjectEnd: () => { keys.pop(); },
      onObjectProperty: (name: string, _o: number, _l: number, line: number, column: number, path: () => JSONPath) => {
        const seen = keys.at(-1)!;
        if (seen.has(name) && !problem) problem = `trường "${name.slice(0, 40)}" viết hai lần trong cùng một nhóm (${pathText(path())}, ${at(line, column)})`;
        seen.add(name);
      },
      onError: (code: ParseErrorCode, _o: number, _l: number, line: number, column: number) => {
        problem ??= `không phải JSON hợp lệ: ${SYNTAX[printParseErrorCode(code)] ?? 'sai cú pháp'} ở ${at(line, column)}`;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return problem;
}

const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'ký tự không hợp lệ', InvalidNumberFormat: 'số viết sai', PropertyNameExpected: 'thiếu tên trường',
  ValueExpected: 'thiếu giá trị', ColonExpected: 'thiếu dấu hai chấm', CommaExpected: 'thiếu dấu phẩy',
  CloseBraceExpected: 'thiếu dấu }', CloseBracketExpected: 'thiếu dấu ]', EndOfFileExpected: 'thừa nội dung sau cuối tệp',
  InvalidCommentToken: 'có chú thích (JSON không cho phép)', UnexpectedEndOfComment: 'chú thích chưa đóng',
  UnexpectedEndOfString: 'chuỗi chưa đóng dấu ngoặc kép', UnexpectedEndOfNumber: 'số bị cắt', InvalidUnicode: 'mã Unicode sai',
  InvalidEscapeCharacter: 'ký tự thoát sai', InvalidCharacter: 'ký tự điều khiển trong chuỗi',
};

function pathText(path: JSONPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || 'gốc';
}
