import { secureWebPreferences } from './web-preferences.ts';

/**
 * The constructor options of Dossier's main window. Pure (no Electron import), so a unit test
 * reads the very webPreferences every window is created with.
 */
export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Dossier',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  } as const;
}
