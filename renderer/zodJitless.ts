import { z } from 'zod';

// The page's CSP has no 'unsafe-eval'. Zod would otherwise probe `new Function` on first parse,
// and Chromium reports that caught probe as a CSP violation; jitless skips the probe and the JIT.
z.config({ jitless: true });
