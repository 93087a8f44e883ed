import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Three projects: node (shared, core, cli, main with the electron mock), renderer (happy-dom),
// and e2e (real Chromium against the harness; needs `npm run build` first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{shared,core,cli,main}/**/*.test.ts'],
          setupFiles: ['test/main/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          // Stylesheets stay empty in tests except when read as text (the design-token checks).
          css: { include: [/\.css\?raw$/] },
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          // A test that renders several screens waits on each one's lazy chunk: 5 s was too short on a loaded machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts', 'test/smoke/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
