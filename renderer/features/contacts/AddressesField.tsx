import type { MessageKey } from '../../../electron/shared/i18n/en';
import { Field } from '../../components/Field';
import { useT } from '../../i18n/useT';
import { addressParts, emptyAddress, type AddressEntry, type AddressPart, type FieldErrors } from './ContactFormValues';
import { EntryTypeSelect } from './EntryTypeSelect';

const partKeys: Record<AddressPart, MessageKey> = {
  street: 'contactForm.address.street',
  city: 'contactForm.address.city',
  region: 'contactForm.address.region',
  postcode: 'contactForm.address.postcode',
  country: 'contactForm.address.country',
};

interface Props {
  addresses: readonly AddressEntry[];
  errors: FieldErrors;
  idFor: (key: string) => string;
  radioGroup: string;
  onChange: (addresses: AddressEntry[]) => void;
}

/** Postal addresses, each with its type and a preferred mark; an address left blank is not saved. */
export function AddressesField({ addresses, errors, idFor, radioGroup, onChange }: Props) {
  const t = useT();
  const update = (index: number, patch: Partial<AddressEntry>) => onChange(addresses.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <fieldset className="entry-list field-wide">
      <legend>{t('contactForm.addresses')}</legend>
      {addresses.map((address, index) => {
        const entry = index === 0 ? t('contactForm.address') : t('contactForm.nth', { entry: t('contactForm.address'), n: index + 1 });
        const key = `addresses.${index}`;
        return (
          <div className="entry-row entry-row-address" key={index}>
            {addressParts.map((part) => (
              <Field key={part} id={idFor(`${key}.${part}`)} label={t(partKeys[part], { entry })} error={errors[`${key}.${part}`]} className={`address-${part}`}>
                {(control) => <input {...control} type="text" autoComplete="off" value={address[part]} onChange={(event) => update(index, { [part]: event.target.value })} />}
              </Field>
            ))}
            <EntryTypeSelect id={idFor(`${key}.label`)} entry={entry} label={address.label} custom={address.custom} error={errors[`${key}.label`]} onChange={(next) => update(index, next)} />
            <label className="entry-preferred">
              <input
                type="radio"
                name={radioGroup}
                aria-label={t('contactForm.isPreferred', { entry })}
                checked={address.preferred}
                onChange={() => onChange(addresses.map((other, i) => ({ ...other, preferred: i === index })))}
              />
              <span aria-hidden="true">{t('contactForm.preferred')}</span>
            </label>
            <button
              type="button"
              className="button button-quiet entry-remove"
              aria-label={t('contactForm.removeEntry', { entry })}
              onClick={() => onChange(addresses.filter((_, i) => i !== index))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...addresses, emptyAddress()])}>
        {t('contactForm.addAddress')}
      </button>
    </fieldset>
  );
}
