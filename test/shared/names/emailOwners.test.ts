import { describe, expect, it } from 'vitest';
import { emailOwners } from '../../../electron/shared/email/emailOwners';
import { ContactInputSchema, type Contact } from '../../../electron/shared/schemas/contact';

const at = '2019-05-01T00:00:00.000Z';
const contact = (id: string, data: Record<string, unknown>, deletedAt: string | null = null): Contact => ({ ...ContactInputSchema.parse(data), id, rev: 0, createdAt: at, updatedAt: at, deletedAt });

describe('who already holds an email', () => {
  const contacts = Object.fromEntries(
    [
      contact('a', { family: 'Иванова', given: 'Мария', emails: [{ value: 'office@volgadmin.example' }, { value: 'M.Ivanova@volgadmin.example' }] }),
      contact('b', { family: 'Collins', given: 'Jennifer', emails: [{ value: 'office@volgadmin.example' }] }),
      contact('c', { family: 'Binned', given: 'B', emails: [{ value: 'old@example.org' }] }, at),
    ].map((c) => [c.id, c]),
  );

  it('finds any of a contact’s emails without regard to case, names the owner, and leaves out the one being edited and the Trash', () => {
    expect(emailOwners({ contacts }, [' m.ivanova@VOLGADMIN.example '], null)).toEqual([{ email: 'm.ivanova@VOLGADMIN.example', id: 'a', name: 'Иванова Мария' }]);
    expect(emailOwners({ contacts }, ['office@volgadmin.example'], 'a')).toEqual([{ email: 'office@volgadmin.example', id: 'b', name: 'Jennifer Collins' }]);
    expect(emailOwners({ contacts }, ['old@example.org', ''], null)).toEqual([]);
  });
});
