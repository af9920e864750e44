import fs from 'node:fs';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** The app's script (renderer/src/boot.tsx) is imported by the page's small entry once it has run;
 * named in the page as well, so the browser fetches and compiles it meanwhile (modulepreload). */
function preloadApp(): Plugin {
  return {
    name: 'sovon-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const app = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/boot.tsx'));
        return app ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: { lib: { entry: 'electron/main/index.ts' } },
  },
  preload: {
    // a sandboxed preload must be CommonJS
    build: {
      lib: { entry: 'electron/preload/index.ts', formats: ['cjs'] },
      rollupOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    build: { minify: true, rollupOptions: { input: 'renderer/index.html' } },
    plugins: [react(), preloadApp()],
    // the About box says which version she runs
    define: { __SOVON_VERSION__: JSON.stringify((JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version) },
  },
});
