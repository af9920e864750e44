// The arrows of architecture.md point down: renderer → shared; electron/main → backend → shared.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .map((f) => path.join(dir, f));
}

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]!);
}

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sources(dir).flatMap((f) => imports(f).filter((s) => forbidden(s, f)).map((s) => `${f} → ${s}`));
}

const NODE = /^(node:|fs$|path$|os$|child_process$|better-sqlite3$|electron$|http$|crypto$)/;
const resolved = (spec: string, file: string) => path.relative(root, path.resolve(root, path.dirname(file), spec));

describe('layering', () => {
  it('shared/ imports neither Node, DOM libraries, React nor Electron, nor anything outside shared/', () => {
    expect(violations('shared', (s, f) =>
      NODE.test(s) || /^react|^ag-grid/.test(s) || (s.startsWith('.') && !resolved(s, f).startsWith('shared')),
    )).toEqual([]);
  });

  it('shared/ does not touch the DOM or Node globals', () => {
    const code = (f: string) => fs.readFileSync(path.join(root, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sources('shared').filter((f) => /\b(document|window|process|require)\s*[.(]/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('the renderer never reaches Node, files, SQL or the back end', () => {
    expect(violations('renderer', (s, f) => NODE.test(s) || (s.startsWith('.') && resolved(s, f).startsWith('electron')))).toEqual([]);
  });

  it('the back end never imports Electron or the renderer', () => {
    expect(violations('electron/backend', (s, f) => s === 'electron' || (s.startsWith('.') && resolved(s, f).startsWith('renderer')))).toEqual([]);
  });

  it('all SQL of the book lives in its rooms: the file, the tables and the action log', () => {
    const rooms = ['book-file', 'identify', 'tables', 'claim-table', 'action-log', 'migrations'].map((f) => path.join('electron', 'backend', 'book', `${f}.ts`));
    const sqlOutside = sources('electron').filter((f) => !rooms.includes(f))
      .filter((f) => /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(sqlOutside).toEqual([]);
  });
});
