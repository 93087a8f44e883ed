import type { ContactDetail } from '../../../electron/shared/contract';
import { calendarDateInZone, formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { InteractionLog, type TimelineEntry } from '../interactions/InteractionLog';
import { stageKeys } from '../negotiations/negotiationLabels';
import { cityLabel } from './cityLabel';

/**
 * The contact's timeline, newest first: the interactions they took part in (changed and removed in
 * place), and the candidacies and conference participations that name them, each with a button to
 * its record (the negotiation, the conference's recruitment). Logging is the header's quick action.
 */
export function ContactTimeline({ detail }: { detail: ContactDetail }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const { contact, cities, involvement } = detail;
  const changed = (at: string) => formatCalendarDate(calendarDateInZone(at, homeZone), locale);

  const candidacies: TimelineEntry[] = (involvement?.candidacies ?? []).map((c) => ({
    key: `candidacy-${c.id}`,
    at: c.at,
    node: (
      <>
        <p className="timeline-kind">{t('contactPage.candidacy', { city: c.city, conference: c.conference })}</p>
        <p className="muted">
          {t('contactPage.stageSince', { stage: t(stageKeys[c.stage]), date: changed(c.at) })} · {t(c.decisionMaker ? 'contactPage.decisionMaker' : 'contactPage.candidacyContact')}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('contactPage.openCandidacyNamed', { city: c.city, conference: c.conference })}
            onClick={() => store.getState().showCandidacy(c.conferenceId, c.id)}
          >
            {t('contactPage.openCandidacy')}
          </button>
        </div>
      </>
    ),
  }));
  const participations: TimelineEntry[] = (involvement?.participations ?? []).map((p) => ({
    key: `participation-${p.id}`,
    at: p.at,
    node: (
      <>
        <p className="timeline-kind">{t('contactPage.participation', { conference: p.conference })}</p>
        <p className="muted">{t('contactPage.stageSince', { stage: t(`stage.${p.stage}`), date: changed(p.at) })}</p>
        <div className="actions">
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('contactPage.openRecruitmentNamed', { conference: p.conference })}
            onClick={() => store.getState().showRecruitment(p.conferenceId)}
          >
            {t('contactPage.openRecruitment')}
          </button>
        </div>
      </>
    ),
  }));

  return (
    <InteractionLog
      of="contact"
      id={contact.id}
      title={t('contactPage.timeline')}
      extra={[...candidacies, ...participations]}
      logButton={false}
      prefill={{ participants: [{ id: contact.id, name: contactDisplayName(contact) }], cities: cities.map((city) => ({ id: city.id, label: cityLabel(city) })) }}
    />
  );
}
