import { z } from 'zod';
import { Empty, channel } from './channel';

/** The long jobs that report progress: each may run for seconds on a large store. */
export const TaskKindSchema = z.enum(['export', 'import', 'backup', 'restore', 'compaction']);
export type TaskKind = z.infer<typeof TaskKindSchema>;

/** What a job is doing now; the UI names it ("Writing the file…"), the CLI prints it. */
export const TaskPhaseSchema = z.enum(['preparing', 'reading', 'planning', 'compacting', 'folding', 'writing', 'verifying', 'copying', 'committing']);
export type TaskPhase = z.infer<typeof TaskPhaseSchema>;

/** What the job works on, where one kind covers several (contacts, the calendar, participants). */
export const TaskSubjectSchema = z.enum(['contacts', 'calendar', 'participants', 'workspace']);
export type TaskSubject = z.infer<typeof TaskSubjectSchema>;

export const TaskStateSchema = z.enum(['running', 'done', 'cancelled', 'failed']);
export type TaskState = z.infer<typeof TaskStateSchema>;

/**
 * One job as the UI sees it, pushed as `task:progress` at its start, at most every 100 ms while it
 * runs, whenever it passes its point of no return, and at its end.
 */
export const TaskProgressSchema = z
  .object({
    id: z.string().min(1).max(64),
    kind: TaskKindSchema,
    subject: TaskSubjectSchema,
    phase: TaskPhaseSchema,
    /** Records (or bytes, for a copy) done in this phase, of `total`; total null = unknown. */
    done: z.number().int().min(0),
    total: z.number().int().min(0).nullable(),
    unit: z.enum(['records', 'bytes']),
    /** False once the job is past the point where stopping it would leave anything half done. */
    cancellable: z.boolean(),
    state: TaskStateSchema,
  })
  .strict();
export type TaskProgress = z.infer<typeof TaskProgressSchema>;

/** The event main sends to the window (and the e2e harness over Server-Sent Events). */
export const TASK_PROGRESS_EVENT = 'task:progress';

export const taskChannels = {
  /** The jobs running now, for a window that opens (or reloads) while one runs. */
  'tasks:list': channel<TaskProgress[]>()(Empty),
  /** Asks a job to stop; `cancelled: false` when it has finished or is past its point of no return. */
  'tasks:cancel': channel<{ cancelled: boolean }>()(z.object({ id: z.string().min(1).max(64) }).strict()),
} as const;
