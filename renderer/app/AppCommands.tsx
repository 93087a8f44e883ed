import { useEffect, useState } from 'react';
import type { AppCommand } from '../../electron/shared/appCommand';
import { goToSections } from '../../electron/shared/goToSections';
import { CommandPalette } from '../features/palette/CommandPalette';
import { useAppStoreApi } from '../store/useAppStore';
import { runAppCommand } from './runAppCommand';

/** The app-wide keys; the native menu shows the same ones (main/appMenuTemplate.ts) but leaves them to the page. */
function commandForKey(event: KeyboardEvent): AppCommand | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey) || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'k') return { type: 'palette' };
  if (key === 'f') return { type: 'find' };
  if (key === 'n') return { type: 'new-record' };
  if (key === 'e') return { type: 'export' };
  const section = /^[1-9]$/.test(key) ? goToSections[Number(key) - 1] : undefined;
  return section ? { type: 'go', section: section.id } : null;
}

/**
 * Runs the native menu's commands (window.api.onAppCommand) and the same commands from the
 * keyboard, and shows the command palette. Behind an open dialog only the palette's own keys act,
 * so nothing changes where the user cannot see it.
 */
export function AppCommands() {
  const store = useAppStoreApi();
  const [paletteOpen, setPaletteOpen] = useState(false);

  useEffect(() => {
    const open = () => setPaletteOpen(true);
    const run = (command: AppCommand) => {
      if (document.querySelector('[aria-modal="true"]')) return;
      runAppCommand(store, command, open);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = store.getState().api.onAppCommand(run);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [store]);

  return paletteOpen ? (
    <CommandPalette
      onClose={() => setPaletteOpen(false)}
      onRun={(command) => {
        setPaletteOpen(false);
        // After the dialog has closed and given focus back, so "Find" and "New" land on the screen.
        queueMicrotask(() => runAppCommand(store, command, () => setPaletteOpen(true)));
      }}
    />
  ) : null;
}
