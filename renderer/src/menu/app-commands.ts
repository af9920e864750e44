// The native menu bar's commands in the page (Electron only; shared/app-commands.ts names them):
// each runs the handler the page's own menus, buttons and keys run (App.tsx gives one for every
// name, which the type holds), so the window and browser mode do the same thing.
import { useEffect, useRef } from 'react';
import { type AppCommand, isAppCommand } from '../../../shared/app-commands';

export type CommandHandlers = Record<AppCommand, () => void>;

/** A name from outside runs its handler; anything else is ignored. */
export function runCommand(handlers: CommandHandlers, name: unknown): boolean {
  if (!isAppCommand(name)) return false;
  handlers[name]();
  return true;
}

/** Listens to the menu bar through the preload while mounted; the latest handlers run. */
export function useAppCommands(handlers: CommandHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => { latest.current = handlers; });
  useEffect(() => {
    const bridge = window.sovon;
    if (!bridge?.onCommand) return undefined;
    bridge.onCommand((name) => runCommand(latest.current, name));
    return () => bridge.onCommand?.(null);
  }, []);
}
