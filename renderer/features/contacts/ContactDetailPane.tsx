import { useEffect, useId, useMemo, useState } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { InteractionDialog } from '../interactions/InteractionDialog';
import { AddToConferenceDialog } from './AddToConferenceDialog';
import { ContactFacts } from './ContactFacts';
import { ContactHeader } from './ContactHeader';
import { SyncConflictBanner } from '../sync/SyncConflictBanner';
import { ContactTimeline } from './ContactTimeline';
import { cityLabel } from './cityLabel';

type Loaded = { id: string; detail: ContactDetail } | { id: string; error: string };

interface Props {
  id: string | null;
  onEdit: (detail: ContactDetail) => void;
  onDelete: (detail: ContactDetail) => void;
  onRestore: (detail: ContactDetail) => void;
}

/**
 * The selected contact's page, read whole through contacts:get and read again whenever the store
 * moves: the header (what matters before a call, the quick actions), the facts in groups, then the
 * timeline of interactions, candidacies and participations.
 */
export function ContactDetailPane({ id, onEdit, onDelete, onRestore }: Props) {
  const t = useT();
  const headingId = useId();
  const api = useAppStore((s) => s.api);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const selectContact = useAppStore((s) => s.selectContact);
  const store = useAppStoreApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [open, setOpen] = useState<'log' | 'conference' | null>(null);
  const participations = loaded && 'detail' in loaded ? loaded.detail.involvement?.participations : undefined;
  // One array per loaded detail, so the dialog's loading effect does not run on every render.
  const participating = useMemo(() => (participations ?? []).map((p) => p.conferenceId), [participations]);
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

  const { detail } = loaded;
  const { contact, cities } = detail;
  const name = contactDisplayName(contact);
  return (
    <section className="detail contact-page" aria-labelledby={headingId}>
      <ContactHeader
        detail={detail}
        headingId={headingId}
        onEdit={() => onEdit(detail)}
        onDelete={() => onDelete(detail)}
        onRestore={() => onRestore(detail)}
        onLog={() => setOpen('log')}
        onAddToConference={() => setOpen('conference')}
      />
      <SyncConflictBanner kind="contacts" id={contact.id} />
      <ContactFacts detail={detail} />
      <ContactTimeline detail={detail} />
      {open === 'log' && (
        <InteractionDialog
          editing={null}
          prefill={{ participants: [{ id: contact.id, name }], cities: cities.map((city) => ({ id: city.id, label: cityLabel(city) })) }}
          onCancel={() => setOpen(null)}
          onSaved={(summary) => {
            setOpen(null);
            store.getState().showToast({ message: t('interactions.saved', { summary }), undo: true });
          }}
        />
      )}
      {open === 'conference' && (
        <AddToConferenceDialog contactId={contact.id} name={name} already={participating} onDone={() => setOpen(null)} />
      )}
    </section>
  );
}
