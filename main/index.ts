// Electron's entry point (bundled by electron-vite into out/main/index.js).
import { startApp } from './shell/start-app.ts';

startApp();
