// The window opens where she left it: its size and place, and whether it was maximized, kept in
// a small JSON in Electron's userData folder. A place on a screen no longer there (the laptop
// left its second monitor at the office) is forgotten, not used; a file that cannot be read is
// the same as no file.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_SIZE = { width: 800, height: 500 } as const;
/** what must show of the title bar on some screen for her to catch it with the mouse */
const GRIP = { width: 120, height: 30 } as const;

export interface WindowState {
  /** the bounds when not maximized (Electron's normal bounds) */
  bounds: Rectangle;
  maximized: boolean;
}

/** The saved state, if it is whole and its title bar lies on one of `workAreas`; else null. */
export function readWindowState(dir: string, workAreas: readonly Rectangle[]): WindowState | null {
  let saved: unknown;
  try {
    saved = JSON.parse(fs.readFileSync(path.join(dir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
  if (!isState(saved)) return null;
  const area = workAreas.find((a) => titleBarOn(saved.bounds, a));
  if (!area) return workAreas[0] ? { bounds: centred(saved.bounds, workAreas[0]), maximized: saved.maximized } : null;
  return { bounds: fitted(saved.bounds, area), maximized: saved.maximized };
}

/** Saved as the window closes (its normal bounds even when maximized, so un-maximizing restores them). */
export function keepWindowState(win: BrowserWindow, dir: string): void {
  win.on('close', () => {
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() };
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = path.join(dir, `${WINDOW_STATE_FILE}.tmp`);
      fs.writeFileSync(tmp, JSON.stringify(state));
      fs.renameSync(tmp, path.join(dir, WINDOW_STATE_FILE));
    } catch {
      // a read-only profile costs the window's place, never her work
    }
  });
}

function isState(v: unknown): v is WindowState {
  if (typeof v !== 'object' || v === null) return false;
  const { bounds, maximized } = v as Partial<WindowState>;
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return false;
  const { x, y, width, height } = bounds;
  return [x, y, width, height].every(Number.isSafeInteger) && width >= MIN_SIZE.width && height >= MIN_SIZE.height;
}

function titleBarOn(b: Rectangle, a: Rectangle): boolean {
  const across = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
  return across >= GRIP.width && b.y >= a.y && b.y + GRIP.height <= a.y + a.height;
}

/** No larger than the screen it is on (its resolution may have dropped since). */
function fitted(b: Rectangle, a: Rectangle): Rectangle {
  const width = Math.min(b.width, a.width);
  const height = Math.min(b.height, a.height);
  const x = Math.min(Math.max(b.x, a.x), a.x + a.width - width);
  const y = Math.min(Math.max(b.y, a.y), a.y + a.height - height);
  return { x, y, width, height };
}

/** Off every screen: her size kept, on the primary screen's middle. */
function centred(b: Rectangle, primary: Rectangle): Rectangle {
  const width = Math.min(b.width, primary.width);
  const height = Math.min(b.height, primary.height);
  return { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height };
}
