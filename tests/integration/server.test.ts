import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import { startServer, type RunningServer } from '../../electron/backend/server/server';
import { tempDir } from '../support/temp';
import { resultFromWire } from '../../shared/wire';

let server: RunningServer;
let service: Service;
let dir: string;

beforeAll(async () => {
  dir = tempDir('server');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sổ Vốn</title>');
  service = new Service();
  await service.call('newBook', { path: path.join(dir, 'srv.sovon'), demo: true });
  server = await startServer(service, { staticDir: dir });
});
afterAll(async () => {
  await server.close();
  service.close();
});

const base = () => `http://127.0.0.1:${server.port}`;
const post = (call: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base()}/api/${call}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const withToken = () => ({ 'X-Sovon-Token': server.token });
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** A request as any program (or a page on another port) could send it: Host and all headers chosen freely. */
function raw(pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const DA5_CARRY_IN = { program: 'GNBV', origin: 'books', year: 2024, node: 'DA5', unit: null, capital: 'SN', source: null, measure: 'carry_in' };

/** DA5's carry-in of 2024 (Vốn SN) in the demo book, in đồng. */
async function carryIn(): Promise<unknown> {
  const sheet = await service.call('getSheet', { program: 'GNBV', year: 2024, origin: 'books', project: null });
  return sheet.rows.find((r) => r.code === 'DA5')!.cells['carry_in:SN'];
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 and prints a URL with the session token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
  });

  it('answers API calls that carry the token', async () => {
    const res = await post('bookInfo', {}, withToken());
    const reply = await res.json();
    expect(reply).toMatchObject({ ok: true, result: { fileName: 'srv.sovon' } });
  });

  it('sends a year\'s sheet packed, and the page unpacks the same sheet the service gives', async () => {
    const view = { program: 'GNBV', year: 2023, origin: 'books', project: null };
    const res = await post('getSheet', view, withToken());
    const text = await res.text();
    const reply = JSON.parse(text) as { ok: true; result: unknown };
    expect(reply.result).toMatchObject({ packed: 'sheet/1' });
    const sheet = await service.call('getSheet', view);
    expect(resultFromWire(reply.result)).toEqual(sheet);
    expect(text.length * 2).toBeLessThan(JSON.stringify(sheet).length);
  });

  it('answers a window\'s early ask for its prepared sheet packed, or null once it was given', async () => {
    await service.firstSheet.prepare(service.book);
    const view = { program: 'GNBV', year: 2024, origin: 'books', project: null };
    const given = await (await post('firstSheet', {}, withToken())).json() as { ok: true; result: unknown };
    expect(given.result).toMatchObject({ packed: 'sheet/1' });
    expect(resultFromWire(given.result)).toEqual(await service.call('getSheet', view));
    expect(await (await post('firstSheet', {}, withToken())).json()).toEqual({ ok: true, result: null });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await post('bookInfo', {})).status).toBe(401);
    expect((await post('bookInfo', {}, { 'X-Sovon-Token': 'guess' })).status).toBe(401);
    expect((await post('bookInfo', {}, { 'X-Sovon-Token': server.token.slice(0, -1) + '!' })).status).toBe(401);
  });

  it('refuses foreign Origin headers', async () => {
    const res = await post('bookInfo', {}, { ...withToken(), Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('reports invalid input as a Vietnamese message, not a crash', async () => {
    const res = await post('getSheet', { year: 'hai nghìn' }, withToken());
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/Yêu cầu không hợp lệ/) });
    const unknown = await post('dropTables', {}, withToken());
    expect(await unknown.json()).toMatchObject({ ok: false, error: 'Không có lệnh "dropTables".' });
  });
});

describe('browser mode server: only its own page may drive it', () => {
  it('refuses a page on another port of 127.0.0.1 (same site, other origin)', async () => {
    expect(await carryIn()).toMatchObject({ dong: 380_000_000 });
    // what a page at http://127.0.0.1:47222 could send with fetch and no preflight, the browser
    // adding the cookie of the same site
    const attack = await raw('/api/setClaim', {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:47222', 'Content-Type': 'text/plain', Cookie: `sovon_token=${server.token}` },
      body: JSON.stringify({ key: DA5_CARRY_IN, text: '1', scale: 'dong' }),
    });
    expect(attack.status).toBe(403);
    expect(await carryIn()).toMatchObject({ dong: 380_000_000 });
    expect((await post('bookInfo', {}, { ...withToken(), Origin: 'http://localhost:47222' })).status).toBe(403);
    expect((await post('bookInfo', {}, { ...withToken(), Origin: `https://127.0.0.1:${server.port}` })).status).toBe(403);
    expect((await post('bookInfo', {}, { ...withToken(), Origin: 'null' })).status).toBe(403);
  });

  it('accepts its own origin, by either name', async () => {
    expect((await post('bookInfo', {}, { ...withToken(), Origin: base() })).status).toBe(200);
    expect((await post('bookInfo', {}, { ...withToken(), Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('accepts only its own host and port in the Host header', async () => {
    const call = (host: string) => raw('/api/bookInfo', { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json', ...withToken() }, body: '{}' });
    expect((await call(`localhost:${server.port}`)).status).toBe(200);
    expect((await call(`127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await call('127.0.0.1')).status).toBe(403);
    expect((await call('127.0.0.1:47222')).status).toBe(403);
    expect((await call(`evil.example:${server.port}`)).status).toBe(403);
    expect((await raw('/', { headers: { Host: 'localhost:47222' } })).status).toBe(403);
  });

  it('takes the token from the X-Sovon-Token header only: no cookie, no ?token=', async () => {
    expect((await post('bookInfo', {}, { Cookie: `sovon_token=${server.token}` })).status).toBe(401);
    const query = await fetch(`${base()}/api/bookInfo?token=${server.token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(query.status).toBe(401);
    expect(await query.json()).toMatchObject({ ok: false, error: expect.stringMatching(VIETNAMESE) });
  });

  it('refuses an API call that is not JSON with 415 and a Vietnamese message', async () => {
    const res = await fetch(`${base()}/api/bookInfo`, { method: 'POST', headers: { 'Content-Type': 'text/plain', ...withToken() }, body: '{}' });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/JSON/) });
    const none = await raw('/api/bookInfo', { method: 'POST', headers: withToken(), body: '{}' });
    expect(none.status).toBe(415);
    const charset = await post('bookInfo', {}, { ...withToken(), 'Content-Type': 'application/json; charset=utf-8' });
    expect(charset.status).toBe(200);
  });

  it('sets no cookie, and serves the page without the token', async () => {
    const withQuery = await fetch(`${base()}/?token=${server.token}`);
    expect(withQuery.headers.get('set-cookie')).toBeNull();
    const bare = await fetch(`${base()}/`);
    expect(bare.status).toBe(200);
    expect(bare.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await bare.text()).toContain('Sổ Vốn');
  });
});

describe('browser mode server: headers, limits and errors', () => {
  it('sends the security headers with every answer', async () => {
    const answers = [await fetch(`${base()}/`), await post('bookInfo', {}), await fetch(`${base()}/nowhere.js`), await post('bookInfo', {}, withToken())];
    for (const res of answers) {
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers an oversized body with 413 and a Vietnamese message, not a reset connection', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) });
    const res = await post('bookInfo', JSON.parse(big), withToken());
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/quá lớn/) });
    expect((await post('bookInfo', {}, withToken())).status).toBe(200);
  });

  it('takes a province annex of several megabytes on the import calls, and only there', async () => {
    const data = Buffer.alloc(6 * 1024 * 1024, 7).toString('base64');
    const res = await post('previewImport', { program: 'GNBV', fileName: 'lon.xlsx', data }, withToken());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/không phải là bảng tính Excel/) });
  });

  it('answers a chunked body that grows past the limit with 413 and closes the connection', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 6 MB in all, without a Content-Length: the server learns the size only by reading
        if (sent++ < 24) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${base()}/api/bookInfo`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...withToken() }, body, duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/quá lớn/) });
    expect((await post('bookInfo', {}, withToken())).status).toBe(200);
  });

  it('answers a malformed path with 400 in Vietnamese', async () => {
    for (const bad of ['/api/%E0%A4%A', '/%E0%A4%A', '/api/%00']) {
      const res = await raw(bad, { method: 'POST', headers: { 'Content-Type': 'application/json', ...withToken() }, body: '{}' });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: expect.stringMatching(VIETNAMESE) });
      expect(res.body).not.toMatch(/URI|Error/);
    }
  });

  it('answers an unexpected failure with 500 in Vietnamese, without its internals', async () => {
    const failing = { dispatch: async () => { throw new Error('SQLITE_CORRUPT at /home/secret/book.sovon'); } } as unknown as Service;
    const other = await startServer(failing, { staticDir: dir });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await fetch(`http://127.0.0.1:${other.port}/api/bookInfo`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Sovon-Token': other.token }, body: '{}',
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ ok: false, error: expect.stringMatching(VIETNAMESE) });
      expect(text).not.toMatch(/SQLITE|secret/);
      expect(quiet).toHaveBeenCalled();
    } finally {
      quiet.mockRestore();
      await other.close();
    }
  });
});
