import { z } from 'zod';
import { IdSchema, LongText, RecordBase, ShortText } from './common';
import { ScheduleSchema, WorkStatusSchema } from './milestone';
import { StoredPhraseSchema } from './storedPhrase';
import { schemaMessage } from '../i18n/schemaMessage';

export const TaskFields = {
  conferenceId: IdSchema.nullable().default(null),
  milestoneId: IdSchema.nullable().default(null),
  title: ShortText.min(1, schemaMessage('validation.enterTitle')),
  schedule: ScheduleSchema.nullable().default(null),
  ownerId: IdSchema.nullable().default(null),
  status: WorkStatusSchema.default('planned'),
  dependsOnIds: z.array(IdSchema).max(50).default([]),
  notes: LongText.default(''),
  /** The host-city candidacy the task concerns ("Tell Kazan the decision"). */
  candidacyId: IdSchema.nullable().optional(),
};
export const TaskSchema = z.object({
  ...RecordBase,
  ...TaskFields,
  /**
   * A title or notes Liaison wrote itself ("Tell Kazan the decision"), kept as a phrase so the
   * window shows it in its own language; `title`/`notes` hold the English. Set only by the command
   * that generated the task, and dropped once the user edits that text.
   */
  titlePhrase: StoredPhraseSchema.optional(),
  notesPhrase: StoredPhraseSchema.optional(),
});
export type Task = z.infer<typeof TaskSchema>;
export const TaskInputSchema = z.object(TaskFields);
