import type { CommandOf } from '../../shared/commands/commandSchemas';
import type { CandidacyEvent, Offer } from '../../shared/schemas/offer';
import type { SampleClock } from './SampleClock';
import type { SamplePeople } from './sampleContacts';
import type { SamplePlaces } from './SamplePlaces';
import type { SampleText } from './sampleText';

type SampleOpen = CommandOf<'sample.open'>;
type SampleCandidacy = NonNullable<SampleOpen['candidacies']>[number];
type SampleInteraction = NonNullable<SampleOpen['interactions']>[number];

/**
 * The summit's host-city race as it stands when the sample opens: Nizhny Novgorod furthest along
 * (a full offer, mostly rated, a site visit being arranged), Samara interested with a first offer,
 * Saratov withdrawn with its reason; and the calls and letters behind it, whose next steps fall
 * this week, one of them overdue.
 */
export function sampleNegotiations(summitId: string, riversId: string, places: SamplePlaces, people: SamplePeople, clock: SampleClock, newId: () => string, text: SampleText) {
  const { sources, offers } = text;
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
    proposedDates: { value: clock.fuzzy(text.dates.summit(year)), source: sources.deputyHead, confirmedOn: clock.day(-2), changedAt: clock.instant(-2, 9) },
    venue: item(offers.nizhnyVenue, sources.cityAdministration, 16),
    capacity: { value: 900, source: sources.cityAdministration, confirmedOn: clock.day(-16), changedAt: clock.instant(-16, 9) },
    hotelRooms: { value: offers.nizhnyRooms, source: sources.cityAdministration, confirmedOn: clock.day(-16), changedAt: clock.instant(-16, 9) },
    hotelRates: item(offers.nizhnyRates, sources.hotelAssociation, 16),
    localFunding: item(offers.nizhnyFunding, sources.deputyHead, 2),
    visaSupport: item(offers.nizhnyVisas, sources.cityAdministration, 16),
    airLinks: item(offers.nizhnyAir, sources.ownCheck, 20),
    nearbyPartnerCities: item(offers.nizhnyNearby, sources.ownCheck, 20),
    decidesWhoAndBy: item(offers.nizhnyDecides, sources.deputyHead, 2),
    openQuestions: item(offers.nizhnyQuestions, sources.deputyHead, 2),
    free: [],
  };
  const samaraOffer: Offer = {
    proposedDates: { value: clock.fuzzy(text.dates.samara(year)), source: sources.protocol, confirmedOn: clock.day(-9), changedAt: clock.instant(-9, 9) },
    venue: item(offers.samaraVenue, sources.protocol, 9),
    capacity: { value: 600, source: sources.protocol, confirmedOn: clock.day(-9), changedAt: clock.instant(-9, 9) },
    airLinks: item(offers.samaraAir, sources.ownCheck, 9),
    nearbyPartnerCities: item(offers.samaraNearby, sources.ownCheck, 9),
    free: [],
  };
  const saratovOffer: Offer = {
    proposedDates: { value: clock.fuzzy(text.dates.saratov(year)), source: sources.mayorsAdviser, confirmedOn: clock.day(-45), changedAt: clock.instant(-45, 9) },
    venue: item(offers.saratovVenue, sources.mayorsAdviser, 45),
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
  const saratovReason = text.saratovReason;
  const said = text.interactions;
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
      subject: said.nizhny.subject,
      contactIds: [people.ilya.id],
      cityIds: places.cityIds('Nizhny Novgorod'),
      conferenceIds: [summitId],
      candidacyIds: [nizhny.id],
      notes: said.nizhny.notes,
      nextStep: { text: said.nizhny.nextStep ?? '', due: clock.day(2), done: false },
    }),
    interaction({
      kind: 'letter',
      at: clock.instant(-9, 7),
      zone: 'Europe/Samara',
      subject: said.samara.subject,
      contactIds: [people.marina.id],
      cityIds: places.cityIds('Samara'),
      conferenceIds: [summitId],
      candidacyIds: [samara.id],
      notes: said.samara.notes,
      nextStep: { text: said.samara.nextStep ?? '', due: clock.day(-3), done: false },
    }),
    interaction({
      kind: 'email',
      at: clock.instant(-1, 15),
      zone: 'America/New_York',
      subject: said.delegation.subject,
      contactIds: [people.jordan.id],
      conferenceIds: [summitId],
      notes: said.delegation.notes,
      nextStep: { text: said.delegation.nextStep ?? '', due: clock.day(4), done: false },
    }),
    interaction({
      kind: 'letter',
      at: clock.instant(-20, 7),
      zone: 'Europe/Saratov',
      subject: said.saratov.subject,
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
      subject: said.rivers.subject,
      contactIds: [people.anna.id],
      cityIds: places.cityIds('Volgograd'),
      partnershipIds: places.partnershipIds('Cleveland', 'Volgograd'),
      conferenceIds: [riversId],
      notes: said.rivers.notes,
      nextStep: { text: said.rivers.nextStep ?? '', due: clock.day(12), done: false },
    }),
    interaction({
      kind: 'call',
      at: clock.instant(-5, 16),
      zone: 'America/Chicago',
      subject: said.stLouis.subject,
      contactIds: [people.casey.id],
      cityIds: places.cityIds('St. Louis'),
      partnershipIds: places.partnershipIds('St. Louis', 'Samara'),
      conferenceIds: [riversId],
      notes: said.stLouis.notes,
    }),
  ];
  return { candidacies, interactions };
}
