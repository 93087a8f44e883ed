import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyPortableContact, type PortableContact } from '../../../electron/core/export/PortableContact';
import type { ImportedRecord } from '../../../electron/core/import/ImportedRecord';
import { planImport } from '../../../electron/core/import/planImport';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import { tempDir } from '../../helpers/tempDir';
import { addContact, ids, transferWorkspace } from '../export/transferFixtures';

const at = '2026-11-28T12:00:00.000Z';
const resourcesDir = fileURLToPath(new URL('../../../resources', import.meta.url));
let n = 0;
const record = (fields: Partial<PortableContact>, where = `line ${++n + 1}`): ImportedRecord => ({ at: where, contact: { ...emptyPortableContact(), ...fields }, problems: [] });

describe('planImport', () => {
  it('merges on a case-folded email, filling only empty fields', () => {
    const ws = transferWorkspace();
    const existing = addContact(ws, { family: 'Иванова', given: 'Мария', title: 'Head of department', emails: [{ value: 'M.Ivanova@VolgAdmin.example' }] });
    const plan = planImport(ws, [record({ family: 'Ivanova', given: 'Maria', title: 'Someone else', notes: 'From the summit list', emails: [{ label: '', value: 'm.ivanova@volgadmin.example', preferred: false }] })], { mode: 'cli', at, source: 'a.csv' });
    expect(plan).toMatchObject({ created: 0, merged: 1, rejected: [] });
    expect(plan.command?.merges).toEqual([{ id: existing.id, fill: { notes: 'From the summit list' } }]);
    expect(plan.command?.creates).toEqual([]);
  });

  it('merges on a UID: our own urn:uuid, or the card’s UID kept from an earlier import', () => {
    const ws = transferWorkspace();
    const ours = addContact(ws, { family: 'Smith' });
    const theirs = addContact(ws, { family: 'Brown', uid: 'ABC-123' });
    const plan = planImport(ws, [record({ family: 'Smith', uid: `urn:uuid:${ours.id}`, title: 'President' }), record({ family: 'Braun', uid: 'ABC-123' })], { mode: 'cli', at, source: 'a.vcf' });
    expect(plan.merged).toBe(2);
    // The Latin form of the contact's own spelling is filled too; "Braun" is not Brown's.
    expect(plan.command?.merges).toEqual([
      { id: ours.id, fill: { family: 'Smith', familyLatin: 'Smith', title: 'President' } },
    ]);
    expect(plan.rows.map((r) => [r.action, r.detail])).toEqual([
      ['merge', 'Smith'],
      ['merge', contactNameOf(theirs)],
    ]);
  });

  it('the CLI creates a same-name contact and lists it; the UI does what the user chose', () => {
    const ws = transferWorkspace();
    const existing = addContact(ws, { family: 'Иванова', given: 'Мария', emails: [{ value: 'old@example.org' }] });
    const incoming = record({ family: 'Ivanova', given: 'Mariya', emails: [{ label: '', value: 'new@example.org', preferred: false }] }, 'card 1');
    const cli = planImport(ws, [incoming], { mode: 'cli', at, source: 'a.vcf' });
    expect(cli).toMatchObject({ created: 1, merged: 0 });
    expect(cli.fuzzyMatches).toEqual([{ at: 'card 1', name: 'Mariya Ivanova', email: 'new@example.org', existing: { id: existing.id, name: 'Иванова Мария', email: 'old@example.org' }, decision: 'create' }]);
    const merge = planImport(ws, [incoming], { mode: 'ui', decisions: { 'card 1': 'merge' }, at, source: 'a.vcf' });
    expect(merge).toMatchObject({ created: 0, merged: 1 });
    // The user said it is the same person: the new address is added, nothing is overwritten.
    expect(merge.command?.merges).toEqual([{ id: existing.id, fill: {}, add: { emails: [{ label: '', value: 'new@example.org', preferred: false }] } }]);
    const skip = planImport(ws, [incoming], { mode: 'ui', decisions: { 'card 1': 'skip' }, at, source: 'a.vcf' });
    expect(skip).toMatchObject({ created: 0, merged: 0, skipped: 1, command: null });
  });

  it('never rejects a record for one field: only one with nothing to recognise it by, or a broken one', () => {
    const ws = transferWorkspace();
    const plan = planImport(
      ws,
      [
        record({ given: 'Мария' }, 'line 2'),
        record({}, 'line 3'),
        record({ family: 'Smith', emails: [{ label: '', value: 'smith@', preferred: false }, { label: '', value: 'john@smith.example', preferred: false }] }, 'line 4'),
        record({ family: 'Jones', phones: [{ label: '', value: 'call me', preferred: false }] }, 'line 5'),
        { ...record({ family: 'Late' }, 'line 6'), problems: ['The card has no END:VCARD.'] },
        record({ family: 'Good' }, 'line 7'),
      ],
      { mode: 'cli', at, source: 'a.csv' },
    );
    expect(plan.rejected).toEqual([
      { at: 'line 3', reason: 'Nothing to recognise the contact by: no name, email, phone or organisation.' },
      { at: 'line 6', reason: 'The card has no END:VCARD.' },
    ]);
    expect(plan.created).toBe(4);
    const creates = plan.command?.creates ?? [];
    expect(creates.find((c) => c.given === 'Мария')).toMatchObject({ family: '', givenLatin: 'Mariia' });
    expect(creates.find((c) => c.family === 'Smith')).toMatchObject({ emails: [{ value: 'john@smith.example' }], notes: 'Email: smith@' });
    expect(creates.find((c) => c.family === 'Jones')?.phones).toEqual([{ label: '', value: 'call me', preferred: false }]);
    expect(plan.notes).toEqual([
      'line 4: Email “smith@” cannot be kept in its field (not an email address); it is in the note.',
      'line 5: the phone “call me” is kept as typed and marked: a phone cannot dial it.',
    ]);
  });


  it('finds places by either script and creates the missing ones once', () => {
    const ws = transferWorkspace();
    const plan = planImport(
      ws,
      [
        record({ family: 'A', organization: 'Administratsiia Volgograda', cities: ['Volgograd'], partnerships: ['Cleveland – Волгоград'] }),
        record({ family: 'B', organization: 'Саратовская дума', cities: ['Саратов', 'Тула'] }),
        record({ family: 'C', organization: 'Саратовская Дума', cities: ['Saratov'], partnerships: ['Tulsa – Tula'] }, 'line 9'),
      ],
      { mode: 'cli', at, source: 'a.csv' },
    );
    const [a, b, c] = plan.command?.creates ?? [];
    expect(a).toMatchObject({ organizationId: ids.admin, cityIds: [ids.volgograd], partnershipIds: [ids.pair] });
    expect(plan.command?.organizations).toHaveLength(1);
    expect(plan.command?.organizations[0]).toMatchObject({ name: 'Саратовская дума', nameLatin: 'Saratovskaia duma' });
    expect(plan.command?.cities).toEqual([expect.objectContaining({ nameCyrillic: 'Саратов', nameLatin: 'Saratov', country: 'RU', zone: 'Europe/Moscow' })]);
    expect(b?.cityIds).toEqual([plan.command?.cities[0]?.id, ids.tula]);
    expect(c).toMatchObject({ organizationId: b?.organizationId, cityIds: [plan.command?.cities[0]?.id], partnershipIds: [] });
    expect(plan.notes).toEqual(['line 9: the partnership “Tulsa – Tula” is not in this workspace, so the contact was imported without it.']);
  });

  it('the same person twice in one file is one contact', () => {
    const ws = transferWorkspace();
    const plan = planImport(
      ws,
      [record({ family: 'Smith', emails: [{ label: '', value: 'js@example.org', preferred: false }] }), record({ family: 'Smith', title: 'Mayor', emails: [{ label: 'work', value: 'JS@example.org', preferred: false }] })],
      { mode: 'cli', at, source: 'a.csv' },
    );
    expect(plan).toMatchObject({ created: 1, merged: 1 });
    expect(plan.command?.creates[0]?.title).toBe('Mayor');
  });
});

function contactNameOf(c: { family: string; given: string }): string {
  return [c.family, c.given].filter(Boolean).join(' ');
}

describe('contact.import in the store', () => {
  it('is one undo step that creates, merges and creates places, and undo takes it all back', async () => {
    const dir = await tempDir();
    const service = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir });
    try {
      const first = crypto.randomUUID();
      await service.commit([{ type: 'contact.create', at, id: first, data: ContactInputSchema.parse({ family: 'Smith', given: 'John', emails: [{ value: 'john@example.org' }] }) }]);
      const plan = planImport(
        service.store.state,
        [record({ family: 'Smith', title: 'Treasurer', emails: [{ label: '', value: 'JOHN@example.org', preferred: false }] }), record({ family: 'Петрова', organization: 'Тульская дума', cities: ['Тула'] })],
        { mode: 'cli', at, source: 'list.csv' },
      );
      const ack = await service.commit(plan.command ? [plan.command] : []);
      expect(ack.summaries).toEqual(['Import 1 contact and merge 1 from list.csv']);
      const state = service.store.state;
      expect(state.contacts[first]?.title).toBe('Treasurer');
      expect(Object.values(state.contacts).map((c) => c.family).sort()).toEqual(['Smith', 'Петрова']);
      expect(Object.values(state.organizations).map((o) => o.name)).toEqual(['Тульская дума']);
      expect(service.historyStatus().undo).toBe('Import 1 contact and merge 1 from list.csv');
      await service.commit([{ type: 'history.undo', at }]);
      expect(Object.keys(service.store.state.contacts)).toEqual([first]);
      expect(service.store.state.contacts[first]?.title).toBe('');
      expect(service.store.state.organizations).toEqual({});
      expect(service.store.state.cities).toEqual({});
    } finally {
      await service.close();
    }
  });

  it('never overwrites a field the user filled after the plan was made', async () => {
    const dir = await tempDir();
    const service = await WorkspaceService.open({ dir, owner: 'cli', resourcesDir });
    try {
      const id = crypto.randomUUID();
      await service.commit([{ type: 'contact.create', at, id, data: ContactInputSchema.parse({ family: 'Smith', emails: [{ value: 'j@example.org' }] }) }]);
      const plan = planImport(service.store.state, [record({ family: 'Smith', title: 'From file', emails: [{ label: '', value: 'j@example.org', preferred: false }] })], { mode: 'cli', at, source: 'a' });
      const current = service.store.state.contacts[id];
      if (!current) throw new Error('missing');
      const dataOf = ({ id: _i, rev: _r, createdAt: _c, updatedAt: _u, ...data }: typeof current) => data;
      await service.commit([{ type: 'contact.update', at, id, data: { ...dataOf(current), title: 'Typed by hand' } }]);
      await service.commit(plan.command ? [plan.command] : []);
      expect(service.store.state.contacts[id]?.title).toBe('Typed by hand');
    } finally {
      await service.close();
    }
  });
});
