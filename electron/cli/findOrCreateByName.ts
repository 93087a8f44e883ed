import type { Command } from '../shared/commands/commandSchemas';
import type { Workspace } from '../shared/schemas/workspace';
import { toLatinIcao } from '../shared/transliteration/toLatinIcao';
import { sameName } from '../shared/names/sameName';

const hasCyrillic = (text: string) => /[\u0400-\u04ff]/.test(text);

/**
 * Finds the city named in either script (Volgograd = Волгоград), or builds the command that
 * creates it. A new Russian-script city gets Moscow time until the user corrects it.
 */
export function findOrCreateCity(ws: Readonly<Workspace>, name: string, at: string): { id: string; create: Command | null } {
  const found = Object.values(ws.cities).find((city) => sameName(city.nameLatin, name) || sameName(city.nameCyrillic, name));
  if (found) return { id: found.id, create: null };
  const id = crypto.randomUUID();
  const cyrillic = hasCyrillic(name);
  return {
    id,
    create: {
      type: 'city.create',
      at,
      id,
      data: {
        nameLatin: cyrillic ? toLatinIcao(name) : name,
        nameCyrillic: cyrillic ? name : '',
        region: '',
        country: cyrillic ? 'RU' : 'other',
        zone: cyrillic ? 'Europe/Moscow' : ws.settings.homeZone,
      },
    },
  };
}

export function findOrCreateOrganization(ws: Readonly<Workspace>, name: string, at: string): { id: string; create: Command | null } {
  const found = Object.values(ws.organizations).find((org) => sameName(org.name, name) || sameName(org.nameLatin, name));
  if (found) return { id: found.id, create: null };
  const id = crypto.randomUUID();
  const cyrillic = hasCyrillic(name);
  return {
    id,
    create: {
      type: 'organization.create',
      at,
      id,
      data: { name, nameLatin: cyrillic ? toLatinIcao(name) : name, kind: 'other', cityId: null, website: '', notes: '' },
    },
  };
}
