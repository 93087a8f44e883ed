import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import { formatCalendarDate } from '../../../electron/shared/dates/instantInZone';
import { formatPartialDate } from '../../../electron/shared/dates/formatPartialDate';
import { emailWarning } from '../../../electron/shared/email/emailWarning';
import { isDialable } from '../../../electron/shared/phone/isDialable';
import { contactDisplayName, contactLatinName } from '../../../electron/shared/names/contactDisplayName';
import { contactSalutations } from '../../../electron/shared/names/salutation';
import type { Address } from '../../../electron/shared/schemas/contact';
import { settle } from '../../api/api';
import { Avatar } from '../../components/Avatar';
import { InteractionLog } from '../interactions/InteractionLog';
import { SyncConflictBanner } from '../sync/SyncConflictBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { cityLabel } from './cityLabel';

type Loaded = { id: string; detail: ContactDetail } | { id: string; error: string };

interface Props {
  id: string | null;
  onEdit: (detail: ContactDetail) => void;
  onDelete: (detail: ContactDetail) => void;
  onRestore: (detail: ContactDetail) => void;
}

const addressLine = (address: Address) =>
  [address.street, address.city, address.region, address.postcode, address.country].filter((part) => part.length > 0).join(', ');

/** The selected contact, read whole through contacts:get and read again whenever the store moves. */
export function ContactDetailPane({ id, onEdit, onDelete, onRestore }: Props) {
  const t = useT();
  const headingId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const selectContact = useAppStore((s) => s.selectContact);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    void settle(api.contacts.get({ id }), t('contacts.loadFailed')).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded({ id, detail: result.value });
      // Deleted elsewhere (the CLI, an undo): nothing is selected any more.
      else if (result.error.code === 'not-found') selectContact(null);
      else setLoaded({ id, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [api, id, dataVersion, selectContact, t]);

  if (!id) {
    return (
      <aside className="detail detail-empty">
        <p className="muted">{t('contacts.selectPrompt')}</p>
      </aside>
    );
  }
  // Until the new contact arrives the pane stays empty rather than showing the previous one.
  if (!loaded || loaded.id !== id) return <aside className="detail" aria-busy="true" />;
  if ('error' in loaded) {
    return (
      <aside className="detail">
        <p role="alert">{loaded.error}</p>
      </aside>
    );
  }

  const { contact, organization, cities, partnerships = [], followUp = null } = loaded.detail;
  const latin = contactLatinName(contact);
  const none = t('contact.none');
  const list = (values: string[]): ReactNode => (values.length === 0 ? none : values.join(', '));
  const salutations = contactSalutations(contact);
  const typed = (items: { label: string; value: string; preferred: boolean }[]) =>
    items.map((item) => {
      const labelled = item.label ? t('contact.entryLabel', { value: item.value, label: item.label }) : item.value;
      return item.preferred && items.length > 1 ? t('contact.preferredMark', { value: labelled }) : labelled;
    });
  // The entries as before, comma-separated, a kept-but-unusual value marked beside it (not dialable, no dot).
  const marked = (items: { label: string; value: string; preferred: boolean }[], mark: (value: string) => string | null): ReactNode =>
    items.length === 0
      ? none
      : typed(items).map((text, i) => {
          const note = mark(items[i]?.value ?? '');
          return (
            <span key={i} className="detail-entry">
              {i > 0 && ', '}
              {text}
              {note && (
                <>
                  {' '}
                  <span className="badge">{note}</span>
                </>
              )}
            </span>
          );
        });
  const day = (date: string | null) => {
    if (!date) return none;
    const shown = formatPartialDate(date, locale);
    return shown.hasYear ? shown.text : t('contactPage.birthdayNoYear', { day: shown.text });
  };
  const org = contact.kind === 'org';
  const nameDetails = org ? '' : [contact.prefix, contact.given, ...contact.middleNames, contact.patronymic, contact.family, contact.suffix].filter(Boolean).join(' ');
  const phonetic = [contact.givenPhonetic, contact.middlePhonetic, contact.familyPhonetic].filter(Boolean).join(' ');
  const followUpText = contact.followUp
    ? [
        t('contact.followUpEvery', { count: contact.followUp.everyDays }),
        followUp
          ? followUp.daysOverdue > 0
            ? t('contact.followUpOverdue', { count: followUp.daysOverdue })
            : followUp.daysOverdue === 0
              ? t('contact.followUpToday')
              : t('contact.followUpDue', { date: formatCalendarDate(followUp.due, locale) })
          : '',
      ]
        .filter(Boolean)
        .join(', ')
    : none;
  return (
    <section className="detail" aria-labelledby={headingId}>
      <header className="detail-header with-avatar">
        <Avatar contactId={contact.id} name={contactDisplayName(contact)} photo={contact.photo} size="large" />
        <div className="detail-header-text">
          <h2 id={headingId}>{contactDisplayName(contact)}</h2>
          {contact.example && <span className="badge">{t('contacts.example')}</span>}
          {org && <span className="badge">{t('contactField.kind.org')}</span>}
          {latin && !org && <p className="muted">{latin}</p>}
        </div>
      </header>
      <SyncConflictBanner kind="contacts" id={contact.id} />
      {contact.deletedAt ? (
        <div className="banner banner-warning">
          <p>{t('contacts.inTrash')}</p>
          <button type="button" className="button" onClick={() => onRestore(loaded.detail)}>
            {t('trash.restore')}
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => onEdit(loaded.detail)}>
            {t('contacts.edit')}
          </button>
          <button type="button" className="button button-danger" onClick={() => onDelete(loaded.detail)}>
            {t('contacts.delete')}
          </button>
        </div>
      )}
      <dl className="detail-fields">
        {(contact.prefix || contact.suffix || contact.middleNames.length > 0) && (
          <>
            <dt>{t('contactPage.name')}</dt>
            <dd>{nameDetails}</dd>
          </>
        )}
        {contact.nickname && (
          <>
            <dt>{t('contactPage.nickname')}</dt>
            <dd>{contact.nickname}</dd>
          </>
        )}
        {phonetic && (
          <>
            <dt>{t('contactPage.phonetic')}</dt>
            <dd>{phonetic}</dd>
          </>
        )}
        {contact.fullName && !org && (
          <>
            <dt>{t('contactField.fullName')}</dt>
            <dd>{contact.fullName}</dd>
          </>
        )}
        {!org && (
          <>
            <dt>{t('contactField.birthday')}</dt>
            <dd>{day(contact.birthday)}</dd>
          </>
        )}
        {contact.anniversary && (
          <>
            <dt>{t('contactField.anniversary')}</dt>
            <dd>{day(contact.anniversary)}</dd>
          </>
        )}
        <dt>{t('contact.organization')}</dt>
        <dd>{organization?.name || none}</dd>
        <dt>{t('contact.title')}</dt>
        <dd>{contact.title || none}</dd>
        <dt>{t('contact.city')}</dt>
        <dd>{list(cities.map(cityLabel))}</dd>
        <dt>{t('contact.partnerships')}</dt>
        <dd>{list(partnerships.map((p) => p.label))}</dd>
        <dt>{t('contact.email')}</dt>
        <dd className="break detail-entries">{marked(contact.emails, (value) => (emailWarning(value) ? t('contactPage.emailUnusual') : null))}</dd>
        <dt>{t('contact.phone')}</dt>
        <dd className="detail-entries">{marked(contact.phones, (value) => (isDialable(value) ? null : t('contactPage.notDialable')))}</dd>
        {contact.websites.length > 0 && (
          <>
            <dt>{t('contactField.websites')}</dt>
            <dd className="break detail-entries">{marked(contact.websites, () => null)}</dd>
          </>
        )}
        <dt>{t('contact.addresses')}</dt>
        <dd>{list(typed(contact.addresses.map((address) => ({ ...address, value: addressLine(address) }))))}</dd>
        <dt>{t('contact.salutations')}</dt>
        <dd>
          <span lang="ru">{salutations.ru}</span>
          <br />
          <span lang="en">{salutations.en}</span>
        </dd>
        <dt>{t('contact.languages')}</dt>
        <dd>{list(contact.languages)}</dd>
        <dt>{t('contact.tags')}</dt>
        <dd>{list(contact.tags)}</dd>
        <dt>{t('contact.followUp')}</dt>
        <dd>{followUpText}</dd>
        <dt>{t('contact.notes')}</dt>
        <dd className="detail-notes">{contact.notes || none}</dd>
      </dl>
      <InteractionLog
        of="contact"
        id={contact.id}
        prefill={{ participants: [{ id: contact.id, name: contactDisplayName(contact) }], cities: cities.map((city) => ({ id: city.id, label: cityLabel(city) })) }}
      />
    </section>
  );
}
