// The renderer is served from app://sovon/, not file://: a file:// page may read any local file
// a browser may (and every file:// page is one origin), while app:// pages are one origin of
// their own that can reach only the built renderer folder. Electron's checklist, item 18.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { contentType, CSP } from '../backend/server/web-policy';
import { APP_HOST, APP_SCHEME } from './origin';

/** standard: relative URLs and an origin of its own; secure: a secure context like https;
 * fetch and CORS: Vite's module scripts are loaded in CORS mode; codeCache: V8 keeps the app's
 * megabyte of script compiled between launches, as a browser does for a site (off by default for
 * a custom scheme, so every launch compiled it afresh). No bypassCSP. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveApp(rendererDir, request.url, request.method));
}

export async function serveApp(rendererDir: string, url: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  const file = fileFor(rendererDir, url);
  if (!file) return refuse(404);
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return refuse(404);
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { 'Content-Type': contentType(file), 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' },
  });
}

/** The file under rendererDir that an app://sovon/ URL names, or null: another host, a path
 * that cannot be decoded, or one that climbs out of the folder (`..%2F`, `..\`). */
export function fileFor(rendererDir: string, url: string): string | null {
  let pathname: string;
  try {
    const u = new URL(url);
    if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  const rel = path.relative(root, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? file : null;
}

function refuse(status: number): Response {
  return new Response(null, { status });
}
