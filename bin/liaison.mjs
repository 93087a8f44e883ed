#!/usr/bin/env node
// The `liaison` command. The CLI is bundled with the app's main process by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(bundle)) {
  console.error('liaison: the CLI is not built yet; run `npm run build` first.');
  process.exit(1);
}
await import(bundle);
