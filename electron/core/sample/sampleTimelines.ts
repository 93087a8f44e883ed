import type { CommandOf } from '../../shared/commands/commandSchemas';
import { splitCalendarDate } from '../../shared/dates/calendarDate';
import type { SampleClock } from './SampleClock';
import type { SamplePeople } from './sampleContacts';
import type { SamplePlaces } from './SamplePlaces';
import type { SampleText } from './sampleText';

type SampleOpen = CommandOf<'sample.open'>;
type SampleMilestone = NonNullable<SampleOpen['milestones']>[number];
type SampleTask = NonNullable<SampleOpen['tasks']>[number];
type SampleParticipant = NonNullable<SampleOpen['participants']>[number];

/**
 * Both conferences' plans: the summit's milestones counted back from its date, and Great Rivers
 * (the year after) with its first milestones done or under way and US participants recruited
 * across partner cities on the Mississippi and beyond, one of them declined with the reason.
 */
export function sampleTimelines(ids: { summit: string; rivers: string }, places: SamplePlaces, people: SamplePeople, clock: SampleClock, newId: () => string, text: SampleText) {
  const titles = text.milestones;
  const riversYear = clock.summitYear + 1;
  const { year, month } = splitCalendarDate(clock.day(40));
  const nextMonth = text.dates.month(month, year);
  const milestone = (fields: Pick<SampleMilestone, 'conferenceId' | 'title' | 'schedule'> & Partial<SampleMilestone>): SampleMilestone => ({
    id: newId(),
    ownerId: null,
    status: 'planned',
    dependsOnIds: [],
    notes: '',
    ...fields,
  });
  const hostChosen = milestone({ conferenceId: ids.summit, title: titles.hostChosen, schedule: { kind: 'relative', daysBefore: 240 }, status: 'in-progress' });
  const programAgreed = milestone({ conferenceId: ids.summit, title: titles.programAgreed, schedule: { kind: 'relative', daysBefore: 150 }, dependsOnIds: [hostChosen.id] });
  const visaLetters = milestone({ conferenceId: ids.summit, title: titles.visaLetters, schedule: { kind: 'relative', daysBefore: 75 }, dependsOnIds: [hostChosen.id] });
  const concept = milestone({ conferenceId: ids.rivers, title: titles.concept, notes: titles.conceptNote, schedule: { kind: 'absolute', date: clock.exact(clock.day(-25)) }, status: 'done', ownerId: people.anna.id });
  const callForCities = milestone({ conferenceId: ids.rivers, title: titles.callForCities, schedule: { kind: 'absolute', date: clock.fuzzy(nextMonth) }, status: 'in-progress', dependsOnIds: [concept.id] });
  const riversHost = milestone({ conferenceId: ids.rivers, title: titles.riversHost, schedule: { kind: 'absolute', date: clock.fuzzy(text.dates.spring(clock.summitYear)) }, dependsOnIds: [concept.id], ownerId: people.anna.id });
  const milestones = [hostChosen, programAgreed, visaLetters, concept, callForCities, riversHost];

  const task = (fields: Pick<SampleTask, 'title'> & Partial<SampleTask>): SampleTask => ({
    id: newId(),
    conferenceId: null,
    milestoneId: null,
    schedule: null,
    ownerId: null,
    status: 'planned',
    dependsOnIds: [],
    notes: '',
    ...fields,
  });
  const tasks = [
    task({ conferenceId: ids.summit, milestoneId: hostChosen.id, title: text.tasks.compareOffers, schedule: { kind: 'absolute', date: clock.exact(clock.day(5)) }, status: 'in-progress' }),
    task({ conferenceId: ids.rivers, milestoneId: callForCities.id, title: text.tasks.writeToPartners, schedule: { kind: 'absolute', date: clock.exact(clock.day(9)) }, ownerId: people.jordan.id }),
  ];

  const participant = (contactId: string, pair: [string, string], stage: SampleParticipant['stage'], stageReason = ''): SampleParticipant => ({
    id: newId(),
    conferenceId: ids.rivers,
    contactId,
    stage,
    stageReason,
    partnershipId: places.partnership(...pair).id,
    notes: '',
  });
  const participants = [
    participant(people.casey.id, ['St. Louis', 'Samara'], 'confirmed'),
    participant(people.riley.id, ['Cleveland', 'Volgograd'], 'applied'),
    participant(people.morgan.id, ['Minneapolis', 'Novosibirsk'], 'interested'),
    participant(people.taylor.id, ['Dubuque', 'Pyatigorsk'], 'contacted'),
    participant(people.alex.id, ['La Crosse', 'Dubna'], 'declined', text.declinedReason),
  ];
  return { milestones, tasks, participants, riversDate: clock.fuzzy(text.dates.probably(riversYear)) };
}
