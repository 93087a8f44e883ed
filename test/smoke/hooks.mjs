// Module resolve hook registered by register.mjs (runs on Node's loader thread).
const stubUrl = new URL('./electron-stub.mjs', import.meta.url).href;

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main' || specifier === 'electron/common') {
    return { url: stubUrl, format: 'module', shortCircuit: true };
  }
  return nextResolve(specifier, context);
}
