import type {
  BriefCandidate,
  CandidacyDetail,
  CandidacyRow,
  Comparison,
  ComparisonCell,
  ConferenceSummary,
  LastContact,
  NegotiationBoard,
  NegotiationBrief,
  NegotiationHistory,
  OpenStep,
} from '../../shared/contracts/negotiationChannels';
import { contactDisplayName } from '../../shared/names/contactDisplayName';
import { candidacyStages, isOutOfRace } from '../../shared/negotiations/candidacyStages';
import { cityDisplayName } from '../../shared/negotiations/cityDisplayName';
import { comparisonScore, weightOf } from '../../shared/negotiations/comparisonScore';
import { comparisonRows, offerItemViews } from '../../shared/negotiations/offerItems';
import type { Candidacy } from '../../shared/schemas/candidacy';
import type { Conference } from '../../shared/schemas/conference';
import type { Interaction } from '../../shared/schemas/interaction';
import type { Task } from '../../shared/schemas/task';
import type { Workspace } from '../../shared/schemas/workspace';
import { phrase } from '../../shared/i18n/Phrase';
import { CommandError } from '../commands/CommandError';
import { interactionStep, taskStep } from './nextSteps';

const stageOrder = new Map(candidacyStages.map((stage, index) => [stage, index]));
const collator = new Intl.Collator(['ru', 'en'], { sensitivity: 'base', numeric: true });

/** The work linked to one candidacy. */
interface Linked {
  interactions: Interaction[];
  tasks: Task[];
}

/**
 * The read side of host-city negotiations over one state of the workspace: the board, the table,
 * the comparison, the history and the brief. Every method reads only the conference it is asked
 * about, plus one pass over interactions and tasks to find those linked to its candidacies.
 */
export class NegotiationQueries {
  constructor(
    private readonly ws: Readonly<Workspace>,
    /** Today in the home zone: due and overdue are measured against it. */
    private readonly today: string,
  ) {}

  conferences(): ConferenceSummary[] {
    return Object.values(this.ws.conferences)
      .map((conference) => this.summary(conference))
      .sort((a, b) => (a.date?.earliest ?? '9999').localeCompare(b.date?.earliest ?? '9999') || collator.compare(a.name, b.name));
  }

  board(conferenceId: string): NegotiationBoard {
    const conference = this.conference(conferenceId);
    const candidacies = this.candidaciesOf(conferenceId);
    const linked = this.linked(candidacies);
    const keys = this.rowKeys(candidacies);
    const rows = candidacies.map((candidacy): CandidacyRow => {
      const work = linked.get(candidacy.id) ?? { interactions: [], tasks: [] };
      return {
        id: candidacy.id,
        conferenceId,
        cityId: candidacy.cityId,
        city: this.cityName(candidacy.cityId),
        stage: candidacy.stage,
        stageReason: candidacy.stageReason,
        score: comparisonScore(keys, candidacy.ratings, conference.comparisonWeights),
        lastContact: lastContact(work.interactions),
        nextStep: this.nextStep(work),
        attachments: candidacy.attachments.length,
        updatedAt: candidacy.updatedAt,
      };
    });
    return { conference: this.summary(conference), today: this.today, rows };
  }

  detail(id: string): CandidacyDetail {
    const candidacy = Object.hasOwn(this.ws.candidacies, id) ? this.ws.candidacies[id] : undefined;
    if (!candidacy) throw new CommandError('not-found', phrase('errors.candidacyGone'));
    const conference = this.conference(candidacy.conferenceId);
    const city = this.ws.cities[candidacy.cityId];
    if (!city) throw new CommandError('not-found', phrase('errors.candidacyCityGone'));
    const work = this.linked([candidacy]).get(candidacy.id) ?? { interactions: [], tasks: [] };
    const peopleIds = [...new Set([...candidacy.contactIds, ...candidacy.decisionMakerIds])];
    const people = peopleIds.flatMap((contactId) => {
      const contact = this.ws.contacts[contactId];
      return contact ? [{ id: contact.id, name: contactDisplayName(contact), title: contact.title }] : [];
    });
    const keys = this.rowKeys(this.candidaciesOf(candidacy.conferenceId));
    return {
      candidacy,
      conference: this.summary(conference),
      city,
      people,
      interactions: [...work.interactions].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
      tasks: work.tasks,
      offerItems: offerItemViews(candidacy.offer),
      score: comparisonScore(keys, candidacy.ratings, conference.comparisonWeights),
      today: this.today,
    };
  }

  compare(conferenceId: string, includeOutOfRace: boolean): Comparison {
    const conference = this.conference(conferenceId);
    const all = this.candidaciesOf(conferenceId);
    const candidacies = includeOutOfRace ? all : all.filter((c) => !isOutOfRace(c.stage));
    // Rows come from every candidate, so a free item does not vanish when its city leaves the race.
    const rows = comparisonRows(all.map((c) => c.offer));
    const keys = rows.map((row) => row.key);
    const reviewedAt = conference.reviewedAt ?? null;
    const columns = candidacies.map((candidacy) => {
      const items = new Map(offerItemViews(candidacy.offer).map((item) => [item.key, item]));
      const cells: Record<string, ComparisonCell> = {};
      for (const key of keys) {
        const item = items.get(key) ?? null;
        const rating = Object.hasOwn(candidacy.ratings, key) ? (candidacy.ratings[key] ?? null) : null;
        cells[key] = { item, rating, changed: item !== null && reviewedAt !== null && item.changedAt > reviewedAt };
      }
      return {
        candidacyId: candidacy.id,
        city: this.cityName(candidacy.cityId),
        stage: candidacy.stage,
        cells,
        score: comparisonScore(keys, candidacy.ratings, conference.comparisonWeights),
      };
    });
    return {
      conference: this.summary(conference),
      reviewedAt,
      rows: rows.map((row) => ({ ...row, weight: weightOf(conference.comparisonWeights, row.key) })),
      columns,
    };
  }

  history(conferenceId: string, candidacyId: string | null): NegotiationHistory {
    const conference = this.conference(conferenceId);
    const candidacies = this.candidaciesOf(conferenceId).filter((c) => candidacyId === null || c.id === candidacyId);
    const lines = candidacies.flatMap((candidacy) => {
      const city = this.cityName(candidacy.cityId);
      return candidacy.events.map((event, index) => ({ line: { candidacyId: candidacy.id, city, event }, index }));
    });
    // Weights belong to the whole comparison: listed with every city's lines, under no city.
    if (candidacyId === null) lines.push(...(conference.comparisonEvents ?? []).map((event, index) => ({ line: { candidacyId: '', city: '', event }, index })));
    // Newest first; lines written by one command keep their order.
    lines.sort((a, b) => (a.line.event.at < b.line.event.at ? 1 : a.line.event.at > b.line.event.at ? -1 : b.index - a.index));
    return { conference: this.summary(conference), lines: lines.map((l) => l.line) };
  }

  brief(conferenceId: string): NegotiationBrief {
    const conference = this.conference(conferenceId);
    const candidacies = this.candidaciesOf(conferenceId);
    const linked = this.linked(candidacies);
    const keys = this.rowKeys(candidacies);
    const furthestFirst = [...candidacies].sort((a, b) => {
      const out = Number(isOutOfRace(a.stage)) - Number(isOutOfRace(b.stage));
      if (out !== 0) return out;
      return (stageOrder.get(b.stage) ?? 0) - (stageOrder.get(a.stage) ?? 0) || collator.compare(this.cityName(a.cityId), this.cityName(b.cityId));
    });
    const candidates = furthestFirst.map((candidacy): BriefCandidate => {
      const work = linked.get(candidacy.id) ?? { interactions: [], tasks: [] };
      return {
        candidacyId: candidacy.id,
        city: this.cityName(candidacy.cityId),
        stage: candidacy.stage,
        stageReason: candidacy.stageReason,
        score: comparisonScore(keys, candidacy.ratings, conference.comparisonWeights),
        items: offerItemViews(candidacy.offer),
        lastContact: lastContact(work.interactions),
        nextStep: this.nextStep(work),
      };
    });
    const selected = candidacies.find((c) => c.stage === 'selected');
    return {
      conference: this.summary(conference),
      notes: conference.notes,
      today: this.today,
      candidates,
      decision: {
        host: conference.cityId ? this.cityName(conference.cityId) : null,
        reason: selected && selected.cityId === conference.cityId ? selected.stageReason : '',
      },
    };
  }

  private summary(conference: Conference): ConferenceSummary {
    const candidacies = this.candidaciesOf(conference.id);
    return {
      id: conference.id,
      name: conference.name,
      date: conference.date,
      hostCityId: conference.cityId,
      host: conference.cityId ? this.cityName(conference.cityId) : null,
      candidates: candidacies.length,
      inRace: candidacies.filter((c) => !isOutOfRace(c.stage)).length,
    };
  }

  private conference(id: string): Conference {
    const conference = Object.hasOwn(this.ws.conferences, id) ? this.ws.conferences[id] : undefined;
    if (!conference) throw new CommandError('not-found', phrase('errors.conferenceGone'));
    return conference;
  }

  /** The conference's candidacies in board order: by stage, then by city name. */
  private candidaciesOf(conferenceId: string): Candidacy[] {
    return Object.values(this.ws.candidacies)
      .filter((c) => c.conferenceId === conferenceId)
      .sort((a, b) => (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0) || collator.compare(this.cityName(a.cityId), this.cityName(b.cityId)));
  }

  private rowKeys(candidacies: readonly Candidacy[]) {
    return comparisonRows(candidacies.map((c) => c.offer)).map((row) => row.key);
  }

  private cityName(cityId: string): string {
    const city = this.ws.cities[cityId];
    return city ? cityDisplayName(city) : '';
  }

  private linked(candidacies: readonly Candidacy[]): Map<string, Linked> {
    const map = new Map<string, Linked>(candidacies.map((c) => [c.id, { interactions: [], tasks: [] }]));
    for (const interaction of Object.values(this.ws.interactions)) {
      for (const id of interaction.candidacyIds) map.get(id)?.interactions.push(interaction);
    }
    for (const task of Object.values(this.ws.tasks)) {
      if (task.candidacyId) map.get(task.candidacyId)?.tasks.push(task);
    }
    return map;
  }

  /** The open step due first. */
  private nextStep(work: Linked): OpenStep | null {
    const steps = [
      ...work.interactions.map((i) => interactionStep(i, this.today)),
      ...work.tasks.map((t) => taskStep(t, this.today)),
    ].filter((step): step is OpenStep => step !== null);
    steps.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    return steps[0] ?? null;
  }
}

function lastContact(interactions: readonly Interaction[]): LastContact | null {
  let latest: Interaction | null = null;
  for (const interaction of interactions) if (!latest || interaction.at > latest.at) latest = interaction;
  return latest ? { interactionId: latest.id, at: latest.at, kind: latest.kind, subject: latest.subject } : null;
}
