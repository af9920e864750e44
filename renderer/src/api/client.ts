// The renderer's only way to the back end: Electron's preload bridge when present, otherwise
// HTTP to the browser-mode server (the token came in the page URL and is kept in memory).
import type { CallInput, CallName, CallResults, Reply, SovonApi, UserErrorCode, UserErrorDetail } from '../../../shared/api';
import { resultFromWire } from '../../../shared/wire';

declare global {
  interface Window {
    sovon?: {
      call(name: string, input: unknown): Promise<Reply<CallName>>;
      /** the native menu's commands (electron/preload): one listener, null to stop */
      onCommand?(listener: ((command: string) => void) | null): void;
    };
  }
}

/** A refusal to show her; `code` says when she can answer it (confirm, pick another name). */
export class ApiError extends Error {
  constructor(message: string, readonly code?: UserErrorCode, readonly detail?: UserErrorDetail) {
    super(message);
  }
}

export const MSG_NO_TOKEN = 'Thiếu mã phiên làm việc trong địa chỉ. Hãy mở Sổ Vốn bằng địa chỉ đầy đủ mà lệnh npm start hoặc sovon serve đã in ra (có ?token=…).';
const MSG_BAD_TOKEN = 'Mã phiên làm việc trong địa chỉ không đúng hoặc đã cũ (Sổ Vốn đã được khởi động lại?). '
  + 'Hãy mở Sổ Vốn bằng địa chỉ mới nhất mà lệnh npm start hoặc sovon serve đã in ra.';
const MSG_OFFLINE = 'Mất kết nối với Sổ Vốn (máy chủ chế độ trình duyệt đã dừng?)';
const MSG_GARBLED = 'Máy chủ Sổ Vốn trả lời không đúng định dạng.';

/** The session token of browser mode, from the page URL; null if the link lacks it. */
function pageToken(): string | null {
  return new URLSearchParams(window.location.search).get('token') || null;
}

/** Browser mode opened from a link without the token: no call can succeed, so make none. */
export function sessionMissing(): boolean {
  return !window.sovon && pageToken() === null;
}

function httpTransport(): (name: string, input: unknown) => Promise<Reply<CallName>> {
  const token = pageToken() ?? '';
  return async (name, input) => {
    let res: Response;
    try {
      res = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sovon-Token': token },
        body: JSON.stringify(input),
      });
    } catch {
      throw new ApiError(MSG_OFFLINE);
    }
    return replyOf(res);
  };
}

/** Every answer becomes a Reply or an ApiError in Vietnamese, never a parse error. */
async function replyOf(res: Response): Promise<Reply<CallName>> {
  if (res.status === 401) throw new ApiError(MSG_BAD_TOKEN);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.ok ? MSG_GARBLED : httpError(res.status));
  }
  if (!isReply(body)) throw new ApiError(res.ok ? MSG_GARBLED : httpError(res.status));
  if (!res.ok && body.ok) throw new ApiError(httpError(res.status));
  return body;
}

function httpError(status: number): string {
  return `Máy chủ Sổ Vốn trả lời lỗi (mã HTTP ${status}).`;
}

function isReply(body: unknown): body is Reply<CallName> {
  if (typeof body !== 'object' || body === null) return false;
  const reply = body as { ok?: unknown; error?: unknown };
  return reply.ok === true || (reply.ok === false && typeof reply.error === 'string');
}

export function createApi(): SovonApi & { mode: 'electron' | 'browser' } {
  const bridge = window.sovon;
  const send = bridge ? bridge.call.bind(bridge) : httpTransport();
  return {
    mode: bridge ? 'electron' : 'browser',
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]> {
      const reply = await send(name, input);
      if (!reply.ok) throw new ApiError(reply.error, reply.code, reply.detail);
      return resultFromWire(reply.result) as CallResults[N];
    },
  };
}

export const api = createApi();
