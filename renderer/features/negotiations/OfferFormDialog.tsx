import { useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { parseFuzzyDate } from '../../../electron/shared/dates/parseFuzzyDate';
import { formatFuzzyDate } from '../../../electron/shared/dates/formatFuzzyDate';
import { numberOfferItems, offerItemKeys, OfferInputSchema, type Offer, type OfferInput, type OfferItemKey } from '../../../electron/shared/schemas/offer';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { issueText } from '../../i18n/issueText';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { itemKeys } from './negotiationLabels';
import { useFormats } from './useFormats';

interface Row {
  value: string;
  source: string;
  confirmedOn: string;
}
interface FreeRow extends Row {
  id: string;
  label: string;
}
type Errors = Record<string, string>;

const longItems: readonly OfferItemKey[] = ['localFunding', 'inKindSupport', 'visaSupport', 'airLinks', 'nearbyPartnerCities', 'decidesWhoAndBy', 'openQuestions'];

function rowsFrom(offer: Offer): { standard: Record<OfferItemKey, Row>; free: FreeRow[] } {
  const standard = {} as Record<OfferItemKey, Row>;
  for (const key of offerItemKeys) {
    const item = offer[key];
    const value = !item ? '' : typeof item.value === 'number' ? String(item.value) : typeof item.value === 'string' ? item.value : item.value.label || formatFuzzyDate(item.value, 'en');
    standard[key] = { value, source: item?.source ?? '', confirmedOn: item?.confirmedOn ?? '' };
  }
  const free = offer.free.map((item) => ({ id: item.id, label: item.label, value: item.value, source: item.source, confirmedOn: item.confirmedOn ?? '' }));
  return { standard, free };
}

/** The offer as stored, without the change stamps: what an unchanged form would send. */
function comparable(offer: Offer): string {
  const strip = ({ changedAt: _changedAt, ...rest }: { changedAt: string }) => rest;
  const out: Record<string, unknown> = {};
  for (const key of offerItemKeys) {
    const item = offer[key];
    if (item) out[key] = strip(item);
  }
  out.free = offer.free.map(strip);
  return JSON.stringify(OfferInputSchema.parse(out));
}

/**
 * Edits a city's offer item by item: the value, where it comes from, and the date it was last
 * confirmed. Proposed dates are typed as people say them ("late September – early October 2019")
 * and read back at once. An item left empty is one the city has said nothing about.
 */
export function OfferFormDialog({ candidacyId, city, offer, onClose }: { candidacyId: string; city: string; offer: Offer; onClose: () => void }) {
  const t = useT();
  const formats = useFormats();
  const id = useId();
  const runCommands = useAppStore((s) => s.runCommands);
  const showToast = useAppStore((s) => s.showToast);
  const [rows, setRows] = useState(() => rowsFrom(offer));
  // A year-less date ("October") reads as the next one to come; re-reading unchanged text later
  // could move it a year, so unchanged text keeps the stored dates.
  const [initialDates] = useState(() => rows.standard.proposedDates.value);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const dates = rows.standard.proposedDates.value.trim() ? parseFuzzyDate(rows.standard.proposedDates.value, new Date()) : null;
  const setStandard = (key: OfferItemKey, patch: Partial<Row>) => setRows((r) => ({ ...r, standard: { ...r.standard, [key]: { ...r.standard[key], ...patch } } }));
  const setFree = (index: number, patch: Partial<FreeRow>) => setRows((r) => ({ ...r, free: r.free.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));

  const build = (): { offer: OfferInput | null; errors: Errors } => {
    const found: Errors = {};
    const input: Record<string, unknown> = {};
    const provenance = (row: Row) => ({ source: row.source.trim(), confirmedOn: row.confirmedOn || null });
    for (const key of offerItemKeys) {
      const row = rows.standard[key];
      const value = row.value.trim();
      if (!value) {
        if (row.source.trim() || row.confirmedOn) found[key] = t('neg.offer.valueMissing');
        continue;
      }
      if (key === 'proposedDates' && offer.proposedDates && row.value === initialDates) {
        input[key] = { value: offer.proposedDates.value, ...provenance(row) };
      } else if (key === 'proposedDates') {
        const parsed = parseFuzzyDate(value, new Date());
        if (!parsed.ok) found[key] = parsed.reason;
        else input[key] = { value: parsed.value, ...provenance(row) };
      } else if (numberOfferItems.includes(key) && /^\d{1,8}$/.test(value)) {
        input[key] = { value: Number(value), ...provenance(row) };
      } else input[key] = { value, ...provenance(row) };
    }
    input.free = rows.free.flatMap((row, index) => {
      if (!row.label.trim() && !row.value.trim() && !row.source.trim() && !row.confirmedOn) return [];
      if (!row.label.trim()) found[`free-${index}-label`] = t('neg.offer.labelMissing');
      if (!row.value.trim()) found[`free-${index}`] = t('neg.offer.valueMissing');
      return [{ id: row.id, label: row.label.trim(), value: row.value.trim(), ...provenance(row) }];
    });
    if (Object.keys(found).length > 0) return { offer: null, errors: found };
    const parsed = OfferInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [first, second] = issue.path;
        const where = first === 'free' ? `free-${String(second)}${issue.path[2] === 'label' ? '-label' : ''}` : String(first);
        found[where] ??= issueText(t, issue.message);
      }
      return { offer: null, errors: found };
    }
    return { offer: parsed.data, errors: {} };
  };

  const submit = async () => {
    if (saving) return;
    const built = build();
    if (!built.offer) {
      // Rendered now, so the first invalid field exists to be focused (and scrolled into view)
      // on this click, not the next one.
      flushSync(() => {
        setErrors(built.errors);
        setFormError(t('form.fixErrors'));
      });
      const first = document.getElementById(titleId)?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]');
      first?.focus();
      first?.scrollIntoView({ block: 'center' });
      return;
    }
    setErrors(built.errors);
    setFormError(null);
    if (JSON.stringify(OfferInputSchema.parse(built.offer)) === comparable(offer)) {
      onClose();
      return;
    }
    setSaving(true);
    const result = await runCommands([{ type: 'candidacy.setOffer', at: new Date().toISOString(), id: candidacyId, offer: built.offer }]);
    setSaving(false);
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    showToast({ message: t('neg.offer.saved', { city }), undo: true });
    onClose();
  };

  const titleId = `${id}-title`;
  const errorId = (key: string) => `${id}-${key}-error`;
  const line = (key: string, label: string, row: Row, onChange: (patch: Partial<Row>) => void, control: 'text' | 'number' | 'long') => {
    const error = errors[key];
    const valueProps = {
      id: `${id}-${key}`,
      value: row.value,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? errorId(key) : key === 'proposedDates' && dates?.ok ? `${id}-dates-reading` : undefined,
    };
    return (
      <tr key={key}>
        <th scope="row">
          <label htmlFor={`${id}-${key}`}>{label}</label>
        </th>
        <td>
          {control === 'long' ? (
            <textarea {...valueProps} rows={2} onChange={(event) => onChange({ value: event.target.value })} />
          ) : (
            <input {...valueProps} type="text" inputMode={control === 'number' ? 'numeric' : undefined} onChange={(event) => onChange({ value: event.target.value })} />
          )}
          {key === 'proposedDates' && dates?.ok && (
            <p id={`${id}-dates-reading`} className="field-hint">
              {t('neg.offer.datesRead', { dates: formats.fuzzy(dates.value) })}
            </p>
          )}
          {error && (
            <p id={errorId(key)} className="field-error">
              {error}
            </p>
          )}
        </td>
        <td>
          <input type="text" aria-label={t('neg.offer.sourceOf', { item: label })} value={row.source} onChange={(event) => onChange({ source: event.target.value })} />
        </td>
        <td>
          <input type="date" aria-label={t('neg.offer.confirmedOf', { item: label })} value={row.confirmedOn} onChange={(event) => onChange({ confirmedOn: event.target.value })} />
        </td>
      </tr>
    );
  };

  return (
    <Dialog titleId={titleId} onCancel={onClose} className="neg-dialog neg-offer-dialog">
      <EditForm titleId={titleId} title={t('neg.offer.editTitle', { city })} error={formError} saving={saving} onSubmit={() => void submit()} onCancel={onClose}>
        <table className="neg-offer-table">
          <thead>
            <tr>
              <th scope="col">{t('neg.compare.item')}</th>
              <th scope="col">{t('neg.offer.value')}</th>
              <th scope="col">{t('neg.offer.source')}</th>
              <th scope="col">{t('neg.offer.confirmedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {offerItemKeys.map((key) =>
              line(key, t(itemKeys[key]), rows.standard[key], (patch) => setStandard(key, patch), numberOfferItems.includes(key) ? 'number' : longItems.includes(key) ? 'long' : 'text'),
            )}
          </tbody>
        </table>
        <h3>{t('neg.offer.freeTitle')}</h3>
        {rows.free.length === 0 && <p className="muted">{t('neg.offer.freeEmpty')}</p>}
        <ul className="neg-free-items">
          {rows.free.map((row, index) => {
            const labelError = errors[`free-${index}-label`];
            const valueError = errors[`free-${index}`];
            const name = row.label.trim() || t('neg.offer.freeUnnamed', { n: index + 1 });
            return (
              <li key={row.id} className="neg-free-item">
                <input
                  type="text"
                  aria-label={t('neg.offer.freeLabel', { n: index + 1 })}
                  placeholder={t('neg.offer.freeLabelPlaceholder')}
                  value={row.label}
                  aria-invalid={labelError ? true : undefined}
                  onChange={(event) => setFree(index, { label: event.target.value })}
                />
                <input type="text" aria-label={t('neg.offer.valueOf', { item: name })} value={row.value} aria-invalid={valueError ? true : undefined} onChange={(event) => setFree(index, { value: event.target.value })} />
                <input type="text" aria-label={t('neg.offer.sourceOf', { item: name })} value={row.source} onChange={(event) => setFree(index, { source: event.target.value })} />
                <input type="date" aria-label={t('neg.offer.confirmedOf', { item: name })} value={row.confirmedOn} onChange={(event) => setFree(index, { confirmedOn: event.target.value })} />
                <button type="button" className="button button-quiet" aria-label={t('neg.offer.removeItem', { item: name })} onClick={() => setRows((r) => ({ ...r, free: r.free.filter((_, i) => i !== index) }))}>
                  {t('neg.remove')}
                </button>
                {(labelError || valueError) && <p className="field-error">{[labelError, valueError].filter(Boolean).join(' ')}</p>}
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button"
          onClick={() => setRows((r) => ({ ...r, free: [...r.free, { id: crypto.randomUUID(), label: '', value: '', source: '', confirmedOn: '' }] }))}
        >
          {t('neg.offer.addItem')}
        </button>
      </EditForm>
    </Dialog>
  );
}
