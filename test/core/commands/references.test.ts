import { describe, expect, it } from 'vitest';
import { Transaction } from '../../../electron/core/commands/Transaction';
import { deleteWithReferences } from '../../../electron/core/commands/deleteWithReferences';
import { references } from '../../../electron/shared/references';
import { collectionSchemas, kinds } from '../../../electron/shared/schemas/collections';
import { blankContactData } from '../../../electron/shared/schemas/contact';
import { emptyWorkspace } from '../../../electron/shared/schemas/workspace';

const at = '2026-11-28T10:00:00.000Z';

function seeded() {
  const ws = emptyWorkspace();
  const tx = new Transaction(ws, 1, at);
  const us = crypto.randomUUID();
  const ru = crypto.randomUUID();
  tx.create('cities', us, { nameLatin: 'Cleveland', nameCyrillic: '', region: 'OH', country: 'US', zone: 'America/New_York' });
  tx.create('cities', ru, { nameLatin: 'Volgograd', nameCyrillic: 'Волгоград', region: '', country: 'RU', zone: 'Europe/Volgograd' });
  const partnership = crypto.randomUUID();
  tx.create('partnerships', partnership, {
    usCityId: us, ruCityId: ru, status: 'active', establishedYear: 1990, usCoordinatorIds: [], ruCoordinatorIds: [], lastExchange: null, source: '', notes: '',
  });
  const conference = crypto.randomUUID();
  tx.create('conferences', conference, { name: 'Summit', date: null, cityId: null, tentativeCityIds: [ru], organizerIds: [], notes: '' });
  const contact = crypto.randomUUID();
  tx.create('contacts', contact, {
    ...blankContactData(),
    family: 'Orlova', given: 'Olga', patronymic: '', gender: 'female', familyLatin: '', givenLatin: '', patronymicLatin: '',
    emails: [], phones: [], addresses: [], organizationId: null, title: '', cityIds: [ru], partnershipIds: [partnership],
    languages: [], tags: [], notes: '', followUp: null,
  });
  const participant = crypto.randomUUID();
  tx.create('participants', participant, { conferenceId: conference, contactId: contact, stage: 'identified', stageReason: '', partnershipId: partnership, notes: '' });
  return { ws, us, ru, partnership, conference, contact, participant };
}

describe('reference registry', () => {
  it('names only real kinds and fields of their schemas', () => {
    for (const ref of references) {
      expect(kinds).toContain(ref.from);
      expect(kinds).toContain(ref.to);
      expect(Object.keys(collectionSchemas[ref.from].shape)).toContain(ref.field);
    }
  });

  it('refuses to delete a city a partnership needs, with a sentence, and the rollback restores everything', () => {
    const { ws, ru } = seeded();
    const before = JSON.stringify(ws);
    const tx = new Transaction(ws, 2, at);
    expect(() => deleteWithReferences(tx, 'cities', ru)).toThrow('This city cannot be deleted: 1 partnership still uses it. Delete or change it first.');
    tx.rollback();
    expect(JSON.stringify(ws)).toBe(before);
  });

  it('clears links to a deleted contact and cascades to its participations', () => {
    const { ws, contact, participant } = seeded();
    const tx = new Transaction(ws, 2, at);
    deleteWithReferences(tx, 'contacts', contact);
    expect(ws.contacts[contact]).toBeUndefined();
    expect(ws.participants[participant]).toBeUndefined();
    expect(tx.images().map((i) => i.kind).sort()).toEqual(['contacts', 'participants']);
  });

  it('cascades a conference to its participants and clears nothing else', () => {
    const { ws, conference, participant, contact } = seeded();
    const tx = new Transaction(ws, 2, at);
    deleteWithReferences(tx, 'conferences', conference);
    expect(ws.participants[participant]).toBeUndefined();
    expect(ws.contacts[contact]).toBeDefined();
  });

  it('clears a deleted partnership from contacts, keeping the contact', () => {
    const { ws, partnership, contact, participant } = seeded();
    const tx = new Transaction(ws, 2, at);
    deleteWithReferences(tx, 'partnerships', partnership);
    expect(ws.contacts[contact]?.partnershipIds).toEqual([]);
    expect(ws.participants[participant]?.partnershipId).toBeNull();
  });
});
