/// <reference types="vite/client" />

/** package.json's version, written in by electron.vite.config.ts */
declare const __SOVON_VERSION__: string;
