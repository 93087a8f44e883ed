import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// main, the CLI and the compaction worker share one Node bundle (target node20 so the CLI runs on plain Node 20);
// the sandboxed preload must be CommonJS; the renderer is a minified React build.
export default defineConfig({
  main: {
    build: {
      target: 'node20',
      outDir: 'out/main',
      lib: {
        entry: {
          main: resolve('electron/main/main.ts'),
          cli: resolve('electron/cli/cli.ts'),
          compactWorker: resolve('electron/core/journal/compactWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: { preload: resolve('electron/preload/preload.ts') } },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
