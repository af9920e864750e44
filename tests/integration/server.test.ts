import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Service } from '../../electron/backend/service/service';
import { startServer, type RunningServer } from '../../electron/backend/server/server';
import { tempDir } from '../support/temp';

let server: RunningServer;
let service: Service;

beforeAll(async () => {
  const dir = tempDir('server');
  service = new Service();
  await service.call('newBook', { path: path.join(dir, 'srv.sovon') });
  server = await startServer(service, { staticDir: dir });
});
afterAll(async () => {
  await server.close();
  service.close();
});

const base = () => `http://127.0.0.1:${server.port}`;
const post = (call: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base()}/api/${call}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser mode server', () => {
  it('listens on 127.0.0.1 and prints a URL with the session token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
  });

  it('answers API calls that carry the token', async () => {
    const res = await post('bookInfo', {}, { 'X-Sovon-Token': server.token });
    const reply = await res.json();
    expect(reply).toMatchObject({ ok: true, result: { fileName: 'srv.sovon' } });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    expect((await post('bookInfo', {})).status).toBe(401);
    expect((await post('bookInfo', {}, { 'X-Sovon-Token': 'guess' })).status).toBe(401);
  });

  it('refuses foreign Origin headers', async () => {
    const res = await post('bookInfo', {}, { 'X-Sovon-Token': server.token, Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
  });

  it('reports invalid input as a Vietnamese message, not a crash', async () => {
    const res = await post('getSheet', { year: 'hai nghìn' }, { 'X-Sovon-Token': server.token });
    expect(await res.json()).toMatchObject({ ok: false, error: expect.stringMatching(/Yêu cầu không hợp lệ/) });
    const unknown = await post('dropTables', {}, { 'X-Sovon-Token': server.token });
    expect(await unknown.json()).toMatchObject({ ok: false, error: 'Không có lệnh "dropTables".' });
  });
});
