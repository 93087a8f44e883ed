import { join } from 'node:path';
import { build } from 'vite';

/**
 * Bundles a TypeScript entry (a child process the test starts many times) into one ES module in
 * `outDir` and returns its path. tsx needs about 0.5 s per start; the bundle starts in tens of
 * milliseconds, so hundreds of real processes fit in a test.
 */
export async function bundleChildScript(entry: string, outDir: string, fileName: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      target: 'node20',
      minify: false,
      emptyOutDir: true,
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
  });
  return join(outDir, fileName);
}
