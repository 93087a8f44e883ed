import type { PersonRef } from '../../../electron/shared/contracts/placeChannels';
import type { Invitation } from '../../../electron/shared/schemas/programItem';
import { InvitationStatusSchema } from '../../../electron/shared/schemas/programItem';
import { ContactPicker } from '../../components/ContactPicker';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';

export const noInvitation: Invitation = { status: 'to-invite', reason: '', invitedOn: null, replyBy: null };

interface Props {
  id: string;
  label: string;
  people: readonly PersonRef[];
  invitations: Readonly<Record<string, Invitation>>;
  /** Messages beside a person's decline reason, by contact id. */
  errors: Readonly<Record<string, string>>;
  onPeople: (people: PersonRef[]) => void;
  /** A person's invitation moved on (status or reason). */
  onInvitation: (contactId: string, next: Pick<Invitation, 'status' | 'reason'>) => void;
}

/**
 * Speakers or moderators of a program item, picked from contacts in either script (the app's
 * contact picker), each with where their invitation stands and, when declined, why.
 */
export function ProgramPeopleField({ id, label, people, invitations, errors, onPeople, onInvitation }: Props) {
  const t = useT();
  return (
    <div className="field-wide program-people">
      <ContactPicker id={id} label={label} listLabel={label} people={people} onChange={onPeople} />
      {people.map((person) => {
        const invitation = invitations[person.id] ?? noInvitation;
        return (
          <div key={person.id} className="program-person">
            <SelectField
              id={`${id}-${person.id}-status`}
              label={t('program.form.invitationOf', { name: person.name })}
              value={invitation.status}
              options={InvitationStatusSchema.options.map((status) => ({ value: status, label: t(`program.invitation.${status}`) }))}
              onChange={(value) => onInvitation(person.id, { status: InvitationStatusSchema.catch(invitation.status).parse(value), reason: invitation.reason })}
            />
            {invitation.status === 'declined' && (
              <Field id={`${id}-${person.id}-reason`} label={t('program.form.declineReasonOf', { name: person.name })} error={errors[person.id]}>
                {(control) => <input {...control} type="text" value={invitation.reason} onChange={(event) => onInvitation(person.id, { status: 'declined', reason: event.target.value })} />}
              </Field>
            )}
          </div>
        );
      })}
    </div>
  );
}
