import { useState } from 'react';
import type { BulkAction, ContactSelection, TagCount } from '../../../electron/shared/contracts/contactSelectionChannels';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { noSelection } from './ListSelection';
import { TagDialog } from './TagDialog';

interface Props {
  /** The selection as core resolves it. */
  selection: ContactSelection;
  count: number;
}

/**
 * What can be done to the ticked contacts: tag, untag, copy their emails for a BCC line, export,
 * move to the Trash. Each action is one request, resolved in core, and one undo step.
 */
export function SelectionToolbar({ selection, count }: Props) {
  const t = useT();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const [dialog, setDialog] = useState<{ mode: 'tag' | 'untag'; tags: TagCount[] } | null>(null);
  const failed = t('error.requestFailed');

  /** Runs one bulk action through the save slice; returns the refusal's sentence, or null. */
  const run = async (action: BulkAction): Promise<string | null> => {
    const state = store.getState();
    let count = 0;
    const result = await state.write(async () => {
      const outcome = await settle(api.contacts.bulk({ selection, action }), failed);
      if (outcome.ok) count = outcome.value.count;
      return outcome;
    });
    if (!result.ok) return result.error.message;
    const message =
      action.kind === 'delete'
        ? t('bulk.trashed', { count })
        : action.kind === 'tag'
          ? t('bulk.tagged', { count, tag: action.tag })
          : t('bulk.untagged', { count, tag: action.tag });
    state.showToast({ message, undo: true });
    if (action.kind === 'delete') {
      state.setListSelection(noSelection);
      state.selectContact(null);
    }
    return null;
  };

  const openTagDialog = async (mode: 'tag' | 'untag') => {
    const tags = await settle(api.contacts.tags({}), failed);
    setDialog({ mode, tags: tags.ok ? tags.value : [] });
  };

  const copyEmails = async () => {
    const state = store.getState();
    const result = await settle(api.contacts.emails({ selection }), failed);
    if (!result.ok) {
      state.showToast({ message: result.error.message, tone: 'error' });
      return;
    }
    const { emails, withoutEmail } = result.value;
    if (emails.length === 0) {
      state.showToast({ message: t('bulk.noEmails'), tone: 'error' });
      return;
    }
    try {
      await navigator.clipboard.writeText(emails.join(', '));
    } catch {
      state.showToast({ message: t('bulk.clipboardFailed'), tone: 'error' });
      return;
    }
    const copied = t('bulk.copied', { count: emails.length });
    state.showToast({ message: withoutEmail > 0 ? `${copied} ${t('bulk.withoutEmail', { count: withoutEmail })}` : copied });
  };

  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t('bulk.label')}>
      <p className="selection-count" role="status">
        {t('bulk.count', { count })}
      </p>
      <button type="button" className="button" onClick={() => void openTagDialog('tag')}>
        {t('bulk.tag')}
      </button>
      <button type="button" className="button" onClick={() => void openTagDialog('untag')}>
        {t('bulk.untag')}
      </button>
      <button type="button" className="button" onClick={() => void copyEmails()}>
        {t('bulk.copyEmails')}
      </button>
      <button type="button" className="button" onClick={() => store.getState().requestExport(selection)}>
        {t('bulk.export')}
      </button>
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          void run({ kind: 'delete' }).then((refused) => {
            if (refused) store.getState().showToast({ message: refused, tone: 'error' });
          });
        }}
      >
        {t('bulk.trash')}
      </button>
      <button type="button" className="button button-quiet" onClick={() => store.getState().setListSelection(noSelection)}>
        {t('bulk.clear')}
      </button>
      {dialog && (
        <TagDialog
          mode={dialog.mode}
          count={count}
          tags={dialog.tags}
          onCancel={() => setDialog(null)}
          onSubmit={async (tag) => {
            const refused = await run({ kind: dialog.mode, tag });
            if (!refused) setDialog(null);
            return refused;
          }}
        />
      )}
    </div>
  );
}
