// Browser mode: the same renderer in a browser tab, talking to the service over HTTP.
// 127.0.0.1 only, a random port, and a per-session token that every request must carry
// (header, or the cookie set when the page is opened with ?token=).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Service } from '../service/service';
import { rendererDir } from './renderer-dir';

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 5 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};

export async function startServer(service: Service, options: { port?: number; staticDir?: string } = {}): Promise<RunningServer> {
  const token = crypto.randomBytes(24).toString('base64url');
  const staticDir = options.staticDir ?? rendererDir();
  const server = http.createServer((req, res) => {
    handle(req, res, { service, token, staticDir }).catch((e: unknown) => {
      send(res, 500, { ok: false, error: `Lỗi máy chủ: ${(e as Error).message}` });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

interface Context {
  service: Service;
  token: string;
  staticDir: string;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, ctx: Context): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!hostAllowed(req)) return send(res, 403, { ok: false, error: 'Host không hợp lệ.' });
  const queryToken = url.searchParams.get('token');
  const authorised = tokenOf(req) === ctx.token || queryToken === ctx.token;
  if (!authorised) return send(res, 401, { ok: false, error: 'Thiếu hoặc sai mã phiên làm việc.' });
  if (queryToken === ctx.token) {
    res.setHeader('Set-Cookie', `sovon_token=${ctx.token}; HttpOnly; SameSite=Strict; Path=/`);
  }
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: 'Chỉ nhận POST.' });
    const body = await readBody(req);
    if (body === null) return send(res, 413, { ok: false, error: 'Yêu cầu quá lớn.' });
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(res, 400, { ok: false, error: 'Nội dung yêu cầu không phải JSON.' });
    }
    const reply = await ctx.service.dispatch(decodeURIComponent(url.pathname.slice(5)), input);
    return send(res, 200, reply);
  }
  return serveStatic(res, ctx.staticDir, url.pathname);
}

/** DNS rebinding: a foreign page that resolves its own name to 127.0.0.1 sends another Host. */
function hostAllowed(req: http.IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);
}

function tokenOf(req: http.IncomingMessage): string | undefined {
  const header = req.headers['x-sovon-token'];
  if (typeof header === 'string') return header;
  const cookie = req.headers.cookie ?? '';
  return /(?:^|;\s*)sovon_token=([^;]+)/.exec(cookie)?.[1];
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { resolve(null); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function serveStatic(res: http.ServerResponse, dir: string, pathname: string): void {
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(dir, rel);
  if (!file.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(res, 404, { ok: false, error: 'Không tìm thấy.' });
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  fs.createReadStream(file).pipe(res);
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
