import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite builds three bundles into out/: the Electron main process (with the
// cleaning, health and pair-filter workers as entries of their own, so worker_threads can load them), the sandboxed
// preload, and the React renderer, which `dossier serve` also serves to browsers.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'main/index.ts'),
          'clean-worker': resolve(import.meta.dirname, 'main/core/import/clean-worker.ts'),
          'health-worker': resolve(import.meta.dirname, 'main/core/integrity/health-worker.ts'),
          'pair-filter-worker': resolve(import.meta.dirname, 'main/core/search/pair-filter-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves bundles unminified; the renderer is also served to browsers by `dossier serve`.
      minify: true,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
