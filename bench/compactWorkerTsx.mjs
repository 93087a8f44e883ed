// The compaction worker from source, for benchmark runs without a build: the app runs the bundled
// out/main/compactWorker.js instead. A worker thread does not inherit tsx from --import, so this
// entry registers it before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('../electron/core/journal/compactWorker.ts');
