import type { CommandOf } from '../../shared/commands/commandSchemas';
import type { CandidacyEvent, Offer } from '../../shared/schemas/offer';
import type { SampleClock } from './SampleClock';
import type { SamplePeople } from './sampleContacts';
import type { SamplePlaces } from './SamplePlaces';

type SampleOpen = CommandOf<'sample.open'>;
type SampleCandidacy = NonNullable<SampleOpen['candidacies']>[number];
type SampleInteraction = NonNullable<SampleOpen['interactions']>[number];

/**
 * The summit's host-city race as it stands when the sample opens: Nizhny Novgorod furthest along
 * (a full offer, mostly rated, a site visit being arranged), Samara interested with a first offer,
 * Saratov withdrawn with its reason; and the calls and letters behind it, whose next steps fall
 * this week, one of them overdue.
 */
export function sampleNegotiations(summitId: string, riversId: string, places: SamplePlaces, people: SamplePeople, clock: SampleClock, newId: () => string) {
  const year = clock.summitYear;
  const item = (value: string, source: string, confirmedDaysAgo: number) => ({ value, source, confirmedOn: clock.day(-confirmedDaysAgo), changedAt: clock.instant(-confirmedDaysAgo, 9) });
  const stageEvents = (stages: string[], daysAgo: number[], reason = ''): CandidacyEvent[] => [
    { at: clock.instant(-(daysAgo[0] ?? 60), 8), kind: 'created', field: 'stage', before: '', after: 'identified', reason: '' },
    ...stages.map((stage, i): CandidacyEvent => ({
      at: clock.instant(-(daysAgo[i + 1] ?? 1), 8),
      kind: 'stage',
      field: 'stage',
      before: i === 0 ? 'identified' : (stages[i - 1] ?? ''),
      after: stage,
      reason: i === stages.length - 1 ? reason : '',
    })),
  ];
  const candidacy = (fields: Pick<SampleCandidacy, 'cityId' | 'stage' | 'offer' | 'ratings' | 'contactIds' | 'events'> & Partial<SampleCandidacy>): SampleCandidacy => ({
    id: newId(),
    conferenceId: summitId,
    stageReason: '',
    decisionMakerIds: [],
    notes: '',
    attachments: [],
    ...fields,
  });

  const nizhnyOffer: Offer = {
    proposedDates: { value: clock.fuzzy(`late September – early October ${year}`), source: 'Call with the deputy head', confirmedOn: clock.day(-2), changedAt: clock.instant(-2, 9) },
    venue: item('Nizhny Novgorod Fair congress centre', 'Letter from the city administration', 16),
    capacity: { value: 900, source: 'Letter from the city administration', confirmedOn: clock.day(-16), changedAt: clock.instant(-16, 9) },
    hotelRooms: { value: '420 rooms in 5 hotels', source: 'Letter from the city administration', confirmedOn: clock.day(-16), changedAt: clock.instant(-16, 9) },
    hotelRates: item('5,000–7,500 roubles a night', 'Hotel association price list', 16),
    localFunding: item('The region pays for the venue and local transport', 'Call with the deputy head', 2),
    visaSupport: item('Invitation letters through the regional foreign-affairs office', 'Letter from the city administration', 16),
    airLinks: item('Daily flights and a 4-hour fast train from Moscow', 'Our own check', 20),
    nearbyPartnerCities: item('Philadelphia–Nizhny Novgorod is active; Vladimir and Kostroma are a few hours away', 'Our own check', 20),
    decidesWhoAndBy: item('The governor signs; the city council votes in February', 'Call with the deputy head', 2),
    openQuestions: item('Who pays for interpretation?', 'Call with the deputy head', 2),
    free: [],
  };
  const samaraOffer: Offer = {
    proposedDates: { value: clock.fuzzy(`early October ${year}`), source: 'Letter from the protocol department', confirmedOn: clock.day(-9), changedAt: clock.instant(-9, 9) },
    venue: item('Samara Congress Hall on the Volga embankment', 'Letter from the protocol department', 9),
    capacity: { value: 600, source: 'Letter from the protocol department', confirmedOn: clock.day(-9), changedAt: clock.instant(-9, 9) },
    airLinks: item('Direct flights from Moscow and Saint Petersburg', 'Our own check', 9),
    nearbyPartnerCities: item('St. Louis–Samara: the committee is recruiting for Great Rivers too', 'Our own check', 9),
    free: [],
  };
  const saratovOffer: Offer = {
    proposedDates: { value: clock.fuzzy(`September ${year}`), source: 'Meeting with the mayor’s adviser', confirmedOn: clock.day(-45), changedAt: clock.instant(-45, 9) },
    venue: item('Saratov Conservatory hall', 'Meeting with the mayor’s adviser', 45),
    free: [],
  };
  const nizhny = candidacy({
    cityId: places.city('Nizhny Novgorod'),
    stage: 'site-visit',
    offer: nizhnyOffer,
    ratings: { proposedDates: 5, venue: 5, capacity: 4, hotelRooms: 4, localFunding: 4, airLinks: 4 },
    contactIds: [people.ilya.id],
    decisionMakerIds: [people.ilya.id],
    events: stageEvents(['approached', 'interested', 'proposal', 'site-visit'], [75, 70, 50, 16, 2]),
  });
  const samara = candidacy({
    cityId: places.city('Samara'),
    stage: 'interested',
    offer: samaraOffer,
    ratings: { venue: 4, capacity: 3 },
    contactIds: [people.marina.id],
    events: stageEvents(['approached', 'interested'], [40, 35, 9]),
  });
  const saratovReason = 'The region moved its budget for international events to the year after; they would bid for a later conference.';
  const saratov = candidacy({
    cityId: places.city('Saratov'),
    stage: 'withdrawn',
    stageReason: saratovReason,
    offer: saratovOffer,
    ratings: { venue: 3 },
    contactIds: [people.pavel.id],
    events: stageEvents(['approached', 'interested', 'withdrawn'], [60, 55, 45, 20], saratovReason),
  });
  const candidacies = [nizhny, samara, saratov];

  const interaction = (fields: Pick<SampleInteraction, 'kind' | 'at' | 'zone' | 'subject' | 'contactIds'> & Partial<SampleInteraction>): SampleInteraction => ({
    id: newId(),
    cityIds: [],
    partnershipIds: [],
    conferenceIds: [],
    candidacyIds: [],
    notes: '',
    nextStep: null,
    ...fields,
  });
  const interactions: SampleInteraction[] = [
    interaction({
      kind: 'call',
      at: clock.instant(-2, 8),
      zone: 'Europe/Moscow',
      subject: 'Nizhny Novgorod: site visit and regional funding',
      contactIds: [people.ilya.id],
      cityIds: places.cityIds('Nizhny Novgorod'),
      conferenceIds: [summitId],
      candidacyIds: [nizhny.id],
      notes: 'The region will pay for the venue and local transport. The governor signs; the council votes in February.',
      nextStep: { text: 'Send Nizhny Novgorod the site-visit agenda', due: clock.day(2), done: false },
    }),
    interaction({
      kind: 'letter',
      at: clock.instant(-9, 7),
      zone: 'Europe/Samara',
      subject: 'Samara’s first offer for the summit',
      contactIds: [people.marina.id],
      cityIds: places.cityIds('Samara'),
      conferenceIds: [summitId],
      candidacyIds: [samara.id],
      notes: 'Venue, capacity and dates, no word yet on hotels or funding.',
      nextStep: { text: 'Ask Samara for hotel rates and local funding', due: clock.day(-3), done: false },
    }),
    interaction({
      kind: 'email',
      at: clock.instant(-1, 15),
      zone: 'America/New_York',
      subject: 'Size of the US delegation',
      contactIds: [people.jordan.id],
      conferenceIds: [summitId],
      notes: 'About forty mayors and committee members so far; recruiting is the hard part.',
      nextStep: { text: 'Confirm the US delegation’s size with Sister Cities International', due: clock.day(4), done: false },
    }),
    interaction({
      kind: 'letter',
      at: clock.instant(-20, 7),
      zone: 'Europe/Saratov',
      subject: 'Saratov withdraws its candidacy',
      contactIds: [people.pavel.id],
      cityIds: places.cityIds('Saratov'),
      conferenceIds: [summitId],
      candidacyIds: [saratov.id],
      notes: saratovReason,
    }),
    interaction({
      kind: 'meeting',
      at: clock.instant(-30, 9),
      zone: 'Europe/Volgograd',
      subject: 'Great Rivers: the idea with the Association of Volga Cities',
      contactIds: [people.anna.id],
      cityIds: places.cityIds('Volgograd'),
      partnershipIds: places.partnershipIds('Cleveland', 'Volgograd'),
      conferenceIds: [riversId],
      notes: 'Volgograd would host; the association wants Mississippi river cities on the US side.',
      nextStep: { text: 'Send the Great Rivers concept note to the Association of Volga Cities', due: clock.day(12), done: false },
    }),
    interaction({
      kind: 'call',
      at: clock.instant(-5, 16),
      zone: 'America/Chicago',
      subject: 'St. Louis delegation for Great Rivers',
      contactIds: [people.casey.id],
      cityIds: places.cityIds('St. Louis'),
      partnershipIds: places.partnershipIds('St. Louis', 'Samara'),
      conferenceIds: [riversId],
      notes: 'Casey confirmed and will ask two council members.',
    }),
  ];
  return { candidacies, interactions };
}
