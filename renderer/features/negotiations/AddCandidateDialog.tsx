import { useId, useState } from 'react';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import { cityDisplayName } from '../../../electron/shared/negotiations/cityDisplayName';
import { sameName } from '../../../electron/shared/names/sameName';
import { CityInputSchema, type City } from '../../../electron/shared/schemas/city';
import { toLatinIcao } from '../../../electron/shared/transliteration/toLatinIcao';
import { Dialog } from '../../components/Dialog';
import { EditForm } from '../../components/EditForm';
import { Field } from '../../components/Field';
import { issueText } from '../../i18n/issueText';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../store/useAppStore';
import { useLoaded } from './useLoaded';

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/u.test(text);

function findCity(cities: readonly City[], text: string): City | undefined {
  const typed = text.trim();
  return cities.find((city) => [cityDisplayName(city), city.nameLatin, city.nameCyrillic].some((name) => name && (name === typed || sameName(name, typed))));
}

/**
 * Adds a candidate host city to the conference: any city Liaison knows, typed in either script,
 * or a new one (added as a Russian city on Moscow time, to be corrected under its place).
 */
export function AddCandidateDialog({ conferenceId, conference, taken, onClose, onAdded }: { conferenceId: string; conference: string; taken: readonly string[]; onClose: () => void; onAdded: (id: string) => void }) {
  const t = useT();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const runCommands = useAppStore((s) => s.runCommands);
  const showToast = useAppStore((s) => s.showToast);
  const { data: cities, error: loadError } = useLoaded('cities', () => api.cities.list({}));
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const known = cities ?? [];
  const match = text.trim() ? findCity(known, text) : undefined;

  const submit = async () => {
    if (saving) return;
    const typed = text.trim();
    if (!typed) {
      setError(t('neg.add.cityMissing'));
      return;
    }
    if (!cities) {
      setError(loadError ?? t('neg.loading'));
      return;
    }
    const at = new Date().toISOString();
    const commands: CommandInput[] = [];
    let cityId = match?.id;
    if (match && taken.includes(match.id)) {
      setError(t('neg.add.already', { city: cityDisplayName(match), conference }));
      return;
    }
    if (!cityId) {
      const cyrillic = hasCyrillic(typed);
      const data = CityInputSchema.safeParse({ nameLatin: cyrillic ? toLatinIcao(typed) : typed, nameCyrillic: cyrillic ? typed : '', country: 'RU', zone: 'Europe/Moscow' });
      if (!data.success) {
        setError(data.error.issues[0] ? issueText(t, data.error.issues[0].message) : t('form.fixErrors'));
        return;
      }
      cityId = crypto.randomUUID();
      commands.push({ type: 'city.create', at, id: cityId, data: data.data });
    }
    const candidacyId = crypto.randomUUID();
    commands.push({ type: 'candidacy.create', at, id: candidacyId, data: { conferenceId, cityId, contactIds: [], decisionMakerIds: [], notes: '' } });
    setSaving(true);
    const result = await runCommands(commands);
    setSaving(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    showToast({ message: result.value.summaries.at(-1) ?? '', undo: true });
    onAdded(candidacyId);
  };

  const listId = `${id}-cities`;
  return (
    <Dialog titleId={`${id}-title`} onCancel={onClose} className="neg-dialog">
      <EditForm titleId={`${id}-title`} title={t('neg.add.title', { conference })} error={null} saving={saving} saveLabel={t('neg.add.submit')} onSubmit={() => void submit()} onCancel={onClose}>
        <Field
          id={`${id}-city`}
          label={t('neg.add.city')}
          error={error ?? undefined}
          hint={text.trim() && cities && !match ? t('neg.add.newCity', { city: text.trim() }) : t('neg.add.cityHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              list={listId}
              autoComplete="off"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <datalist id={listId}>
          {known
            .filter((city) => !taken.includes(city.id))
            .map((city) => (
              <option key={city.id} value={cityDisplayName(city)} />
            ))}
        </datalist>
      </EditForm>
    </Dialog>
  );
}
