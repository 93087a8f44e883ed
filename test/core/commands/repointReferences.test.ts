import { describe, expect, it } from 'vitest';
import { repointReferences } from '../../../electron/core/commands/repointReferences';
import { Transaction } from '../../../electron/core/commands/Transaction';
import { references } from '../../../electron/shared/references';
import { CandidacyInputSchema } from '../../../electron/shared/schemas/candidacy';
import { ConferenceInputSchema } from '../../../electron/shared/schemas/conference';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { ParticipantInputSchema } from '../../../electron/shared/schemas/participant';
import { TaskInputSchema } from '../../../electron/shared/schemas/task';
import { emptyWorkspace } from '../../../electron/shared/schemas/workspace';

const at = '2026-11-28T10:00:00.000Z';

describe('repointReferences', () => {
  it('moves every registered reference to a contact onto another, keeping a list entry once, and undoes from its images', () => {
    const ws = emptyWorkspace();
    const setup = new Transaction(ws, 1, at);
    const [from, to, city, conference, candidacy, task, participant] = Array.from({ length: 7 }, () => crypto.randomUUID()) as [string, string, string, string, string, string, string];
    setup.create('contacts', from, ContactInputSchema.parse({ family: 'From' }));
    setup.create('contacts', to, ContactInputSchema.parse({ family: 'To' }));
    setup.create('cities', city, { nameLatin: 'Tula', nameCyrillic: 'Тула', region: '', country: 'RU', zone: 'Europe/Moscow' });
    setup.create('conferences', conference, ConferenceInputSchema.parse({ name: 'Summit' }));
    setup.create('candidacies', candidacy, CandidacyInputSchema.parse({ conferenceId: conference, cityId: city, contactIds: [from, to], decisionMakerIds: [from] }));
    setup.create('tasks', task, TaskInputSchema.parse({ title: 'Call', ownerId: from }));
    setup.create('participants', participant, ParticipantInputSchema.parse({ conferenceId: conference, contactId: from }));
    const before = structuredClone(ws);

    const tx = new Transaction(ws, 2, at);
    const changed = repointReferences(tx, 'contacts', from, to);
    expect(changed).toBe(4);
    expect(ws.candidacies[candidacy]?.contactIds).toEqual([to]);
    expect(ws.candidacies[candidacy]?.decisionMakerIds).toEqual([to]);
    expect(ws.tasks[task]?.ownerId).toBe(to);
    expect(ws.participants[participant]?.contactId).toBe(to);
    // Nothing points at the old contact any more, by any field the registry knows.
    for (const ref of references.filter((r) => r.to === 'contacts')) {
      for (const record of Object.values(ws[ref.from]) as Record<string, unknown>[]) {
        const value = record[ref.field];
        expect(Array.isArray(value) ? value.includes(from) : value === from, `${ref.from}.${ref.field}`).toBe(false);
      }
    }
    tx.rollback();
    expect(ws).toEqual(before);
  });
});
