import { z } from 'zod';

/** The app-wide actions the native menu sends and the keyboard and command palette run. */
export const AppCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(['new-record', 'find', 'undo', 'redo', 'export', 'import', 'palette']) }).strict(),
  z.object({ type: z.literal('go'), section: z.string().regex(/^[a-z][a-z-]{0,39}$/) }).strict(),
]);
export type AppCommand = z.infer<typeof AppCommandSchema>;

/** The channel main sends an AppCommand on (main → renderer only; never invoked). */
export const APP_COMMAND_CHANNEL = 'app:command';
