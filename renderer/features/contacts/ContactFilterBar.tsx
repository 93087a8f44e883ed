import { useEffect, useId, useState } from 'react';
import type { TagCount } from '../../../electron/shared/contracts/contactSelectionChannels';
import type { Settings } from '../../../electron/shared/schemas/settings';
import { settle } from '../../api/api';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { SegmentNameDialog } from './SegmentNameDialog';

type Segment = Settings['segments'][number];
const noSegments: readonly Segment[] = [];

const fold = (text: string) => text.trim().toLocaleLowerCase();
const sameTags = (a: readonly string[], b: readonly string[]) => a.map(fold).sort().join('\u0000') === b.map(fold).sort().join('\u0000');

/**
 * The tag filter and the saved segments of the contacts list. A segment is the search and the tags
 * together ("Volgograd officials"); the segment shown as chosen is the one matching the current
 * filter, so typing a different search simply leaves it.
 */
export function ContactFilterBar() {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const query = useAppStore((s) => s.contactQuery);
  const tags = useAppStore((s) => s.contactTags);
  const dataVersion = useAppStore((s) => s.dataVersion);
  // Selected as stored (a new [] per call would re-render forever); an absent list is empty.
  const storedSegments = useAppStore((s) => s.settings?.segments);
  const segments = storedSegments ?? noSegments;
  const [tagChoices, setTagChoices] = useState<TagCount[]>([]);
  const [naming, setNaming] = useState<{ mode: 'save' } | { mode: 'rename'; segment: Segment } | null>(null);
  const failed = t('error.requestFailed');

  useEffect(() => {
    let current = true;
    void settle(api.contacts.tags({}), failed).then((result) => {
      if (current && result.ok) setTagChoices(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, dataVersion, failed]);

  const active = segments.find((segment) => segment.query.trim() === query.trim() && sameTags(segment.tags, tags)) ?? null;
  const filtered = query.trim() !== '' || tags.length > 0;
  const saveSegments = (next: Segment[]) => store.getState().saveSetting({ segments: next });

  const nameError = (name: string, except: string | null): string | null => {
    if (!name.trim()) return t('segments.nameMissing');
    if (segments.some((segment) => segment.id !== except && fold(segment.name) === fold(name))) return t('segments.nameTaken', { name: name.trim() });
    return null;
  };

  return (
    <div className="filter-bar">
      <div className="filter-field">
        <label htmlFor={`${id}-segment`}>{t('segments.label')}</label>
        <select
          id={`${id}-segment`}
          value={active?.id ?? ''}
          onChange={(event) => {
            const segment = segments.find((s) => s.id === event.target.value);
            store.getState().applyContactFilter(segment ? { query: segment.query, tags: [...segment.tags] } : { query: '', tags: [] });
          }}
        >
          <option value="">{filtered && !active ? t('segments.unsaved') : t('segments.all')}</option>
          {segments.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {segment.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-tag`}>{t('filter.addTag')}</label>
        <select
          id={`${id}-tag`}
          value=""
          onChange={(event) => {
            const tag = event.target.value;
            if (tag && !tags.some((existing) => fold(existing) === fold(tag))) store.getState().setContactTags([...tags, tag]);
          }}
        >
          <option value="">{t('filter.chooseTag')}</option>
          {tagChoices.map((choice) => (
            <option key={choice.tag} value={choice.tag}>
              {t('filter.tagOption', { tag: choice.tag, count: choice.count })}
            </option>
          ))}
        </select>
      </div>
      {tags.length > 0 && (
        <ul className="chips" aria-label={t('filter.activeTags')}>
          {tags.map((tag) => (
            <li key={tag} className="chip">
              <span>{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('filter.removeTag', { tag })}
                onClick={() => store.getState().setContactTags(tags.filter((other) => other !== tag))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="filter-actions">
        {filtered && !active && (
          <button type="button" className="button" onClick={() => setNaming({ mode: 'save' })}>
            {t('segments.save')}
          </button>
        )}
        {active && (
          <>
            <button type="button" className="button" onClick={() => setNaming({ mode: 'rename', segment: active })}>
              {t('segments.rename')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                void saveSegments(segments.filter((segment) => segment.id !== active.id)).then(() =>
                  store.getState().showToast({ message: t('segments.removed', { name: active.name }) }),
                );
              }}
            >
              {t('segments.remove')}
            </button>
          </>
        )}
      </div>
      {naming && (
        <SegmentNameDialog
          title={naming.mode === 'save' ? t('segments.saveTitle') : t('segments.renameTitle')}
          initial={naming.mode === 'rename' ? naming.segment.name : ''}
          validate={(name) => nameError(name, naming.mode === 'rename' ? naming.segment.id : null)}
          onCancel={() => setNaming(null)}
          onSubmit={async (name) => {
            const next =
              naming.mode === 'save'
                ? [...segments, { id: crypto.randomUUID(), name, query: query.trim(), tags: [...tags] }]
                : segments.map((segment) => (segment.id === naming.segment.id ? { ...segment, name } : segment));
            await saveSegments(next);
            setNaming(null);
            store.getState().showToast({ message: t(naming.mode === 'save' ? 'segments.saved' : 'segments.renamed', { name }) });
          }}
        />
      )}
    </div>
  );
}
