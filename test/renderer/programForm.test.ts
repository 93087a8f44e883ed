import { describe, expect, it } from 'vitest';
import { checkProgramForm, invitationAfter, programFormOf, type ProgramForm } from '../../renderer/features/program/programForm';

const conferenceId = 'c0000000-0000-4000-8000-000000000001';
const anna = 'a0000000-0000-4000-8000-000000000001';
const jordan = 'a0000000-0000-4000-8000-000000000002';
const form = (fields: Partial<ProgramForm>): ProgramForm => ({ ...programFormOf(null), titleEn: 'Water for cities', ...fields });
const refusals = (checked: ReturnType<typeof checkProgramForm>) => (checked.ok ? null : { fields: Object.fromEntries(Object.entries(checked.errors).map(([field, said]) => [field, said.key])), declines: Object.fromEntries(Object.entries(checked.declineReasons).map(([id, said]) => [id, said.key])) });

describe('the program item form', () => {
  it('builds the item from what was typed: a title in either language, the day and hour, the length', () => {
    const checked = checkProgramForm(form({ titleEn: '  ', titleRu: ' Вода для городов ', day: '2', start: '9:30', minutes: '45', place: ' Main hall ', proposedById: '' }), conferenceId, 'idea');
    expect(checked.ok && checked.data).toMatchObject({ conferenceId, titleEn: '', titleRu: 'Вода для городов', day: 2, start: 570, minutes: 45, place: 'Main hall', proposedById: null, statusReason: '' });
    const unplaced = checkProgramForm(form({ day: '', start: '' }), conferenceId, 'idea');
    expect(unplaced.ok && [unplaced.data.day, unplaced.data.start]).toEqual([null, null]);
  });

  it('says what is wrong beside each field: no title, a time that is not one or has no day, a length out of range', () => {
    expect(refusals(checkProgramForm(form({ titleEn: '', titleRu: '', start: '25:00', minutes: '4' }), conferenceId, 'idea'))).toEqual({
      fields: { titleEn: 'errors.program.titleNeeded', start: 'program.form.startInvalid', minutes: 'program.form.minutesInvalid' },
      declines: {},
    });
    expect(refusals(checkProgramForm(form({ day: '', start: '10:00', minutes: '1441' }), conferenceId, 'idea'))?.fields).toEqual({ start: 'program.form.startNeedsDay', minutes: 'program.form.minutesInvalid' });
    expect(refusals(checkProgramForm(form({ minutes: '60 min' }), conferenceId, 'idea'))?.fields).toEqual({ minutes: 'program.form.minutesInvalid' });
  });

  it('applies the status rules before saving: a reason to drop, agreement and a time to confirm', () => {
    expect(refusals(checkProgramForm(form({ status: 'dropped', statusReason: ' ' }), conferenceId, 'proposed'))?.fields).toEqual({ statusReason: 'errors.program.dropReason' });
    const dropped = checkProgramForm(form({ status: 'dropped', statusReason: ' The partner has no budget ' }), conferenceId, 'proposed');
    expect(dropped.ok && dropped.data.statusReason).toBe('The partner has no budget');
    expect(refusals(checkProgramForm(form({ status: 'confirmed', day: '1', start: '10:00' }), conferenceId, 'proposed'))?.fields).toEqual({ status: 'errors.program.confirmNeedsAgreement' });
    expect(refusals(checkProgramForm(form({ status: 'confirmed' }), conferenceId, 'agreed'))?.fields).toEqual({ status: 'errors.program.confirmNeedsTime' });
    // A reason typed while dropped is not kept once the item is back.
    const back = checkProgramForm(form({ status: 'proposed', statusReason: 'old reason' }), conferenceId, 'dropped');
    expect(back.ok && back.data.statusReason).toBe('');
  });

  it('confirms only once every speaker and moderator has accepted, and a decline needs its reason', () => {
    const people = { speakers: [{ id: anna, name: 'Анна' }], moderators: [{ id: jordan, name: 'Jordan' }], day: '1', start: '10:00', status: 'confirmed' as const };
    const accepted = { status: 'accepted' as const, reason: '', invitedOn: '2019-06-03', replyBy: '2019-06-17' };
    expect(refusals(checkProgramForm(form({ ...people, invitations: { [anna]: accepted } }), conferenceId, 'agreed'))?.fields).toEqual({ status: 'errors.program.confirmNeedsSpeakers' });
    const confirmed = checkProgramForm(form({ ...people, invitations: { [anna]: accepted, [jordan]: accepted } }), conferenceId, 'agreed');
    expect(confirmed.ok && confirmed.data).toMatchObject({ speakerIds: [anna], moderatorIds: [jordan], status: 'confirmed' });
    const declined = { status: 'declined' as const, reason: ' ', invitedOn: null, replyBy: null };
    expect(refusals(checkProgramForm(form({ speakers: people.speakers, invitations: { [anna]: declined } }), conferenceId, 'idea'))).toEqual({ fields: {}, declines: { [anna]: 'errors.program.speakerDeclineReason' } });
  });

  it('keeps invitations only for the people still on the item', () => {
    const invited = { status: 'invited' as const, reason: '', invitedOn: '2019-06-03', replyBy: '2019-06-17' };
    const checked = checkProgramForm(form({ speakers: [{ id: anna, name: 'Анна' }], invitations: { [anna]: invited, [jordan]: invited } }), conferenceId, 'idea');
    expect(checked.ok && checked.data.invitations).toEqual({ [anna]: invited });
  });

  it('starts the wait for a reply when a speaker is invited, keeps the day asked when they answer', () => {
    const none = { status: 'to-invite' as const, reason: '', invitedOn: null, replyBy: null };
    const invited = invitationAfter(none, { status: 'invited', reason: '' }, '2019-06-03');
    expect(invited).toEqual({ status: 'invited', reason: '', invitedOn: '2019-06-03', replyBy: '2019-06-17' });
    // Choosing "invited" again does not restart the clock.
    expect(invitationAfter(invited, { status: 'invited', reason: '' }, '2019-06-10')).toEqual(invited);
    expect(invitationAfter(invited, { status: 'declined', reason: 'Travel budget' }, '2019-06-10')).toEqual({ ...invited, status: 'declined', reason: 'Travel budget' });
    expect(invitationAfter({ ...invited, status: 'declined', reason: 'x' }, { status: 'accepted', reason: 'x' }, '2019-06-12')).toEqual({ ...invited, status: 'accepted', reason: '' });
    expect(invitationAfter(invited, { status: 'to-invite', reason: '' }, '2019-06-10')).toEqual(none);
  });
});
