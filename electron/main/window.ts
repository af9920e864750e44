// The window, with Electron's security checklist in its options. The options are written out
// in the constructor call itself so that Electronegativity (npm run lint:electron), which reads
// the code, can see them; the tests read them from a mocked BrowserWindow.
import { BrowserWindow, type Rectangle } from 'electron';
import { APP_NAME } from '../../shared/i18n/vi';
import { MIN_SIZE } from './window-state';

/** `devTools`: only outside a packaged app (index.ts passes !app.isPackaged). `place`: where she
 * left it (window-state.ts); without it, centred. */
export function createMainWindow(preload: string, devTools: boolean, place?: Rectangle): BrowserWindow {
  return new BrowserWindow({
    ...(place && { x: place.x, y: place.y }),
    width: place?.width ?? 1400,
    height: place?.height ?? 860,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK (reviewed: electron/preload/index.ts exposes one call over one channel)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // a middle click would open a link in a new window; the guard denies those anyway
      disableBlinkFeatures: 'Auxclick',
      devTools,
      spellcheck: false,
    },
  });
}
