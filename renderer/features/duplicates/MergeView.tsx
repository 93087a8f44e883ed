import { useEffect, useId, useState } from 'react';
import type { ContactDetail } from '../../../electron/shared/contract';
import type { DuplicatePair } from '../../../electron/shared/contracts/duplicateChannels';
import type { MessageKey } from '../../../electron/shared/i18n/en';
import { cityLabel } from '../../../electron/shared/names/cityLabel';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import type { ContactData } from '../../../electron/shared/schemas/contact';
import { settle } from '../../api/api';
import type { T } from '../../i18n/createT';
import { useT } from '../../i18n/useT';
import { useAppStore, useAppStoreApi } from '../../store/useAppStore';
import { contactFieldKeys as fieldKeys } from './contactFieldKeys';
import { canKeepBoth, dataOf, defaultChoices, mergedData, mergeFields, sameValue, type Choice, type Choices, type MergeField } from './mergeFields';

const genderKeys: Record<ContactData['gender'], MessageKey> = {
  female: 'contact.gender.female',
  male: 'contact.gender.male',
  unspecified: 'contact.gender.unspecified',
};

/** One side's value of a field, as text. */
function shown(field: MergeField, detail: ContactDetail, data: ContactData, t: T): string {
  const typed = (items: { label: string; value: string }[]) => items.map((i) => (i.label ? `${i.value} (${i.label})` : i.value)).join(', ');
  switch (field) {
    case 'gender':
      return t(genderKeys[data.gender]);
    case 'kind':
      return t(data.kind === 'org' ? 'contactField.kind.org' : 'contactField.kind.person');
    case 'emails':
    case 'phones':
    case 'websites':
      return typed(data[field]);
    case 'middleNames':
      return data.middleNames.join(', ');
    case 'photo':
      return data.photo ? t('contactField.photo') : '';
    case 'addresses':
      return data.addresses.map((a) => [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ')).join('; ');
    case 'organizationId':
      return detail.organization?.name ?? '';
    case 'cityIds':
      return detail.cities.map(cityLabel).join(', ');
    case 'partnershipIds':
      return (detail.partnerships ?? []).map((p) => p.label).join(', ');
    case 'languages':
    case 'tags':
      return data[field].join(', ');
    case 'followUp':
      return data.followUp ? t('contact.followUpEvery', { count: data.followUp.everyDays }) : '';
    default:
      return data[field] ?? '';
  }
}

/**
 * Two contacts side by side, field by field: choose which side each field keeps (lists can keep
 * both), and which record survives. One contact.merge: the other contact's interactions,
 * partnerships and tasks move to the survivor through the reference registry; undo restores both.
 */
export function MergeView({ pair, onMerged }: { pair: DuplicatePair; onMerged: () => void }) {
  const t = useT();
  const id = useId();
  const store = useAppStoreApi();
  const api = useAppStore((s) => s.api);
  const [details, setDetails] = useState<{ a: ContactDetail; b: ContactDetail } | string | null>(null);
  const [survivor, setSurvivor] = useState<'a' | 'b'>('a');
  const [choices, setChoices] = useState<Choices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const failed = t('duplicates.loadFailed');

  useEffect(() => {
    let current = true;
    void Promise.all([settle(api.contacts.get({ id: pair.a.id }), failed), settle(api.contacts.get({ id: pair.b.id }), failed)]).then(([a, b]) => {
      if (!current) return;
      if (!a.ok || !b.ok) {
        setDetails(!a.ok ? a.error.message : !b.ok ? b.error.message : failed);
        return;
      }
      // The older record survives by default: it is the one other records have pointed at longest.
      const first = a.value.contact.createdAt <= b.value.contact.createdAt ? 'a' : 'b';
      setDetails({ a: a.value, b: b.value });
      setSurvivor(first);
      setChoices(defaultChoices(dataOf(a.value), dataOf(b.value), first));
    });
    return () => {
      current = false;
    };
  }, [api, pair.a.id, pair.b.id, failed]);

  if (typeof details === 'string') return <p role="alert">{details}</p>;
  if (!details || !choices) return <div aria-busy="true" />;
  const a = dataOf(details.a);
  const b = dataOf(details.b);
  const names = { a: contactDisplayName(details.a.contact), b: contactDisplayName(details.b.contact) };

  const merge = async () => {
    if (merging) return;
    const result = mergedData(a, b, choices);
    if (!result.ok) {
      setError(result.field ? `${t(fieldKeys[result.field])}: ${result.message}` : result.message);
      return;
    }
    setError(null);
    setMerging(true);
    const state = store.getState();
    const survivorId = survivor === 'a' ? details.a.contact.id : details.b.contact.id;
    const mergedId = survivor === 'a' ? details.b.contact.id : details.a.contact.id;
    const done = await state.runCommands([{ type: 'contact.merge', at: new Date().toISOString(), survivorId, mergedId, fields: result.data }]);
    setMerging(false);
    if (!done.ok) {
      setError(done.error.message);
      return;
    }
    state.showToast({ message: t('duplicates.merged', { merged: survivor === 'a' ? names.b : names.a, survivor: contactDisplayName(result.data) }), undo: true });
    onMerged();
  };

  const choiceLabel = (field: MergeField, choice: Choice) => {
    const name = t(fieldKeys[field]);
    return choice === 'a' ? t('duplicates.keepFirst', { field: name }) : choice === 'b' ? t('duplicates.keepSecond', { field: name }) : t('duplicates.keepBoth', { field: name });
  };

  return (
    <div className="merge-view">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <fieldset className="survivor">
        <legend>{t('duplicates.survivor')}</legend>
        {(['a', 'b'] as const).map((side) => (
          <label key={side} className="checkbox-field">
            <input
              type="radio"
              name={`${id}-survivor`}
              checked={survivor === side}
              onChange={() => {
                // The defaults follow the record kept: its values, and the other's where it has none.
                setSurvivor(side);
                setChoices(defaultChoices(a, b, side));
              }}
            />
            <span>{names[side]}</span>
          </label>
        ))}
        <p className="field-hint">{t('duplicates.survivorHint')}</p>
      </fieldset>
      <table className="merge-table">
        <caption className="visually-hidden">{t('duplicates.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field')}</th>
            <th scope="col">{names.a}</th>
            <th scope="col">{names.b}</th>
          </tr>
        </thead>
        <tbody>
          {mergeFields.map((field) => {
            const same = sameValue(field, a[field], b[field]);
            const cell = (side: 'a' | 'b') => {
              const text = shown(field, side === 'a' ? details.a : details.b, side === 'a' ? a : b, t) || t('duplicates.empty');
              if (same) return <td key={side}>{text}</td>;
              return (
                <td key={side}>
                  <label className="merge-choice">
                    <input type="radio" name={`${id}-${field}`} aria-label={choiceLabel(field, side)} checked={choices[field] === side} onChange={() => setChoices({ ...choices, [field]: side })} />
                    <span>{text}</span>
                  </label>
                </td>
              );
            };
            return (
              <tr key={field} className={same ? 'is-same' : undefined}>
                <th scope="row">
                  {t(fieldKeys[field])}
                  {!same && canKeepBoth(field) && (
                    <label className="merge-choice merge-both">
                      <input type="radio" name={`${id}-${field}`} aria-label={choiceLabel(field, 'both')} checked={choices[field] === 'both'} onChange={() => setChoices({ ...choices, [field]: 'both' })} />
                      <span>{t('duplicates.both')}</span>
                    </label>
                  )}
                </th>
                {cell('a')}
                {cell('b')}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" aria-busy={merging} onClick={() => void merge()}>
          {t('duplicates.merge')}
        </button>
      </div>
    </div>
  );
}
