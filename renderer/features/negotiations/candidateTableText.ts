import type { LastContact, OpenStep } from '../../../electron/shared/contracts/negotiationChannels';
import type { T } from '../../i18n/createT';
import { interactionKindKeys } from './negotiationLabels';
import type { Formats } from './useFormats';
import { labelText } from '../../i18n/labelText';

/** "28 Nov 2026, 13:30 · Call · Venue visit", or "none". */
export function lastContactText(t: T, formats: Formats, lastContact: LastContact | null): string {
  if (!lastContact) return t('neg.none');
  return `${formats.instant(lastContact.at)} · ${t(interactionKindKeys[lastContact.kind])}${lastContact.subject ? ` · ${lastContact.subject}` : ''}`;
}

/** The open next step with its due date, or "none". */
export function nextStepText(t: T, formats: Formats, nextStep: OpenStep | null): string {
  return nextStep ? t('neg.board.next', { text: labelText(t, formats.locale, nextStep.textPhrase, nextStep.text), date: formats.day(nextStep.due) }) : t('neg.none');
}

/** The headers of a table of candidacies (the table view, the printed brief), before any of its own. */
export function candidateColumnLabels(t: T): string[] {
  return [t('neg.table.city'), t('neg.table.stage'), t('neg.table.score'), t('neg.table.lastContact'), t('neg.table.nextStep')];
}
