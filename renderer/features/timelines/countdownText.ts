import type { Countdown } from '../../../electron/shared/timelines/countdown';
import type { T } from '../../i18n/createT';

/** "in 45–65 days", "in 3 days", "today", "any day now, within 5 days", "2 days ago". */
export function countdownText(t: T, countdown: Countdown): string {
  switch (countdown.kind) {
    case 'future':
      return countdown.from === countdown.to ? t('countdown.inDays', { count: countdown.from }) : t('countdown.inRange', { from: countdown.from, to: countdown.to });
    case 'today':
      return t('countdown.today');
    case 'within':
      return t('countdown.within', { count: countdown.to });
    case 'past':
      return countdown.from === countdown.to ? t('countdown.ago', { count: countdown.from }) : t('countdown.agoRange', { from: countdown.from, to: countdown.to });
  }
}
