import { useId } from 'react';
import type { PartnershipRow, PersonRef } from '../../../electron/shared/contracts/placeChannels';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { ContactLink } from '../contacts/ContactLink';
import { kindKeys } from '../interactions/InteractionDialog';
import { InteractionLog } from '../interactions/InteractionLog';
import { statusKeys } from './PartnershipDialog';
import { RecordActions } from './RecordActions';
import { SyncConflictBanner } from '../sync/SyncConflictBanner';

interface Props {
  row: PartnershipRow;
  onEdit: () => void;
  onDelete: () => void;
}

/**
 * One partnership's page: status and the last exchange (the newest interaction with the
 * partnership, its contacts or coordinators, or the date recorded), both coordinators as links to
 * their pages, then the linked contacts and the partnership's interactions.
 */
export function PartnershipDetail({ row, onEdit, onDelete }: Props) {
  const t = useT();
  const headingId = useId();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const { partnership } = row;
  const none = t('contact.none');
  const last = row.lastInteraction ?? null;
  // The logged interaction names the exchange when it is the one the date comes from.
  const lastText = row.lastExchange
    ? last && last.day === row.lastExchange
      ? t('partnerships.lastExchangeWhat', { what: last.subject ? `${t(kindKeys[last.kind])}: ${last.subject}` : t(kindKeys[last.kind]), date: formatCalendarDate(row.lastExchange, locale) })
      : formatCalendarDate(row.lastExchange, locale)
    : t('partnerships.noExchange');
  const people = (list: PersonRef[]) =>
    list.length === 0 ? (
      none
    ) : (
      <ul className="inline-list">
        {list.map((person) => (
          <li key={person.id}>
            <ContactLink id={person.id} name={person.name} />
          </li>
        ))}
      </ul>
    );
  return (
    <section className="detail partnership-page" aria-labelledby={headingId}>
      <header className="contact-header">
        <div className="contact-identity-text">
          <h2 id={headingId}>{row.label}</h2>
          <p className="contact-badges">
            <span className={`status-pill status-${partnership.status}`}>{t(statusKeys[partnership.status])}</span>
            {row.silent && <span className="badge">{t('partnerships.silent')}</span>}
            {partnership.establishedYear !== null && <span className="muted">{t('partnerships.since', { year: partnership.establishedYear })}</span>}
          </p>
        </div>
        <dl className="contact-glance">
          <div>
            <dt>{t('partnerships.lastExchange')}</dt>
            <dd className={row.silent ? 'overdue' : undefined}>{lastText}</dd>
          </div>
          <div>
            <dt>{t('partnerships.usCoordinators')}</dt>
            <dd>{people(row.usCoordinators)}</dd>
          </div>
          <div>
            <dt>{t('partnerships.ruCoordinators')}</dt>
            <dd>{people(row.ruCoordinators)}</dd>
          </div>
        </dl>
        <RecordActions onEdit={onEdit} onDelete={onDelete} />
      </header>
      <SyncConflictBanner kind="partnerships" id={partnership.id} />
      {(partnership.source || partnership.notes) && (
        <dl className="detail-fields partnership-facts">
          {partnership.source && (
            <>
              <dt>{t('partnerships.source')}</dt>
              <dd className="break">{partnership.source}</dd>
            </>
          )}
          {partnership.notes && (
            <>
              <dt>{t('partnerships.notes')}</dt>
              <dd className="detail-notes">{partnership.notes}</dd>
            </>
          )}
        </dl>
      )}
      <section className="detail-section" aria-labelledby={`${headingId}-contacts`}>
        <h3 id={`${headingId}-contacts`}>{row.contactCount === 0 ? t('partnerships.contactsHeading') : t('partnerships.contacts', { count: row.contactCount })}</h3>
        {row.contactCount === 0 ? (
          <p className="muted">{t('partnerships.noContacts')}</p>
        ) : (
          <>
            <ul className="linked-contacts">
              {row.contacts.map((contact) => (
                <li key={contact.id}>
                  <ContactLink id={contact.id} name={contact.name} />
                </li>
              ))}
            </ul>
            {row.contactCount > row.contacts.length && <p className="muted">{t('partnerships.moreContacts', { count: row.contactCount - row.contacts.length })}</p>}
          </>
        )}
      </section>
      <InteractionLog
        of="partnership"
        id={partnership.id}
        prefill={{
          partnerships: [{ id: partnership.id, label: row.label }],
          participants: [...row.usCoordinators, ...row.ruCoordinators],
          cities: [row.usCity, row.ruCity].flatMap((city) => (city ? [{ id: city.id, label: city.label }] : [])),
        }}
      />
    </section>
  );
}
