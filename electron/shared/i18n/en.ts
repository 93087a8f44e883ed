import { base } from './en/base';
import { exportImport } from './en/exportImport';
import { importLines } from './en/importLines';
import { contactTools } from './en/contactTools';
import { contactForm } from './en/contactForm';
import { interactions } from './en/interactions';
import { places } from './en/places';
import { negotiations } from './en/negotiations';
import { timelines } from './en/timelines';
import { desktop } from './en/desktop';
import { tasks } from './en/tasks';
import { summaries } from './en/summaries';
import { errors } from './en/errors';
import { maintenance } from './en/maintenance';
import { fileMessages } from './en/fileMessages';
import { program } from './en/program';
import { contactModel } from './en/contactModel';
import { sync } from './en/sync';
import { emptyStates } from './en/emptyStates';

/**
 * The English catalog: every string the UI shows, merged from one file per feature under en/
 * (a feature adds its file and one spread here). Keys are stable ids; a value with `one` and
 * `other` is chosen by Intl.PluralRules; `{name}` placeholders are filled by translate().
 * The Russian catalog must have exactly these keys; a test compares them.
 */
export const en = {
  ...base,
  ...exportImport,
  ...importLines,
  ...contactTools,
  ...contactForm,
  ...interactions,
  ...places,
  ...negotiations,
  ...timelines,
  ...desktop,
  ...tasks,
  ...summaries,
  ...errors,
  ...maintenance,
  ...fileMessages,
  ...program,
  ...contactModel,
  ...sync,
  ...emptyStates,
} as const;

export type MessageKey = keyof typeof en;
export type Message = string | { readonly one: string; readonly other: string; readonly few?: string; readonly many?: string };
export type Catalog = { readonly [K in MessageKey]: Message };
