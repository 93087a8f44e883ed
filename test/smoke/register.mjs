// `node --import ./test/smoke/register.mjs ...`: makes `import ... from 'electron'` resolve to
// test/smoke/electron-stub.mjs, so the BUILT main bundle (out/main/main.js, ESM) can be loaded
// under plain Node, where there is no Electron binary. (Node 20's register() hooks cover
// `import`, not `require`; the main bundle is ESM.)
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
