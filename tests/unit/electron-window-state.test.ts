// The window opens where she left it (electron/main/window-state.ts), or where it can be seen.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_STATE_FILE, keepWindowState, readWindowState } from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const monitor = { x: 1366, y: 0, width: 1920, height: 1040 };
let dir: string;
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-window-state-')); });

const save = (state: unknown) => fs.writeFileSync(path.join(dir, WINDOW_STATE_FILE), typeof state === 'string' ? state : JSON.stringify(state));

function closingWindow(bounds: object, maximized: boolean) {
  return Object.assign(new EventEmitter(), { getNormalBounds: () => bounds, isMaximized: () => maximized });
}

describe('the window\'s place', () => {
  it('is kept as the window closes and given back at the next start, maximized too', () => {
    const win = closingWindow({ x: 1500, y: 40, width: 1400, height: 900 }, true);
    keepWindowState(win as never, dir);
    win.emit('close');
    expect(readWindowState(dir, [laptop, monitor])).toEqual({ bounds: { x: 1500, y: 40, width: 1400, height: 900 }, maximized: true });
    expect(fs.readdirSync(dir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('is nothing the first time', () => {
    expect(readWindowState(dir, [laptop])).toBeNull();
  });

  it('keeps her size but comes back to the main screen when its screen is gone', () => {
    save({ bounds: { x: 1500, y: 40, width: 1200, height: 900 }, maximized: false });
    expect(readWindowState(dir, [laptop])).toEqual({ bounds: { x: 83, y: 0, width: 1200, height: 728 }, maximized: false });
  });

  it('comes back when only a sliver of it, or none of its title bar, would show', () => {
    save({ bounds: { x: 1300, y: 100, width: 1000, height: 600 }, maximized: false }); // 66 px on the laptop
    expect(readWindowState(dir, [laptop])!.bounds).toEqual({ x: 183, y: 64, width: 1000, height: 600 });
    save({ bounds: { x: 100, y: -200, width: 1000, height: 600 }, maximized: false }); // title bar above the screen
    expect(readWindowState(dir, [laptop])!.bounds).toEqual({ x: 183, y: 64, width: 1000, height: 600 });
  });

  it('is made to fit a screen that became smaller', () => {
    save({ bounds: { x: 200, y: 100, width: 1800, height: 1000 }, maximized: false });
    expect(readWindowState(dir, [laptop])!.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('ignores a file that is cut, garbled, or not a place, without failing', () => {
    for (const bad of ['{"bounds": {"x": 1', 'null', '[]', { bounds: { x: 0, y: 0, width: 'wide', height: 800 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 1200, height: 800 } }, { bounds: { x: 0, y: 0, width: 20, height: 10 }, maximized: false },
      { bounds: { x: 1e300, y: 0, width: 1200, height: 800 }, maximized: true }]) {
      save(bad);
      expect(readWindowState(dir, [laptop]), JSON.stringify(bad)).toBeNull();
    }
  });

  it('is not saved in a folder it cannot write, and the window still closes', () => {
    const win = closingWindow({ x: 0, y: 0, width: 1200, height: 800 }, false);
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    keepWindowState(win as never, path.join(file, 'userData'));
    expect(() => win.emit('close')).not.toThrow();
  });
});
