import type { Command } from '../../electron/shared/commands/commandSchemas';
import type {
  CandidacyDetail,
  CandidacyRow,
  Comparison,
  ConferenceSummary,
  NegotiationBoard,
  NegotiationBrief,
  NegotiationHistory,
  NextSteps,
} from '../../electron/shared/contracts/negotiationChannels';
import { comparisonScore } from '../../electron/shared/negotiations/comparisonScore';
import { comparisonRows, offerItemViews } from '../../electron/shared/negotiations/offerItems';
import { OfferInputSchema, OfferSchema, type Offer } from '../../electron/shared/schemas/offer';
import { InteractionInputSchema } from '../../electron/shared/schemas/interaction';
import { fakeId, type FakeBackend } from './fakeApi';

const summitId = fakeId(1, 7);
const kazanId = fakeId(1, 8);
const volgogradId = fakeId(2, 8);
const samaraId = fakeId(3, 8);

const noScore = comparisonScore(comparisonRows([]).map((r) => r.key), {}, {});

function row(id: string, cityId: string, city: string, stage: CandidacyRow['stage']): CandidacyRow {
  return { id, conferenceId: summitId, cityId, city, stage, stageReason: '', score: noScore, lastContact: null, nextStep: null, attachments: 0, updatedAt: '2019-05-01T09:00:00.000Z' };
}

/**
 * The negotiation channels over a small in-memory race (Kazan, Volgograd, Samara for the summit),
 * installed as answers on a FakeBackend. Commands are recorded; stage moves, ratings, weights and
 * reviews are applied so the screens can be seen to follow.
 */
export class NegotiationsFake {
  readonly commands: Command[] = [];
  readonly rows: CandidacyRow[] = [row(kazanId, fakeId(11, 2), 'Казань / Kazan', 'proposal'), row(volgogradId, fakeId(12, 2), 'Волгоград / Volgograd', 'shortlisted'), row(samaraId, fakeId(13, 2), 'Самара / Samara', 'interested')];
  ratings = new Map<string, Record<string, number>>();
  offers = new Map<string, Offer>();
  weights: Record<string, number> = {};
  reviewedAt: string | null = '2019-05-01T09:00:00.000Z';
  nextSteps: NextSteps = { today: '2019-05-02', until: '2019-05-16', zone: 'Europe/Moscow', rows: [] };
  readonly ids = { summit: summitId, kazan: kazanId, volgograd: volgogradId, samara: samaraId };

  constructor(private readonly backend: FakeBackend) {
    const answer = (channel: Parameters<FakeBackend['answers']['set']>[0], handle: (input: unknown) => unknown) => backend.answers.set(channel, handle);
    answer('negotiations:conferences', () => [this.summary()]);
    answer('negotiations:board', (): NegotiationBoard => ({ conference: this.summary(), today: '2019-05-02', rows: this.rows.map((r) => ({ ...r, score: this.score(r.id) })) }));
    answer('negotiations:compare', () => this.compare());
    answer('negotiations:history', (): NegotiationHistory => ({
      conference: this.summary(),
      lines: [{ candidacyId: kazanId, city: 'Казань / Kazan', event: { at: '2019-05-01T10:00:00.000Z', kind: 'stage', field: 'stage', before: 'interested', after: 'proposal', reason: '' } }],
    }));
    answer('negotiations:brief', (): NegotiationBrief => ({
      conference: this.summary(),
      notes: '',
      today: '2019-05-02',
      decision: { host: null, reason: '' },
      candidates: this.rows.map((r) => ({ candidacyId: r.id, city: r.city, stage: r.stage, stageReason: r.stageReason, score: this.score(r.id), items: [], lastContact: null, nextStep: null })),
    }));
    answer('nextSteps:list', () => this.nextSteps);
    answer('negotiations:candidacy', (input) => this.detail((input as { id: string }).id));
    answer('commands:run', (input) => this.run((input as { commands: Command[] }).commands));
  }

  /** The details of one candidacy: no offer yet, one contact who decides. */
  detail(id: string): CandidacyDetail {
    const r = this.rows.find((candidate) => candidate.id === id) ?? this.rows[0];
    if (!r) throw new Error('no candidacy');
    const person = fakeId(21, 1);
    const at = '2019-05-01T09:00:00.000Z';
    return {
      candidacy: {
        id: r.id,
        rev: this.backend.seq,
        createdAt: at,
        updatedAt: at,
        conferenceId: summitId,
        cityId: r.cityId,
        stage: r.stage,
        stageReason: r.stageReason,
        contactIds: [person],
        decisionMakerIds: [person],
        notes: '',
        offer: this.offers.get(r.id) ?? { free: [] },
        ratings: {},
        attachments: [],
        events: [{ at, kind: 'created', field: 'stage', before: '', after: 'identified', reason: '' }],
      },
      conference: this.summary(),
      city: { id: r.cityId, rev: 0, createdAt: at, updatedAt: at, nameLatin: r.city.split(' / ')[1] ?? r.city, nameCyrillic: r.city.split(' / ')[0] ?? '', region: '', country: 'RU', zone: 'Europe/Moscow' },
      people: [{ id: person, name: 'Образцова Анна Сергеевна', title: 'Head of international relations' }],
      interactions: [],
      tasks: [],
      offerItems: offerItemViews(this.offers.get(r.id) ?? { free: [] }),
      score: this.score(r.id),
      today: '2019-05-02',
    };
  }

  summary(): ConferenceSummary {
    return {
      id: summitId,
      name: 'US–Russia Sister Cities Summit',
      date: { earliest: '2019-09-21', latest: '2019-10-10', precision: 'range', uncertain: false, label: 'late September or early October 2019' },
      hostCityId: null,
      host: null,
      candidates: this.rows.length,
      inRace: this.rows.filter((r) => r.stage !== 'withdrawn' && r.stage !== 'declined').length,
    };
  }

  private score(id: string) {
    return comparisonScore(comparisonRows([]).map((r) => r.key), this.ratings.get(id) ?? {}, this.weights);
  }

  private compare(): Comparison {
    const rows = comparisonRows([]);
    return {
      conference: this.summary(),
      reviewedAt: this.reviewedAt,
      rows: rows.map((r) => ({ ...r, weight: this.weights[r.key] ?? 1 })),
      columns: this.rows.map((r) => ({
        candidacyId: r.id,
        city: r.city,
        stage: r.stage,
        score: this.score(r.id),
        cells: Object.fromEntries(
          rows.map((item) => {
            const rating = this.ratings.get(r.id)?.[item.key] ?? null;
            const stated =
              item.key === 'venue'
                ? { key: item.key, standard: item.standard, label: item.label, value: r.id === kazanId ? 'Kazan Expo' : 'City hall', source: 'Letter', confirmedOn: '2019-04-30', changedAt: r.id === kazanId ? '2019-05-01T12:00:00.000Z' : '2019-04-01T12:00:00.000Z' }
                : null;
            return [item.key, { item: stated, rating, changed: stated !== null && this.reviewedAt !== null && stated.changedAt > this.reviewedAt }];
          }),
        ),
      })),
    };
  }

  private run(commands: Command[]) {
    this.commands.push(...commands);
    for (const command of commands) {
      if (command.type === 'candidacy.move') {
        const target = this.rows.find((r) => r.id === command.id);
        if (target) Object.assign(target, { stage: command.stage, stageReason: command.reason });
      } else if (command.type === 'candidacy.rate') {
        const ratings = { ...this.ratings.get(command.id) };
        if (command.rating === null) delete ratings[command.item];
        else ratings[command.item] = command.rating;
        this.ratings.set(command.id, ratings);
      } else if (command.type === 'conference.setWeight') {
        if (command.weight === null) delete this.weights[command.item];
        else this.weights[command.item] = command.weight;
      } else if (command.type === 'candidacy.setOffer') {
        const offer = OfferInputSchema.parse(command.offer);
        const stamped = Object.fromEntries(Object.entries(offer).map(([key, item]) => [key, key === 'free' ? offer.free.map((f) => ({ ...f, changedAt: command.at })) : { ...item, changedAt: command.at }]));
        this.offers.set(command.id, OfferSchema.parse(stamped));
      } else if (command.type === 'conference.markReviewed') {
        this.reviewedAt = command.at;
      } else if (command.type === 'interaction.update' || command.type === 'candidacy.taskDone') {
        const id = command.type === 'interaction.update' ? command.id : command.taskId;
        this.nextSteps = { ...this.nextSteps, rows: this.nextSteps.rows.filter((r) => r.id !== id) };
      }
    }
    this.backend.emitChange(commands[0]?.type);
    return { version: this.backend.seq, summaries: commands.map((c) => c.type) };
  }

  /** A next step of an interaction with Kazan, due (or overdue) on the given day. */
  addInteractionStep(text: string, due: string, overdue: boolean): void {
    const interactionId = fakeId(this.nextSteps.rows.length + 1, 9);
    const interaction = {
      ...InteractionInputSchema.parse({ kind: 'call', at: '2019-04-20T09:00:00.000Z', zone: 'Europe/Moscow', subject: 'Offer', candidacyIds: [kazanId], nextStep: { text, due } }),
      id: interactionId,
      rev: 1,
      createdAt: '2019-04-20T09:00:00.000Z',
      updatedAt: '2019-04-20T09:00:00.000Z',
    };
    this.nextSteps.rows.push({ source: 'interaction', id: interactionId, text, due, overdue, candidacyId: kazanId, conferenceId: summitId, city: 'Казань / Kazan', conference: 'US–Russia Sister Cities Summit', interaction });
  }
}
