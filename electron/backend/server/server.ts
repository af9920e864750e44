// Browser mode: the same renderer in a browser tab, talking to the service over HTTP.
// 127.0.0.1 only, a random port, and a per-session token. The token guards the API alone and
// travels only in the X-Sovon-Token header: a cookie would be sent by any page of the same
// site, and every port of 127.0.0.1 is the same site. The renderer bundle is public (no
// secrets in it), so static files need no token; the page reads the token from its URL.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { finished } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Service } from '../service/service';
import { rendererDir } from './renderer-dir';
import { replyToWire } from '../../../shared/wire-reply';
import { calls, isCallName } from '../../../shared/api';
import { SERVER } from '../../../shared/i18n/server';

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;
/** A workbook travels as base64 (browser mode has no path): the import reads files up to 50 MB,
 * so a call that carries one (CallTraits.carriesFile) may be about 68 MB; only a caller holding
 * the token gets that far. */
const MAX_FILE_BODY = 70 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': JSON_TYPE,
};

// AG Grid injects <style> tags, hence 'unsafe-inline' for styles only; scripts stay 'self'.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
  + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // the token is in the page URL: never hand it to another site
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

interface Context {
  service: Service;
  token: Buffer;
  staticDir: string;
  /** `127.0.0.1:<port>` and `localhost:<port>`: the only Host headers a page of ours sends. */
  hosts: Set<string>;
  /** `http://127.0.0.1:<port>` and `http://localhost:<port>`: our own origin, no other port. */
  origins: Set<string>;
}

/** The page's requests are local: headers in seconds, an import's 50 MB body well within a minute. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 60_000;

export async function startServer(service: Service, options: { port?: number; staticDir?: string } = {}): Promise<RunningServer> {
  const token = crypto.randomBytes(24).toString('base64url');
  // a half-open connection (headers never finished, a body that never comes) is closed, not kept
  // 300 s as Node's defaults would: the page's requests are small and local
  const server = http.createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  // our own origin names the port, known only now; no request can have arrived yet
  const port = (server.address() as AddressInfo).port;
  const ctx: Context = {
    service,
    token: Buffer.from(token),
    staticDir: options.staticDir ?? rendererDir(),
    hosts: new Set([`127.0.0.1:${port}`, `localhost:${port}`]),
    origins: new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]),
  };
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res, ctx).catch((e: unknown) => failInternally(res, e));
  });
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Context): Promise<void> {
  if (!fromOurPage(req, ctx)) return send(res, 403, SERVER.foreign);
  const pathname = decodedPath(req.url ?? '/');
  if (pathname === null) return send(res, 400, SERVER.badPath);
  if (pathname.startsWith('/api/')) return handleCall(req, res, ctx, pathname.slice('/api/'.length));
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, SERVER.getOnly);
  return serveStatic(req, res, ctx.staticDir, pathname);
}

/**
 * DNS rebinding: a foreign page that resolves its own name to 127.0.0.1 sends another Host.
 * Another port of 127.0.0.1 is another origin (though the same site): its Origin is refused.
 * No Origin at all is a navigation or a non-browser client; the token still guards the API.
 */
function fromOurPage(req: http.IncomingMessage, ctx: Context): boolean {
  const origin = req.headers.origin;
  return ctx.hosts.has(req.headers.host ?? '') && (origin === undefined || ctx.origins.has(origin));
}

/** The path without its query, percent-decoded; null when it cannot be decoded. */
function decodedPath(rawUrl: string): string | null {
  const raw = rawUrl.split('?', 1)[0]!;
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, ctx: Context, call: string): Promise<void> {
  if (req.method !== 'POST') return send(res, 405, SERVER.postOnly);
  if (!tokenMatches(req.headers['x-sovon-token'], ctx.token)) return send(res, 401, SERVER.token);
  // a page elsewhere can send text/plain without a preflight; application/json it cannot
  if (!isJson(req.headers['content-type'])) return send(res, 415, SERVER.notJson);
  const limit = isCallName(call) && calls[call].carriesFile ? MAX_FILE_BODY : MAX_BODY;
  const body = await readBody(req, limit);
  if (body === null) return refuseTooLarge(req, res, limit);
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return send(res, 400, SERVER.badJson);
  }
  const reply = await ctx.service.dispatch(call, input);
  return sendJson(res, 200, replyToWire(call, reply));
}

/** Constant time, so the answer's timing says nothing about how much of a guess was right. */
function tokenMatches(given: string | string[] | undefined, token: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const guess = Buffer.from(given);
  return guess.length === token.length && crypto.timingSafeEqual(guess, token);
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';', 1)[0]!.trim().toLowerCase() === 'application/json';
}

/** The body as text, or null once it is larger than `limit` (the rest is left unread). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      chunks.push(c);
      if (size <= limit) return;
      // a chunked body that keeps growing: stop buffering it
      req.off('data', onData);
      chunks.length = 0;
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answer 413 at once, but end the answer (and so close the connection) only after the rest of
 * the body is read and thrown away: closing mid-upload resets the connection, and the client
 * would see a network error instead of the message.
 */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  const text = JSON.stringify({ ok: false, error: SERVER.tooLarge(limit) });
  res.writeHead(413, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), Connection: 'close' });
  res.write(text);
  finished(req, () => res.end());
  req.resume();
}

/** Read whole and written at once: piped, a 1 MB script goes out in 64 kB pieces, each waiting
 * for a turn of the event loop, and the first sheet is being built in turns meanwhile. */
async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, dir: string, pathname: string): Promise<void> {
  const file = staticFile(dir, pathname);
  if (!file) return send(res, 404, SERVER.notFound);
  let body: Buffer;
  try {
    body = await fs.promises.readFile(file);
  } catch {
    return send(res, 404, SERVER.notFound);
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The file under dir that pathname names, or null: nothing outside dir, no folders. */
function staticFile(dir: string, pathname: string): string | null {
  const root = path.resolve(dir);
  const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (!file.startsWith(root + path.sep)) return null;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/** Unexpected: the accountant gets a message in her language, the details go to the terminal. */
function failInternally(res: http.ServerResponse, e: unknown): void {
  console.error(SERVER.crashed, e);
  if (res.headersSent) return void res.destroy();
  send(res, 500, SERVER.internal);
}

function send(res: http.ServerResponse, status: number, error: string): void {
  sendJson(res, status, { ok: false, error });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}
