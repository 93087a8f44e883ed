import { useId, type ReactNode } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import { formatPartialDate } from '../../../electron/shared/dates/formatPartialDate';
import { emailWarning } from '../../../electron/shared/email/emailWarning';
import { isDialable } from '../../../electron/shared/phone/isDialable';
import type { Address } from '../../../electron/shared/schemas/contact';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { cityLabel } from './cityLabel';

type Entry = { label: string; value: string; preferred: boolean };
type Fact = { label: string; value: ReactNode; className?: string };

const addressLine = (address: Address) =>
  [address.street, address.city, address.region, address.postcode, address.country].filter((part) => part.length > 0).join(', ');

/**
 * The contact's fields below the header, in three compact groups (how to reach them, about them,
 * places and work) and the notes. A field with nothing in it is left out, so the page shows what
 * is known rather than a column of dashes.
 */
export function ContactFacts({ detail }: { detail: ContactDetail }) {
  const t = useT();
  const id = useId();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en');
  const { contact, organization, cities, partnerships = [] } = detail;
  const org = contact.kind === 'org';

  const typed = (items: Entry[]) =>
    items.map((item) => {
      const labelled = item.label ? t('contact.entryLabel', { value: item.value, label: item.label }) : item.value;
      return item.preferred && items.length > 1 ? t('contact.preferredMark', { value: labelled }) : labelled;
    });
  // One entry a line, a kept-but-unusual value marked beside it (not dialable, no dot).
  const marked = (items: Entry[], mark: (value: string) => string | null): ReactNode =>
    typed(items).map((text, i) => {
      const note = mark(items[i]?.value ?? '');
      return (
        <span key={i} className="detail-entry">
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
  const day = (date: string) => {
    const shown = formatPartialDate(date, locale);
    return shown.hasYear ? shown.text : t('contactPage.birthdayNoYear', { day: shown.text });
  };
  const nameDetails = org ? '' : [contact.prefix, contact.given, ...contact.middleNames, contact.patronymic, contact.family, contact.suffix].filter(Boolean).join(' ');
  const phonetic = [contact.givenPhonetic, contact.middlePhonetic, contact.familyPhonetic].filter(Boolean).join(' ');
  const when = (condition: unknown, fact: Fact): Fact[] => (condition ? [fact] : []);

  const groups: { key: string; title: string; facts: Fact[] }[] = [
    {
      key: 'reach',
      title: t('contactPage.groupReach'),
      facts: [
        ...when(contact.emails.length, { label: t('contact.email'), value: marked(contact.emails, (v) => (emailWarning(v) ? t('contactPage.emailUnusual') : null)), className: 'break detail-entries' }),
        ...when(contact.phones.length, { label: t('contact.phone'), value: marked(contact.phones, (v) => (isDialable(v) ? null : t('contactPage.notDialable'))), className: 'detail-entries' }),
        ...when(contact.websites.length, { label: t('contactField.websites'), value: marked(contact.websites, () => null), className: 'break detail-entries' }),
        ...when(contact.addresses.length, {
          label: t('contact.addresses'),
          value: marked(
            contact.addresses.map((address) => ({ ...address, value: addressLine(address) })),
            () => null,
          ),
          className: 'detail-entries',
        }),
      ],
    },
    {
      key: 'person',
      title: t('contactPage.groupPerson'),
      facts: [
        ...when(!org && (contact.prefix || contact.suffix || contact.middleNames.length > 0), { label: t('contactPage.name'), value: nameDetails }),
        ...when(contact.nickname, { label: t('contactPage.nickname'), value: contact.nickname }),
        ...when(phonetic, { label: t('contactPage.phonetic'), value: phonetic }),
        ...when(contact.fullName && !org, { label: t('contactField.fullName'), value: contact.fullName }),
        ...when(!org && contact.birthday, { label: t('contactField.birthday'), value: contact.birthday ? day(contact.birthday) : '' }),
        ...when(contact.anniversary, { label: t('contactField.anniversary'), value: contact.anniversary ? day(contact.anniversary) : '' }),
        ...when(contact.languages.length, { label: t('contact.languages'), value: contact.languages.join(', ') }),
      ],
    },
    {
      key: 'work',
      title: t('contactPage.groupWork'),
      facts: [
        ...when(organization, { label: t('contact.organization'), value: organization?.name ?? '' }),
        ...when(cities.length, { label: t('contact.city'), value: cities.map(cityLabel).join(', ') }),
        ...when(partnerships.length, { label: t('contact.partnerships'), value: partnerships.map((p) => p.label).join(', ') }),
        ...when(contact.tags.length, { label: t('contact.tags'), value: <Tags tags={contact.tags} /> }),
        ...when(contact.followUp, { label: t('contact.followUp'), value: contact.followUp ? t('contact.followUpEvery', { count: contact.followUp.everyDays }) : '' }),
      ],
    },
  ].filter((group) => group.facts.length > 0);

  return (
    <section className="contact-facts" aria-label={t('contactPage.details')}>
      {groups.map((group) => (
        <section key={group.key} className="fact-group" aria-labelledby={`${id}-${group.key}`}>
          <h3 id={`${id}-${group.key}`} className="fact-group-title">
            {group.title}
          </h3>
          <dl className="detail-fields">
            {group.facts.map((fact) => (
              <div key={fact.label} className="fact">
                <dt>{fact.label}</dt>
                <dd className={fact.className}>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {contact.notes && (
        <section className="fact-group fact-notes" aria-labelledby={`${id}-notes`}>
          <h3 id={`${id}-notes`} className="fact-group-title">
            {t('contact.notes')}
          </h3>
          <p className="detail-notes">{contact.notes}</p>
        </section>
      )}
    </section>
  );
}

function Tags({ tags }: { tags: readonly string[] }) {
  return (
    <span className="tag-list">
      {tags.map((tag) => (
        <span key={tag} className="badge">
          {tag}
        </span>
      ))}
    </span>
  );
}
