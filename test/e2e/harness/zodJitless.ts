// Imported by bridge.ts BEFORE the contract: zod v4 probes `new Function('')` when it builds an
// object schema (to decide on its JIT fast path). Under the page's CSP (no 'unsafe-eval') that
// probe is refused and reported as a CSP violation. In Electron the preload builds the contract in
// its isolated world, outside the page's CSP; the harness bridge runs in the page's own world, so
// it switches the probe off to stay as silent as the preload. (The renderer's own zod use is not
// affected by this: it is a separate bundle.)
import { z } from 'zod';

z.config({ jitless: true });
