// The renderer's only way to the back end: Electron's preload bridge when present, otherwise
// HTTP to the browser-mode server (the token came in the page URL and is kept in memory).
import type { CallInput, CallName, CallResults, Reply, SovonApi } from '../../../shared/api';

declare global {
  interface Window {
    sovon?: { call(name: string, input: unknown): Promise<Reply<CallName>> };
  }
}

export class ApiError extends Error {}

function httpTransport(): (name: string, input: unknown) => Promise<Reply<CallName>> {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return async (name, input) => {
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sovon-Token': token },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Reply<CallName>;
  };
}

export function createApi(): SovonApi & { mode: 'electron' | 'browser' } {
  const bridge = window.sovon;
  const send = bridge ? bridge.call.bind(bridge) : httpTransport();
  return {
    mode: bridge ? 'electron' : 'browser',
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]> {
      const reply = await send(name, input);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.result as CallResults[N];
    },
  };
}

export const api = createApi();
