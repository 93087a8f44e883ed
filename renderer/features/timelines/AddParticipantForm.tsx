import { useId, useState } from 'react';
import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { CoverageRow } from '../../../electron/shared/contracts/timelineChannels';
import { contactDisplayName } from '../../../electron/shared/names/contactDisplayName';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { useT } from '../../i18n/useT';
import { useAppStoreApi } from '../../store/useAppStore';
import { ContactPicker, type PickedContact } from './ContactPicker';

type Mode = 'contact' | 'new';

/**
 * Adds a participant: someone already in the contacts, or a new person (given and family name,
 * an email, the US partner city they come from), who becomes a contact and a participant in one
 * undo step. Recruiting is mostly of people the representative has not met yet, so requiring a
 * contact first sent them to another screen for every name on a list.
 */
export function AddParticipantForm({ conferenceId, coverage }: { conferenceId: string; coverage: readonly CoverageRow[] }) {
  const t = useT();
  const store = useAppStoreApi();
  const id = useId();
  const [mode, setMode] = useState<Mode>('contact');
  const [contact, setContact] = useState<PickedContact | null>(null);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [email, setEmail] = useState('');
  const [cityId, setCityId] = useState('');
  const [error, setError] = useState<string | null>(null);

  const participant = (contactId: string): CommandInput => ({
    type: 'participant.add',
    at: new Date().toISOString(),
    id: crypto.randomUUID(),
    data: { conferenceId, contactId, stage: 'identified', stageReason: '', partnershipId: null, notes: '' },
  });

  const add = async () => {
    let commands: CommandInput[];
    let name: string;
    if (mode === 'contact') {
      if (!contact) return setError(t('contactPicker.choose'));
      commands = [participant(contact.id)];
      name = contact.name;
    } else {
      if (given.trim() === '' && family.trim() === '') return setError(t('recruitment.nameRequired'));
      const contactId = crypto.randomUUID();
      const data = {
        ...blankContactData(),
        given: given.trim(),
        family: family.trim(),
        emails: email.trim() === '' ? [] : [{ value: email.trim(), label: '', preferred: true }],
        cityIds: cityId === '' ? [] : [cityId],
      };
      commands = [{ type: 'contact.create', at: new Date().toISOString(), id: contactId, data }, participant(contactId)];
      name = contactDisplayName(data);
    }
    const ack = await store.getState().runCommands(commands);
    if (!ack.ok) return setError(ack.error.message);
    setError(null);
    store.getState().showToast({ message: t(mode === 'contact' ? 'recruitment.added' : 'recruitment.addedNew', { name }), undo: true });
    setContact(null);
    setGiven('');
    setFamily('');
    setEmail('');
    setCityId('');
  };

  return (
    <form
      className="add-participant-form"
      noValidate
      aria-label={t('recruitment.addMode')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <fieldset className="add-participant-mode">
        <legend className="visually-hidden">{t('recruitment.addMode')}</legend>
        {(['contact', 'new'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setError(null);
              }}
            />
            {t(value === 'contact' ? 'recruitment.fromContacts' : 'recruitment.newPerson')}
          </label>
        ))}
      </fieldset>
      <div className="add-participant">
        {mode === 'contact' ? (
          <ContactPicker id={`${id}-contact`} label={t('recruitment.contact')} searchLabel={t('contactPicker.find')} value={contact} onChange={setContact} allowNone={false} />
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-given`}>{t('recruitment.given')}</label>
              <input id={`${id}-given`} type="text" autoComplete="off" value={given} onChange={(event) => setGiven(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-family`}>{t('recruitment.family')}</label>
              <input id={`${id}-family`} type="text" autoComplete="off" value={family} onChange={(event) => setFamily(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`}>{t('recruitment.email')}</label>
              <input id={`${id}-email`} type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-city`}>{t('recruitment.fromCity')}</label>
              <select id={`${id}-city`} value={cityId} onChange={(event) => setCityId(event.target.value)}>
                <option value="">{t('recruitment.noCity')}</option>
                {coverage.map((c) => (
                  <option key={c.cityId} value={c.cityId}>
                    {c.region ? `${c.name}, ${c.region}` : c.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <button type="submit" className="button button-primary">
          {t('recruitment.add')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
