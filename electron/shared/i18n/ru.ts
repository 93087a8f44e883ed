import type { Catalog } from './en';
import { base } from './ru/base';
import { exportImport } from './ru/exportImport';
import { importLines } from './ru/importLines';
import { contactTools } from './ru/contactTools';
import { contactForm } from './ru/contactForm';
import { interactions } from './ru/interactions';
import { places } from './ru/places';
import { negotiations } from './ru/negotiations';
import { timelines } from './ru/timelines';
import { desktop } from './ru/desktop';
import { tasks } from './ru/tasks';
import { summaries } from './ru/summaries';
import { errors } from './ru/errors';
import { maintenance } from './ru/maintenance';
import { fileMessages } from './ru/fileMessages';
import { program } from './ru/program';
import { contactModel } from './ru/contactModel';
import { sync } from './ru/sync';
import { emptyStates } from './ru/emptyStates';

/**
 * The Russian catalog: one file per feature under ru/, each typed against its English file, so a
 * feature that adds English keys fails to type-check until it translates them. Plural messages give
 * one/few/many (Intl.PluralRules('ru')) and `other` for fractions.
 */
export const ru = {
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
} as const satisfies Catalog;
