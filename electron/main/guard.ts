// App-wide rules for every web page Electron creates, ours or not (Electron's checklist, items
// 5, 13, 14, 12): a page may navigate or be redirected only within our own origin, opens no
// window, attaches no <webview>, is granted no permission (copy and paste in the grid use
// clipboard events, which need none), and loads nothing from the network.
import type { App, Session, WebContents } from 'electron';
import { isOurs } from './origin';

export function installGuard(app: App, origin: string): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, origin));
}

export function guardContents(contents: WebContents, origin: string): void {
  contents.on('will-navigate', (event) => { if (!isOurs(event.url, origin)) event.preventDefault(); });
  contents.on('will-frame-navigate', (event) => { if (!isOurs(event.url, origin)) event.preventDefault(); });
  contents.on('will-redirect', (event) => { if (!isOurs(event.url, origin)) event.preventDefault(); });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  guardSession(contents.session, origin);
}

/** Idempotent: each handler replaces the one before, so guarding a session twice is harmless. */
export function guardSession(session: Session, origin: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // the CSP says the same; this holds even for a page that carries no CSP (the print window)
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayLoad(details.url, origin) }));
}

const NETWORK = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** app:, file: (the print sheet), data:, blob: and devtools: are local. Over the network only
 * the dev server's host, in development (its live reload is a ws: socket on the same port). */
export function mayLoad(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    if (!NETWORK.has(u.protocol)) return true;
    const ours = new URL(origin);
    return ours.protocol === 'http:' && u.host === ours.host;
  } catch {
    return false;
  }
}
