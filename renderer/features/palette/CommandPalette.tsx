import { useEffect, useId, useMemo, useState } from 'react';
import type { AppCommand } from '../../../electron/shared/appCommand';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { settle } from '../../api/api';
import { sections } from '../../app/sections';
import { Dialog } from '../../components/Dialog';
import { useDebouncedCallback } from '../../components/useDebouncedCallback';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { matchesName } from '../../components/matchesName';
import './palette.css';

interface Entry {
  id: string;
  label: string;
  /** Other names it is found by (the other script, the Latin spelling). */
  aliases: string[];
  group: MessageKey;
  run: () => void;
}

interface Props {
  onClose: () => void;
  onRun: (command: AppCommand) => void;
}

const MAX_SHOWN = 30;

/**
 * Ctrl/Cmd+K: every action and every record by name, in either script. Actions and sections are
 * known; cities, partnerships and conferences are read once when it opens; contacts are asked of
 * the search index as the user types (the same search as the top bar, so transliteration works).
 */
export function CommandPalette({ onClose, onRun }: Props) {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const settings = useAppStore((s) => s.settings);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [records, setRecords] = useState<Entry[]>([]);
  const [contacts, setContacts] = useState<Entry[]>([]);

  const finish = (then: () => void) => () => {
    onClose();
    queueMicrotask(then);
  };
  const command = (c: AppCommand) => () => onRun(c);

  useEffect(() => {
    let live = true;
    const failed = t('error.requestFailed');
    void Promise.all([settle(api.cities.list({}), failed), settle(api.partnerships.list({}), failed), settle(api.timelines.conferences({}), failed)]).then(([cities, partnerships, conferences]) => {
      if (!live) return;
      const state = store.getState();
      const found: Entry[] = [];
      if (cities.ok)
        for (const city of cities.value)
          found.push({
            id: `city-${city.id}`,
            label: city.nameCyrillic ? `${city.nameLatin} / ${city.nameCyrillic}` : city.nameLatin,
            aliases: [],
            group: 'palette.group.city',
            run: finish(() => {
              state.navigate('cities');
              state.selectCity(city.id);
            }),
          });
      if (partnerships.ok)
        for (const row of partnerships.value)
          found.push({
            id: `partnership-${row.partnership.id}`,
            label: row.label,
            aliases: [row.usCity?.label ?? '', row.ruCity?.label ?? ''],
            group: 'palette.group.partnership',
            run: finish(() => {
              state.navigate('partnerships');
              state.selectPartnership(row.partnership.id);
            }),
          });
      if (conferences.ok)
        for (const conference of conferences.value)
          found.push({
            id: `conference-${conference.id}`,
            label: conference.name,
            aliases: [conference.city?.name ?? ''],
            group: 'palette.group.conference',
            run: finish(() => {
              state.setNegotiationConference(conference.id);
              state.navigate('negotiations');
            }),
          });
      setRecords(found);
    });
    return () => {
      live = false;
    };
    // Read once per opening; the palette is short-lived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const searchContacts = useDebouncedCallback((text: string) => {
    if (!text.trim()) {
      setContacts([]);
      return;
    }
    void settle(api.contacts.list({ query: text, limit: 10 }), t('error.requestFailed')).then((page) => {
      if (!page.ok) return;
      setContacts(
        page.value.rows.map((row) => ({
          id: `contact-${row.id}`,
          label: row.latinName && row.latinName !== row.name ? `${row.name} (${row.latinName})` : row.name,
          aliases: [],
          group: 'palette.group.contact',
          run: finish(() => {
            const state = store.getState();
            state.navigate('contacts');
            state.selectContact(row.id);
          }),
        })),
      );
    });
  }, 80);

  const actions = useMemo<Entry[]>(() => {
    const other = settings?.locale === 'ru' ? 'en' : 'ru';
    const list: Entry[] = [
      { id: 'new-record', label: t('palette.newRecord'), aliases: [], group: 'palette.group.action', run: command({ type: 'new-record' }) },
      { id: 'find', label: t('palette.find'), aliases: [], group: 'palette.group.action', run: command({ type: 'find' }) },
      { id: 'export', label: t('palette.export'), aliases: [], group: 'palette.group.action', run: command({ type: 'export' }) },
      { id: 'undo', label: t('palette.undo'), aliases: [], group: 'palette.group.action', run: command({ type: 'undo' }) },
      { id: 'redo', label: t('palette.redo'), aliases: [], group: 'palette.group.action', run: command({ type: 'redo' }) },
      { id: 'remove-example-data', label: t('exampleData.remove'), aliases: [], group: 'palette.group.action', run: finish(() => void store.getState().removeExampleData()) },
      {
        id: 'language',
        label: t('palette.language', { language: t(`appearance.language.${other}`) }),
        aliases: [],
        group: 'palette.group.action',
        run: finish(() => void store.getState().saveSetting({ locale: other })),
      },
      ...(['system', 'light', 'dark'] as const).map((theme) => ({
        id: `theme-${theme}`,
        label: t('palette.theme', { theme: t(`appearance.theme.${theme}`) }),
        aliases: [],
        group: 'palette.group.action' as const,
        run: finish(() => void store.getState().saveSetting({ theme })),
      })),
      ...sections.map((section) => ({
        id: `go-${section.id}`,
        label: t('palette.goTo', { section: t(section.titleKey) }),
        aliases: [t(section.titleKey)],
        group: 'palette.group.section' as const,
        run: command({ type: 'go', section: section.id }),
      })),
    ];
    return list;
    // `command` and `finish` only close over props that live as long as the palette.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, settings?.locale]);

  const shown = useMemo(() => {
    const local = [...actions, ...records].filter((entry) => matchesName([entry.label, ...entry.aliases], query));
    return [...local, ...contacts].slice(0, MAX_SHOWN);
  }, [actions, records, contacts, query]);
  const current = Math.min(active, Math.max(shown.length - 1, 0));

  return (
    <Dialog titleId={`${id}-title`} onCancel={onClose} className="palette">
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('palette.title')}
      </h2>
      <input
        type="text"
        role="combobox"
        aria-label={t('palette.input')}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={shown[current] ? `${id}-${shown[current].id}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('palette.input')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          searchContacts(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current + step + shown.length) % Math.max(shown.length, 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            shown[current]?.run();
          }
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('palette.hint')}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('palette.results')} className="palette-list">
        {shown.map((entry, index) => (
          <li
            key={entry.id}
            id={`${id}-${entry.id}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'palette-item is-active' : 'palette-item'}
            onMouseMove={() => setActive(index)}
            onClick={() => entry.run()}
          >
            <span>{entry.label}</span>
            <span className="muted">{t(entry.group)}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="empty">{t('palette.none', { query })}</p>}
    </Dialog>
  );
}
