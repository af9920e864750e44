// Every Vietnamese word the back end and the Electron shell show lives in shared/i18n, where the
// wording is reviewed together (issue 27). A string literal with a Vietnamese letter in a file
// under electron/ is a message written inline, unless the file is on the allowlist below.
// Comments and types are stripped by esbuild (the compiler that builds the app), so a comment in
// Vietnamese is fine; what is left is tokenised just enough to tell strings, template pieces and
// regular expressions apart.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Files that may keep Vietnamese strings, and why. */
const ALLOWED: Record<string, string> = {
  'electron/backend/cli/usage.ts': 'the command line\'s documentation (sovon --help), read as a whole, not a message',
  // Plain Node scripts, run before any TypeScript loader: they cannot import shared/i18n (and the
  // tooling layer may not, see architecture.test.ts).
  'electron/launch.mjs': 'plain Node launcher (npm start)',
  'electron/build-cli.mjs': 'plain Node build script',
  'electron/fuses.mjs': 'plain Node packaging script',
  'electron/lint-electron.mjs': 'plain Node lint script',
  'electron/electron-runtime.mjs': 'plain Node, read by the launcher',
  'electron/backend/cli/bin.mjs': 'plain Node entry of the sovon command, before the built CLI is loaded',
};

/** A Vietnamese letter: a vowel with a tone or a hat, breve or horn, or đ. */
function hasVietnamese(text: string): boolean {
  return /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323đĐ]/.test(text.normalize('NFD'));
}

const REGEX_AFTER_WORD = /^(return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await)$/;

/** The string literals and template pieces of JavaScript with no comments left (esbuild's output). */
function literals(js: string): string[] {
  const out: string[] = [];
  const braces: string[] = [];
  let prev = '';
  let i = 0;
  const template = () => {
    // i is just after the ` or the } that closes a ${...}
    let text = '';
    while (i < js.length) {
      const c = js[i]!;
      if (c === '\\') { text += js.slice(i, i + 2); i += 2; continue; }
      if (c === '`') { i++; break; }
      if (c === '$' && js[i + 1] === '{') { i += 2; braces.push('${'); break; }
      text += c; i++;
    }
    out.push(text);
    prev = '`';
  };
  while (i < js.length) {
    const c = js[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '"' || c === "'") {
      let text = '';
      i++;
      while (i < js.length && js[i] !== c) { text += js[i] === '\\' ? js.slice(i, ++i + 1) : js[i]; i++; }
      i++;
      out.push(text);
      prev = 'string';
    } else if (c === '`') {
      i++;
      template();
    } else if (c === '{') {
      braces.push('{'); prev = c; i++;
    } else if (c === '}') {
      i++;
      if (braces.pop() === '${') template(); else prev = c;
    } else if (c === '/' && js[i + 1] === '/') {
      while (i < js.length && js[i] !== '\n') i++;
    } else if (c === '/' && js[i + 1] === '*') {
      i = js.indexOf('*/', i + 2) + 2 || js.length;
    } else if (c === '/' && (prev === '' || /^[(,=:[!&|?{};+\-*%<>~^]$/.test(prev) || REGEX_AFTER_WORD.test(prev))) {
      // a regular expression: not a string, whatever letters its classes hold
      let inClass = false;
      i++;
      while (i < js.length && (inClass || js[i] !== '/')) {
        if (js[i] === '\\') i++;
        else if (js[i] === '[') inClass = true;
        else if (js[i] === ']') inClass = false;
        i++;
      }
      i++;
      while (/[a-z]/.test(js[i] ?? '')) i++;
      prev = 'regex';
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$.]+/u.exec(js.slice(i))![0];
      i += word.length;
      prev = word;
    } else {
      prev = c; i++;
    }
  }
  return out;
}

function electronFiles(): string[] {
  return fs.readdirSync(path.join(root, 'electron'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mts|mjs)$/.test(f) && !/\.d\.m?ts$/.test(f))
    .map((f) => path.join('electron', f).split(path.sep).join('/'));
}

function vietnameseLiterals(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), 'utf8');
  const { code } = transformSync(source, { loader: file.endsWith('.mjs') ? 'js' : 'ts', charset: 'utf8', legalComments: 'none', sourcefile: file });
  return literals(code).map(withoutSqlComments).filter(hasVietnamese);
}

/** A literal over several lines may be SQL (the book's schema, migrations.ts), whose `-- ...`
 * comments are comments too; a message is one line. */
function withoutSqlComments(text: string): string {
  return text.includes('\n') ? text.replace(/(^|\s)--\s[^\n]*/g, '$1') : text;
}

describe('messages live in shared/i18n', () => {
  it('no file under electron/ writes a Vietnamese string inline (outside the allowlist)', () => {
    const inline = electronFiles().filter((f) => !(f in ALLOWED)).flatMap((f) => vietnameseLiterals(f).map((s) => `${f}: ${s}`));
    expect(inline).toEqual([]);
  });

  it('keeps the allowlist honest: every file on it exists', () => {
    expect(Object.keys(ALLOWED).filter((f) => !fs.existsSync(path.join(root, f)))).toEqual([]);
  });

  it('finds a Vietnamese string where there is one, and not in comments or regular expressions (the check itself)', () => {
    const ts = [
      '// Sổ Vốn in a comment',
      '/** Sổ Vốn in JSDoc */',
      "const a: string = 'Sổ Vốn';",
      'const b = (n: number) => `Đã nhập ${n} số liệu${n > 1 ? ` (${"nhiều"})` : \'\'}.`;',
      "const c = 'plain ascii', d = /[đĐ]/g, e = 4 / 2 / 1;",
      'const f = "It\'s \\"đúng\\"";',
      "if (a) { x(); } const g = { k: 'giá trị' };",
    ].join('\n');
    const { code } = transformSync(ts, { loader: 'ts', charset: 'utf8', legalComments: 'none' });
    expect(literals(code).filter(hasVietnamese)).toEqual(['Sổ Vốn', 'Đã nhập ', ' số liệu', 'nhiều', 'It\'s "đúng"', 'giá trị']);
    expect(hasVietnamese('Cong trinh, 4 / 2 — …')).toBe(false);
    expect(withoutSqlComments('CREATE TABLE t (\n  amount INTEGER -- đồng\n);')).toBe('CREATE TABLE t (\n  amount INTEGER \n);');
    expect(withoutSqlComments('thiếu --out FILE.pdf -- đúng')).toBe('thiếu --out FILE.pdf -- đúng');
  });
});
