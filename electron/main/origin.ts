// Where the window's page comes from, and so the one origin that may navigate, call the API
// and be served: app://sovon in a built or packaged app; in development, electron-vite's dev
// server when ELECTRON_RENDERER_URL names one on this machine. A packaged app never honours
// that variable: anyone who can set it would get the bridge to her books in their own page.

export const APP_SCHEME = 'app';
export const APP_HOST = 'sovon';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface RendererEntry {
  url: string;
  origin: string;
}

export function rendererEntry(packaged: boolean, devUrl: string | undefined): RendererEntry {
  const devOrigin = !packaged && devUrl ? localDevOrigin(devUrl) : null;
  if (devOrigin && devUrl) return { url: devUrl, origin: devOrigin };
  return { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN };
}

/** `scheme://host[:port]` of a URL, or null. Node's URL says "null" for the origin of any scheme
 * it does not know (app: included), so the origin is built from its parts. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.host ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}

export function isOurs(url: string, origin: string): boolean {
  return originOf(url) === origin;
}

/** The dev server is plain http on this machine; anything else is refused. */
function localDevOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1') ? `${u.protocol}//${u.host}` : null;
  } catch {
    return null;
  }
}
