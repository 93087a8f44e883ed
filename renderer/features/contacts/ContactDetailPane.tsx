import { useEffect, useId, useState, type ReactNode } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import { contactDisplayName, contactLatinName } from '../../../electron/shared/names/contactDisplayName';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { cityLabel } from './cityLabel';

type Loaded = { id: string; detail: ContactDetail } | { id: string; error: string };

interface Props {
  id: string | null;
  onEdit: (detail: ContactDetail) => void;
  onDelete: (detail: ContactDetail) => void;
}

/** The selected contact, read whole through contacts:get and read again whenever the store moves. */
export function ContactDetailPane({ id, onEdit, onDelete }: Props) {
  const t = useT();
  const headingId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
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

  const { contact, organization, cities } = loaded.detail;
  const latin = contactLatinName(contact);
  const none = t('contact.none');
  const list = (values: string[]): ReactNode => (values.length === 0 ? none : values.join(', '));
  return (
    <section className="detail" aria-labelledby={headingId}>
      <header className="detail-header">
        <h2 id={headingId}>{contactDisplayName(contact)}</h2>
        {contact.example && <span className="badge">{t('contacts.example')}</span>}
        {latin && <p className="muted">{latin}</p>}
      </header>
      <div className="actions">
        <button type="button" className="button" onClick={() => onEdit(loaded.detail)}>
          {t('contacts.edit')}
        </button>
        <button type="button" className="button button-danger" onClick={() => onDelete(loaded.detail)}>
          {t('contacts.delete')}
        </button>
      </div>
      <dl className="detail-fields">
        <dt>{t('contact.organization')}</dt>
        <dd>{organization?.name || none}</dd>
        <dt>{t('contact.title')}</dt>
        <dd>{contact.title || none}</dd>
        <dt>{t('contact.city')}</dt>
        <dd>{list(cities.map(cityLabel))}</dd>
        <dt>{t('contact.email')}</dt>
        <dd className="break">{list(contact.emails.map((email) => email.value))}</dd>
        <dt>{t('contact.phone')}</dt>
        <dd>{list(contact.phones.map((phone) => phone.value))}</dd>
        <dt>{t('contact.tags')}</dt>
        <dd>{list(contact.tags)}</dd>
        <dt>{t('contact.notes')}</dt>
        <dd className="detail-notes">{contact.notes || none}</dd>
      </dl>
    </section>
  );
}
