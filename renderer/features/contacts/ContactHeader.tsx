import { useId } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import { calendarDateInZone, formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { contactDisplayName, contactLatinName } from '../../../electron/shared/names/contactDisplayName';
import { Avatar } from '../../components/Avatar';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { kindKeys } from '../interactions/InteractionDialog';
import { SalutationCopy } from './SalutationCopy';

interface Props {
  detail: ContactDetail;
  /** The id of the heading that names the whole page. */
  headingId: string;
  onEdit: () => void;
  onDelete: () => void;
  onRestore: () => void;
  onLog: () => void;
  onAddToConference: () => void;
}

/**
 * The top of a contact's page, what matters before a call (Monica's contact page is the model):
 * avatar, the name in both scripts, title and organisation, the last interaction and the next step,
 * the salutations to copy, and the quick actions. Kept as one component so that banners for the
 * record (a sync conflict, the Trash) sit above or below it without touching its inside.
 */
export function ContactHeader({ detail, headingId, onEdit, onDelete, onRestore, onLog, onAddToConference }: Props) {
  const t = useT();
  const id = useId();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const homeZone = useAppStore((s) => s.settings?.homeZone ?? 'Europe/Moscow');
  const { contact, organization, followUp = null, involvement } = detail;
  const name = contactDisplayName(contact);
  const latin = contactLatinName(contact);
  const org = contact.kind === 'org';
  const role = [contact.title, org ? '' : organization?.name].filter(Boolean).join(' · ');
  const today = calendarDateInZone(new Date(), homeZone);
  const last = involvement?.lastInteraction ?? null;
  const step = involvement?.nextStep ?? null;
  const email = contact.emails.find((entry) => entry.preferred)?.value ?? contact.emails[0]?.value ?? null;
  const trashed = Boolean(contact.deletedAt);
  const date = (day: string) => formatCalendarDate(day, locale);
  const followUpText = followUp
    ? followUp.daysOverdue > 0
      ? t('contact.followUpOverdue', { count: followUp.daysOverdue })
      : followUp.daysOverdue === 0
        ? t('contact.followUpToday')
        : t('contact.followUpDue', { date: date(followUp.due) })
    : null;

  return (
    <header className="contact-header">
      <div className="contact-identity">
        <Avatar contactId={contact.id} name={name} photo={contact.photo} size="large" />
        <div className="contact-identity-text">
          <h2 id={headingId}>{name}</h2>
          {latin && latin !== name && !org && (
            <p className="contact-other-script" lang="en">
              {latin}
            </p>
          )}
          {role && <p className="contact-role">{role}</p>}
          {(contact.example || org) && (
            <p className="contact-badges">
              {contact.example && <span className="badge">{t('contacts.example')}</span>}
              {org && <span className="badge">{t('contactField.kind.org')}</span>}
            </p>
          )}
        </div>
        {!trashed && (
          <div className="contact-record-actions">
            <button type="button" className="button" onClick={onEdit}>
              {t('contacts.edit')}
            </button>
            <button type="button" className="button button-danger" onClick={onDelete}>
              {t('contacts.delete')}
            </button>
          </div>
        )}
      </div>
      <dl className="contact-glance">
        <div>
          <dt>{t('contactPage.lastInteraction')}</dt>
          <dd>{last ? t('contactPage.whatOn', { what: last.subject ? `${t(kindKeys[last.kind])}: ${last.subject}` : t(kindKeys[last.kind]), date: date(calendarDateInZone(last.at, homeZone)) }) : t('contactPage.noneYet')}</dd>
        </div>
        <div>
          <dt>{t('contactPage.nextStep')}</dt>
          <dd className={step && step.due < today ? 'overdue' : undefined}>
            {step ? t(step.due < today ? 'contactPage.stepOverdue' : 'contactPage.stepDue', { text: step.text, date: date(step.due) }) : t('contactPage.noneYet')}
          </dd>
        </div>
        {followUpText && (
          <div>
            <dt>{t('contactPage.followUpDue')}</dt>
            <dd className={followUp && followUp.daysOverdue > 0 ? 'overdue' : undefined}>{followUpText}</dd>
          </div>
        )}
      </dl>
      {!org && <SalutationCopy contact={contact} labelId={`${id}-salutation`} />}
      {trashed ? (
        <div className="banner banner-warning">
          <p>{t('contacts.inTrash')}</p>
          <button type="button" className="button" onClick={onRestore}>
            {t('trash.restore')}
          </button>
        </div>
      ) : (
        <div className="actions contact-actions" role="toolbar" aria-label={t('contactPage.actions')}>
          <button type="button" className="button button-primary" onClick={onLog}>
            {t('interactions.log')}
          </button>
          {email && (
            // Through window.open: the window's handler gives mailto: links to the mail program (secureWindow).
            <a className="button" href={`mailto:${email}`} target="_blank" rel="noreferrer" title={t('contactPage.emailTitle', { email })}>
              {t('contactPage.email')}
            </a>
          )}
          <button type="button" className="button" onClick={onAddToConference}>
            {t('contactPage.addToConference')}
          </button>
        </div>
      )}
    </header>
  );
}
