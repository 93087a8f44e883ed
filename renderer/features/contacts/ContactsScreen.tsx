import { useId, useRef, useState } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { settle } from '../../api/api';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { ContactFilterBar } from './ContactFilterBar';
import { ContactsTransferButtons } from '../exportImport/ContactsTransferButtons';
import { selectedCount, toContactSelection } from './ListSelection';
import { SelectionToolbar } from './SelectionToolbar';
import { ContactDetailPane } from './ContactDetailPane';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactList } from './ContactList';
import { contactSorts, type ContactSort } from './ContactSort';
import { useContactListSource } from './useContactListSource';
import { useDetailFollowsSearch } from './useDetailFollowsSearch';

const sortKeys: Record<ContactSort, MessageKey> = {
  name: 'contacts.sort.name',
  organization: 'contacts.sort.organization',
  city: 'contacts.sort.city',
  updated: 'contacts.sort.updated',
};

/** The longest Shift-click range: its ids travel to the renderer, so they are bounded. */
const MAX_RANGE = 5000;

/** The contacts section: the windowed list, the selected contact, and the contact form. */
export function ContactsScreen() {
  const t = useT();
  const store = useAppStoreApi();
  const sortId = useId();
  const query = useAppStore((s) => s.contactQuery);
  const selectedId = useAppStore((s) => s.selectedContactId);
  const contactForm = useAppStore((s) => s.contactForm);
  const tags = useAppStore((s) => s.contactTags);
  const listSelection = useAppStore((s) => s.listSelection);
  const [sort, setSort] = useState<ContactSort>('name');
  const source = useContactListSource(query, sort, tags);
  useDetailFollowsSearch(query, tags);
  const listRef = useRef<HTMLDivElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const total = source.total;
  const { selectContact, openContactForm, closeContactForm, showToast, setListSelection } = store.getState();
  const ticked = selectedCount(listSelection, total ?? 0);
  const bulkSelection = toContactSelection(listSelection, { query, tags }, total ?? 0);

  /** Shift-click: the ids of rows `from`..`to`, read from core so rows off screen count too. */
  const selectRange = async (from: number, to: number) => {
    const [start, end] = from <= to ? [from, to] : [to, from];
    if (end - start + 1 > MAX_RANGE) {
      showToast({ message: t('bulk.rangeTooLong', { count: MAX_RANGE }), tone: 'error' });
      return;
    }
    const api = store.getState().api;
    const result = await settle(api.contacts.ids({ query, tags, sort, offset: start, limit: end - start + 1 }), t('error.requestFailed'));
    if (result.ok) setListSelection({ mode: 'ids', ids: result.value, anchor: from });
    else showToast({ message: result.error.message, tone: 'error' });
  };

  const onDelete = async (detail: ContactDetail) => {
    const { id } = detail.contact;
    const name = contactDisplayName(detail.contact);
    const result = await store.getState().runCommands([{ type: 'contact.delete', at: new Date().toISOString(), ids: [id] }]);
    if (!result.ok) {
      showToast({ message: result.error.message, tone: 'error' });
      return;
    }
    if (store.getState().selectedContactId === id) selectContact(null);
    showToast({ message: t('contacts.deleted', { name }), undo: true });
    // The Delete button is gone; keep the keyboard user in the list rather than on <body>.
    (listRef.current ?? newButtonRef.current)?.focus();
  };

  const onRestore = async (detail: ContactDetail) => {
    const name = contactDisplayName(detail.contact);
    const result = await store.getState().runCommands([{ type: 'contact.restore', at: new Date().toISOString(), ids: [detail.contact.id] }]);
    if (result.ok) showToast({ message: t('trash.restored', { name }), undo: true });
    else showToast({ message: result.error.message, tone: 'error' });
  };

  return (
    <div className="screen contacts">
      <header className="screen-header">
        <h1>{t('contacts.title')}</h1>
        {total !== null && <p className="muted">{t('contacts.count', { count: total })}</p>}
        <div className="screen-header-end">
          <label htmlFor={sortId}>{t('contacts.sort')}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(contactSorts.find((s) => s === event.target.value) ?? 'name')}>
            {contactSorts.map((option) => (
              <option key={option} value={option}>
                {t(sortKeys[option])}
              </option>
            ))}
          </select>
          {total !== null && total > 0 && !(listSelection.mode === 'all' && listSelection.exclude.length === 0) && (
            <button type="button" className="button" onClick={() => setListSelection({ mode: 'all', exclude: [] })}>
              {t('bulk.selectAll', { count: total })}
            </button>
          )}
          <ContactsTransferButtons />
          <button data-command="new-record" ref={newButtonRef} type="button" className="button button-primary" onClick={() => openContactForm({ mode: 'new' })}>
            {t('contacts.new')}
          </button>
        </div>
      </header>
      <ContactFilterBar />
      {bulkSelection && <SelectionToolbar selection={bulkSelection} count={ticked} />}
      {source.error && (
        <p className="banner banner-error" role="alert">
          {source.error.message}
        </p>
      )}
      <div className="contacts-body">
        <div className="contacts-list-pane">
          {total === 0 && (query.trim() || tags.length > 0) && <p className="empty">{query.trim() ? t('contacts.noMatch', { query: query.trim() }) : t('filter.noMatch')}</p>}
          {total === 0 && !query.trim() && tags.length === 0 && (
            <EmptyState
              title={t('empty.contacts.title')}
              action={{ label: t('empty.contacts.action'), onClick: () => openContactForm({ mode: 'new' }) }}
              secondary={{ label: t('empty.contacts.import'), onClick: () => store.getState().requestImport(true) }}
            >
              <p>{t('empty.contacts.text')}</p>
            </EmptyState>
          )}
          {total !== null && total > 0 && (
            <ContactList
              source={source}
              query={`${query}\u0000${tags.join('\u0000')}`}
              selectedId={selectedId}
              onSelect={selectContact}
              selection={listSelection}
              onSelectionChange={setListSelection}
              onSelectRange={(from, to) => void selectRange(from, to)}
              onSelectAll={() => setListSelection({ mode: 'all', exclude: [] })}
              listRef={listRef}
            />
          )}
        </div>
        <ContactDetailPane
          id={selectedId}
          onEdit={(detail) => openContactForm({ mode: 'edit', detail })}
          onDelete={(detail) => void onDelete(detail)}
          onRestore={(detail) => void onRestore(detail)}
        />
      </div>
      {contactForm && (
        <ContactFormDialog
          key={contactForm.mode === 'edit' ? contactForm.detail.contact.id : 'new'}
          target={contactForm}
          onCancel={closeContactForm}
          onOpenContact={(id) => {
            closeContactForm();
            selectContact(id);
          }}
          onSaving={(row) => source.showEdit(row)}
          onSaved={({ id, name, mode }) => {
            closeContactForm();
            selectContact(id);
            showToast({ message: t(mode === 'new' ? 'contacts.created' : 'contacts.updated', { name }), undo: true });
          }}
        />
      )}
    </div>
  );
}
