/** The single IPC channel Electron uses (its own module so the preload bundles nothing else). */
export const IPC_CHANNEL = 'sovon:call';

/** Main → page only: a command of the native menu, by name (shared/app-commands.ts). */
export const COMMAND_CHANNEL = 'sovon:command';
