import type { MessageKey } from '../../../electron/shared/i18n/en';
import type { T } from '../../i18n/createT';
import { CONTACT_NAME_FIELDS } from '../../../electron/shared/schemas/contact';

/**
 * The choices of the import's mapping step: where a CSV column can go. The keys are core's
 * (core/import/CsvTarget.ts: "family", "email:1:value", "phone:mobile:value", "ignore"); the
 * renderer only lists and names them.
 */
export interface TargetGroup {
  labelKey: MessageKey;
  targets: string[];
}

const FIELDS: string[] = ['kind', ...CONTACT_NAME_FIELDS, 'birthday', 'anniversary', 'organization', 'title', 'notes', 'noteLine', 'followUpDays', 'uid'];
const LISTS = ['tags', 'tag', 'cities', 'city', 'languages', 'language', 'partnerships', 'partnership'];
const ADDRESS_PARTS = ['street', 'city', 'region', 'postcode', 'country'];

/** Every choice, grouped; the numbered slots reach as far as the file already uses, three at least. */
export function targetGroups(current: readonly string[]): TargetGroup[] {
  const slotsUsed = current.flatMap((key) => {
    const slot = /^(?:email|phone|address|website):(\d+):/.exec(key)?.[1];
    return slot ? [Number(slot)] : [];
  });
  const slots = Array.from({ length: Math.max(3, ...slotsUsed) }, (_v, i) => i + 1);
  const groups: TargetGroup[] = [
    { labelKey: 'import.group.fields', targets: ['ignore', ...FIELDS] },
    { labelKey: 'import.group.lists', targets: LISTS },
    { labelKey: 'import.group.email', targets: slots.flatMap((n) => [`email:${n}:value`, `email:${n}:label`, `email:${n}:preferred`]) },
    {
      labelKey: 'import.group.phone',
      targets: [...slots.flatMap((n) => [`phone:${n}:value`, `phone:${n}:label`, `phone:${n}:preferred`]), ...['mobile', 'work', 'home', 'fax', 'other'].map((l) => `phone:${l}:value`)],
    },
    {
      labelKey: 'import.group.address',
      targets: [
        ...['1', '2'].flatMap((n) => [...ADDRESS_PARTS, 'formatted', 'label'].map((part) => `address:${n}:${part}`)),
        ...['work', 'home', 'other'].flatMap((l) => ADDRESS_PARTS.map((part) => `address:${l}:${part}`)),
      ],
    },
    {
      labelKey: 'import.group.website',
      targets: [...slots.flatMap((n) => [`website:${n}:value`, `website:${n}:label`, `website:${n}:preferred`]), 'event:1:value', 'event:1:label'],
    },
  ];
  // A target the guess chose that the lists lack (Outlook's "Business Phone 2") joins its group.
  for (const key of current) {
    if (groups.some((g) => g.targets.includes(key))) continue;
    const kind = key.split(':')[0];
    const group = groups.find((g) => g.labelKey === `import.group.${kind === 'event' ? 'website' : kind}`);
    group?.targets.push(key);
  }
  return groups;
}

const fieldKey = (key: string): MessageKey | null => {
  const candidate = `import.target.${key}`;
  return [...FIELDS, ...LISTS, 'ignore'].includes(key) ? (candidate as MessageKey) : null;
};

/** "Family name", "Email 2", "Email 2, label", "Phone (mobile)", "Address (work), city". */
export function targetLabel(t: T, key: string): string {
  const field = fieldKey(key);
  if (field) return t(field);
  const [kind = '', slot = '', part = ''] = key.split(':');
  const itemKey: Record<string, MessageKey> = {
    email: 'import.item.email',
    phone: 'import.item.phone',
    address: 'import.item.address',
    website: 'import.item.website',
    event: 'import.item.event',
  };
  const item = itemKey[kind];
  if (!item) return key;
  const numbered = /^\d+$/.test(slot);
  const [label = '', second] = slot.split('#');
  const name = numbered ? `${t(item)} ${slot}` : `${t(item)} (${label})${second ? ` ${second}` : ''}`;
  const partKeys: Record<string, MessageKey> = {
    label: 'import.part.label',
    preferred: 'import.part.preferred',
    street: 'import.part.street',
    city: 'import.part.city',
    region: 'import.part.region',
    postcode: 'import.part.postcode',
    country: 'import.part.country',
    formatted: 'import.part.formatted',
  };
  const partKey = partKeys[part];
  return partKey ? `${name}, ${t(partKey)}` : name;
}
