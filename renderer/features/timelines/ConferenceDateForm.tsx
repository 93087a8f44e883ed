import { useId, useState } from 'react';
import type { TimelineConference } from '../../../electron/shared/contracts/timelineChannels';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { fuzzyDateInputText } from '../../../electron/shared/dates/fuzzyDateInputText';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { useDateLocale } from './dateLocale';

/**
 * The conference date as the user would say it, read as they type ("Reads as …") and refused
 * beside the field with the parser's sentence. One setDate command: one undo step.
 */
export function ConferenceDateForm({ conference }: { conference: TimelineConference }) {
  const t = useT();
  const locale = useDateLocale();
  const store = useAppStoreApi();
  const id = useId();
  const [text, setText] = useState(conference.date ? fuzzyDateInputText(conference.date, locale) : '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const parsed = text.trim() ? parseFuzzyDate(text) : null;
  const hint =
    parsed?.ok === true
      ? t('timelines.readsAs', {
          words: formatFuzzyDate(parsed.value, locale),
          span: parsed.value.earliest === parsed.value.latest ? parsed.value.earliest : `${parsed.value.earliest} – ${parsed.value.latest}`,
        })
      : t('timelines.dateHint');

  const save = async (clear: boolean) => {
    if (saving) return;
    const result = clear ? null : parseFuzzyDate(text);
    if (result && !result.ok) {
      setError(result.reason);
      return;
    }
    setSaving(true);
    const date = result ? result.value : null;
    const ack = await store.getState().runCommands([{ type: 'conference.setDate', at: new Date().toISOString(), id: conference.id, date }]);
    setSaving(false);
    if (!ack.ok) {
      setError(ack.error.message);
      return;
    }
    setError(undefined);
    if (clear) setText('');
    store.getState().showToast({
      message: t('timelines.dateSaved', { name: conference.name, words: date ? formatFuzzyDate(date, locale) : t('timelines.noDate') }),
      undo: true,
    });
  };

  return (
    <form
      className="date-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      <Field id={`${id}-date`} label={t('timelines.dateField')} hint={hint} error={error}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={text}
            autoComplete="off"
            onChange={(event) => {
              setText(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('timelines.setDate')}
        </button>
        {conference.date && (
          <button type="button" className="button button-quiet" disabled={saving} onClick={() => void save(true)}>
            {t('timelines.clearDate')}
          </button>
        )}
      </div>
    </form>
  );
}
