import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, mimeTypeOf, resolveAppPath } from './appProtocol';

/** Serves the built renderer from app://liaison/ (never file://), refusing anything outside it. */
export function registerAppProtocol(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = resolveAppPath(rendererDir, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { 'content-type': mimeTypeOf(path) } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
