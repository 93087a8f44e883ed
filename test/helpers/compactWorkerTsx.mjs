// The compaction worker from source, for tests without a build (the app runs out/main/compactWorker.js).
// A worker thread does not inherit tsx from --import, so this entry registers it first.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/core/journal/compactWorker.ts');
