/** The single IPC channel Electron uses (its own module so the preload bundles nothing else). */
export const IPC_CHANNEL = 'sovon:call';
