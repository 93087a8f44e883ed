import { useEffect, useState } from 'react';
import type { EmailOwner } from '../../../electron/shared/contracts/contactSelectionChannels';
import type { Api } from '../../api/api';

/** How long typing must pause before the form asks who else holds an email. */
const PAUSE_MS = 300;

/**
 * The other contacts that already hold one of the form's emails, asked once typing pauses. Only
 * values that look like an address are asked about; a failed request shows no warning (the warning
 * is a courtesy, never a gate: the save goes on either way).
 */
export function useEmailOwners(api: Api | null, emails: readonly string[], exceptId: string | null): EmailOwner[] {
  const [owners, setOwners] = useState<EmailOwner[]>([]);
  const asked = emails.map((email) => email.trim()).filter((email) => email.includes('@'));
  const key = asked.join('\n');
  useEffect(() => {
    if (!api || key === '') return;
    let current = true;
    const timer = setTimeout(() => {
      void api.contacts
        .emailOwners({ emails: key.split('\n'), exceptId })
        .then((result) => {
          if (current) setOwners(result.ok ? result.value : []);
        })
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, key, exceptId]);
  // An answer about emails no longer in the form (removed or retyped) is not shown.
  const typed = new Set(asked.map((email) => email.toLocaleLowerCase()));
  return owners.filter((owner) => typed.has(owner.email.trim().toLocaleLowerCase()));
}
