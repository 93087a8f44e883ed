import type { ProgramChange } from '../commands/programCommands';
import { phrase, type Phrase } from '../i18n/Phrase';
import { checkStatusMove, type StatusRuleItem } from './programStatus';

/**
 * Why one change from the partner's copy cannot be applied to the item as it stands, or null.
 * The review shows it beside the row, and program.import refuses the same, so what the user is
 * offered to accept is exactly what will apply.
 */
export function programChangeProblem(item: StatusRuleItem, change: ProgramChange): Phrase | null {
  const day = change.day === undefined ? item.day : change.day;
  const start = change.start === undefined ? item.start : change.start;
  const moved = day !== item.day || start !== item.start;
  const status = change.status ?? item.status;
  if (item.status === 'confirmed' && status === 'confirmed' && moved) return phrase('errors.program.confirmedFixed');
  if (status !== item.status) {
    const verdict = checkStatusMove({ ...item, day, start }, status, change.statusReason ?? '');
    if (!verdict.ok) return verdict.phrase;
  }
  return null;
}
