import { z } from 'zod';
import { channel } from './channel';

/** A contact whose birthday falls in the coming days, for Home and the reminders. */
export interface BirthdayRow {
  contactId: string;
  name: string;
  /** The day it is celebrated this time (`yyyy-MM-dd`, in the home zone's calendar). */
  on: string;
  /** 0 is today. */
  inDays: number;
  /** The age they turn, when the year of birth is known; null for a birthday stored without one. */
  turns: number | null;
}

export interface BirthdaysSoon {
  /** Today in the home zone. */
  today: string;
  rows: BirthdayRow[];
}

export const birthdayChannels = {
  /** Birthdays from today through the next `days - 1` days, soonest first. */
  'birthdays:soon': channel<BirthdaysSoon>()(z.object({ days: z.number().int().min(1).max(31).default(7), limit: z.number().int().min(1).max(500).default(50) }).strict()),
} as const;
