import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

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
    plugins: [react()],
  },
});
