import { cityDisplayName } from '../../shared/negotiations/cityDisplayName';
import { phrase, type PhraseParam } from '../../shared/i18n/Phrase';
import { candidacyStageKeys } from '../../shared/negotiations/candidacyStages';
import { weightOf } from '../../shared/negotiations/comparisonScore';
import { fuzzyDateText } from '../../shared/negotiations/offerItems';
import { checkStageMove } from '../../shared/negotiations/stageRules';
import type { Candidacy } from '../../shared/schemas/candidacy';
import { FuzzyDateSchema } from '../../shared/schemas/fuzzyDate';
import {
  CANDIDACY_EVENTS_KEPT,
  freeItemKey,
  offerItemKeys,
  OfferInputSchema,
  type CandidacyEvent,
  type Offer,
  type OfferData,
  type OfferItemKey,
} from '../../shared/schemas/offer';
import type { Appliers } from './Applier';
import { CommandError } from './CommandError';
import { deleteWithReferences } from './deleteWithReferences';
import type { Transaction } from './Transaction';

type NegotiationCommand =
  | 'candidacy.create'
  | 'candidacy.update'
  | 'candidacy.delete'
  | 'candidacy.move'
  | 'candidacy.setOffer'
  | 'candidacy.rate'
  | 'candidacy.attach'
  | 'candidacy.detach'
  | 'candidacy.taskDone'
  | 'conference.setWeight'
  | 'conference.markReviewed';

const cityName = (tx: Transaction, cityId: string | null | undefined): string => {
  const city = cityId ? tx.get('cities', cityId) : undefined;
  return city ? city.nameLatin || city.nameCyrillic : 'the city';
};

const bothNames = (tx: Transaction, cityId: string | null | undefined): string => {
  const city = cityId ? tx.get('cities', cityId) : undefined;
  return city ? cityDisplayName(city) : cityName(tx, cityId);
};

/** The history grows by appending; only the newest lines are kept, so a record never grows without bound. */
const withEvents = (candidacy: Candidacy, events: CandidacyEvent[]): CandidacyEvent[] => [...candidacy.events, ...events].slice(-CANDIDACY_EVENTS_KEPT);

/** History lines hold text, bounded like the schema. */
const clip = (text: string, max = 500): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A standard offer item is a catalog word (translated where shown); a free item keeps the user's label. */
function itemLabel(key: string): PhraseParam {
  return (offerItemKeys as readonly string[]).includes(key) ? { key: `neg.item.${key as OfferItemKey}` } : key.replace(/^free:/, '');
}

/** Refuses ids of contacts that are gone, rather than storing links `doctor` would call dangling. */
function requireContacts(tx: Transaction, ids: readonly string[]): void {
  for (const id of ids) tx.require('contacts', id, 'contact');
}

export const negotiationAppliers: Appliers<NegotiationCommand> = {
  'candidacy.create': (tx, { id, at, data }) => {
    const conference = tx.require('conferences', data.conferenceId, 'conference');
    tx.require('cities', data.cityId, 'city');
    requireContacts(tx, [...data.contactIds, ...data.decisionMakerIds]);
    const city = cityName(tx, data.cityId);
    const twin = [...tx.all('candidacies')].find((c) => c.conferenceId === data.conferenceId && c.cityId === data.cityId);
    if (twin) throw new CommandError('rule', phrase('errors.alreadyCandidate', { city, conference: conference.name }));
    tx.create('candidacies', id, {
      ...data,
      stage: 'identified',
      stageReason: '',
      offer: { free: [] },
      ratings: {},
      attachments: [],
      events: [{ at, kind: 'created', field: 'stage', before: '', after: 'identified', reason: '' }],
    });
    return phrase('summary.candidacyAdded', { city, conference: conference.name });
  },

  'candidacy.update': (tx, { id, data }) => {
    const current = tx.require('candidacies', id, 'candidacy');
    requireContacts(tx, [...data.contactIds, ...data.decisionMakerIds]);
    tx.update('candidacies', id, data, 'candidacy');
    return phrase('summary.candidacyEdited', { city: cityName(tx, current.cityId) });
  },

  'candidacy.delete': (tx, { ids }) => {
    const first = tx.require('candidacies', ids[0] ?? '', 'candidacy');
    for (const id of ids) {
      const candidacy = tx.require('candidacies', id, 'candidacy');
      // The decision goes with the candidacy that carried it.
      const conference = tx.get('conferences', candidacy.conferenceId);
      if (candidacy.stage === 'selected' && conference?.cityId === candidacy.cityId) {
        tx.update('conferences', conference.id, { cityId: null }, 'conference');
      }
      deleteWithReferences(tx, 'candidacies', id);
    }
    return ids.length === 1 ? phrase('summary.candidacyRemoved', { city: cityName(tx, first.cityId) }) : phrase('summary.candidaciesRemoved', { count: ids.length });
  },

  'candidacy.move': (tx, command) => {
    const candidacy = tx.require('candidacies', command.id, 'candidacy');
    const conference = tx.require('conferences', candidacy.conferenceId, 'conference');
    const siblings = [...tx.all('candidacies')].filter((c) => c.conferenceId === candidacy.conferenceId);
    const verdict = checkStageMove({
      candidacy,
      to: command.stage,
      reason: command.reason,
      siblings,
      cityName: (cityId) => cityName(tx, cityId),
    });
    if (!verdict.ok) throw new CommandError('rule', verdict.phrase);

    const asked = command.tellTasks.map((t) => t.candidacyId).sort();
    const needed = [...verdict.tellThem].sort();
    if (asked.length !== needed.length || asked.some((id, i) => id !== needed[i])) {
      throw new CommandError('conflict', phrase('errors.boardChanged'));
    }
    if (command.tellTasks.length > 0 && !command.tellDue) {
      throw new CommandError('invalid', phrase('errors.tellDueMissing'));
    }

    const city = cityName(tx, candidacy.cityId);
    const events: CandidacyEvent[] = [
      { at: command.at, kind: 'stage', field: 'stage', before: candidacy.stage, after: command.stage, reason: command.reason },
    ];
    // Only clear a place this candidacy's selection set: the user may have fixed another since.
    const host = verdict.host === null && conference.cityId !== candidacy.cityId ? undefined : verdict.host;
    if (host !== undefined && host !== conference.cityId) {
      events.push({
        at: command.at,
        kind: 'decision',
        field: 'host',
        before: conference.cityId ? cityName(tx, conference.cityId) : '',
        after: host ? cityName(tx, host) : '',
        reason: command.reason,
      });
      tx.update('conferences', conference.id, { cityId: host }, 'conference');
    }
    tx.update('candidacies', candidacy.id, { stage: command.stage, stageReason: command.reason, events: withEvents(candidacy, events) }, 'candidacy');

    const due = command.tellDue;
    if (due) {
      for (const { candidacyId, taskId } of command.tellTasks) {
        const other = tx.require('candidacies', candidacyId, 'candidacy');
        const told = cityName(tx, other.cityId);
        tx.create('tasks', taskId, {
          conferenceId: conference.id,
          milestoneId: null,
          title: `Tell ${told} the decision`,
          // Both spellings ("Волгоград / Volgograd"), as the tell-them dialog names the city in either window.
          titlePhrase: phrase('neg.tell.generatedTitle', { city: bothNames(tx, other.cityId) }),
          notesPhrase: phrase('neg.tell.generatedNotes', { host: bothNames(tx, candidacy.cityId), conference: conference.name }),
          schedule: { kind: 'absolute', date: { earliest: due, latest: due, precision: 'day', uncertain: false, label: due } },
          ownerId: null,
          status: 'planned',
          dependsOnIds: [],
          notes: `${city} was selected to host ${conference.name}.`,
          candidacyId,
        });
      }
    }
    if (command.stage === 'selected') return phrase('summary.candidacySelected', { city, conference: conference.name });
    return phrase('summary.candidacyMoved', { city, stage: { key: candidacyStageKeys[command.stage] } });
  },

  'candidacy.setOffer': (tx, command) => {
    const candidacy = tx.require('candidacies', command.id, 'candidacy');
    // Parsed again so an offer built in code (not through the dispatcher) gets its defaults too.
    const { offer, events } = mergeOffer(candidacy.offer, OfferInputSchema.parse(command.offer), command.at);
    const city = cityName(tx, candidacy.cityId);
    if (events.length === 0) throw new CommandError('rule', phrase('errors.offerUnchanged', { city }));
    tx.update('candidacies', candidacy.id, { offer, events: withEvents(candidacy, events) }, 'candidacy');
    return phrase('summary.offerEdited', { city });
  },

  'candidacy.rate': (tx, { id, at, item, rating }) => {
    const candidacy = tx.require('candidacies', id, 'candidacy');
    const ratings = { ...candidacy.ratings };
    const before = ratings[item];
    if (rating === null) delete ratings[item];
    else ratings[item] = rating;
    // Written with the rating (so undo takes both back): History shows who leads and why.
    const event: CandidacyEvent = { at, kind: 'rating', field: item, before: before === undefined ? '' : String(before), after: rating === null ? '' : String(rating), reason: '' };
    tx.update('candidacies', id, { ratings, events: withEvents(candidacy, [event]) }, 'candidacy');
    const city = cityName(tx, candidacy.cityId);
    return rating === null ? phrase('summary.ratingCleared', { item: itemLabel(item), city }) : phrase('summary.rated', { item: itemLabel(item), rating, city });
  },

  'candidacy.attach': (tx, { id, at, attachments }) => {
    const candidacy = tx.require('candidacies', id, 'candidacy');
    const taken = new Set(candidacy.attachments.map((a) => a.id));
    for (const attachment of attachments) {
      if (taken.has(attachment.id)) throw new CommandError('conflict', phrase('errors.alreadyAttached'));
      taken.add(attachment.id);
    }
    const events = attachments.map((a): CandidacyEvent => ({ at, kind: 'attachment', field: 'file', before: '', after: clip(a.name), reason: '' }));
    tx.update('candidacies', id, { attachments: [...candidacy.attachments, ...attachments], events: withEvents(candidacy, events) }, 'candidacy');
    const names = attachments.map((a) => a.name).join(', ');
    return phrase('summary.attached', { names: clip(names, 200), city: cityName(tx, candidacy.cityId) });
  },

  'candidacy.detach': (tx, { id, at, attachmentId }) => {
    const candidacy = tx.require('candidacies', id, 'candidacy');
    const attachment = candidacy.attachments.find((a) => a.id === attachmentId);
    if (!attachment) throw new CommandError('not-found', phrase('errors.detachedAlready'));
    const event: CandidacyEvent = { at, kind: 'attachment', field: 'file', before: clip(attachment.name), after: '', reason: '' };
    tx.update(
      'candidacies',
      id,
      { attachments: candidacy.attachments.filter((a) => a.id !== attachmentId), events: withEvents(candidacy, [event]) },
      'candidacy',
    );
    return phrase('summary.detached', { name: clip(attachment.name, 200), city: cityName(tx, candidacy.cityId) });
  },

  'candidacy.taskDone': (tx, { taskId, done }) => {
    const task = tx.require('tasks', taskId, 'task');
    if (!task.candidacyId) throw new CommandError('rule', phrase('errors.notNegotiationTask'));
    tx.update('tasks', taskId, { status: done ? 'done' : 'planned' }, 'task');
    return phrase(done ? 'summary.taskDone' : 'summary.taskNotDone', { title: clip(task.title, 200) });
  },

  'conference.setWeight': (tx, { id, at, item, weight }) => {
    const conference = tx.require('conferences', id, 'conference');
    const weights = { ...conference.comparisonWeights };
    // An item never weighed counts 1 (weightOf), and History says so rather than "—".
    const before = weightOf(conference.comparisonWeights, item);
    if (weight === null) delete weights[item];
    else weights[item] = weight;
    const event: CandidacyEvent = { at, kind: 'weight', field: item, before: String(before), after: String(weight ?? 1), reason: '' };
    const comparisonEvents = [...(conference.comparisonEvents ?? []), event].slice(-CANDIDACY_EVENTS_KEPT);
    tx.update('conferences', id, { comparisonWeights: weights, comparisonEvents }, 'conference');
    return weight === null ? phrase('summary.weightReset', { item: itemLabel(item) }) : phrase('summary.weighted', { item: itemLabel(item), weight });
  },

  'conference.markReviewed': (tx, { id, at }) => {
    const conference = tx.require('conferences', id, 'conference');
    tx.update('conferences', id, { reviewedAt: at }, 'conference');
    return phrase('summary.comparisonReviewed', { conference: conference.name });
  },
};

type StoredItem = { value: unknown; source: string; confirmedOn: string | null; changedAt: string };
type InputItem = { value: unknown; source: string; confirmedOn: string | null };

function valueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  const date = FuzzyDateSchema.safeParse(value);
  return date.success ? fuzzyDateText(date.data) : '';
}

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function describeItem(item: InputItem | undefined, full: boolean): string {
  if (!item) return '';
  const value = valueText(item.value);
  if (!full) return clip(value);
  const parts = [value, item.source && `source: ${item.source}`, item.confirmedOn && `confirmed ${item.confirmedOn}`].filter(Boolean);
  return clip(parts.join(' · '));
}

/**
 * The new offer, with `changedAt` moved only on items whose value, source or confirmation date
 * changed, and one history line per changed item.
 */
function mergeOffer(current: Offer, next: OfferData, at: string): { offer: Offer; events: CandidacyEvent[] } {
  const events: CandidacyEvent[] = [];
  const merged: Record<string, unknown> = {};
  const track = (field: string, before: StoredItem | undefined, after: InputItem | undefined): StoredItem | undefined => {
    if (!after) {
      if (before) events.push({ at, kind: 'offer', field, before: describeItem(before, false), after: '', reason: '' });
      return undefined;
    }
    if (before && sameValue(before.value, after.value) && before.source === after.source && before.confirmedOn === after.confirmedOn) {
      return { ...after, changedAt: before.changedAt };
    }
    // Only the source or the date moved: say so, since the value alone would read "X → X".
    const full = !!before && sameValue(before.value, after.value);
    events.push({ at, kind: 'offer', field, before: describeItem(before, full), after: describeItem(after, full), reason: '' });
    return { ...after, changedAt: at };
  };
  for (const key of offerItemKeys) {
    const item = track(key, current[key], next[key]);
    if (item) merged[key] = item;
  }
  const previousFree = new Map(current.free.map((item) => [item.id, item]));
  const free = next.free.map((item) => {
    const before = previousFree.get(item.id);
    previousFree.delete(item.id);
    const field = freeItemKey(item.label);
    if (before && before.label !== item.label) {
      events.push({ at, kind: 'offer', field, before: clip(`${before.label}: ${before.value}`), after: clip(`${item.label}: ${item.value}`), reason: '' });
      return { ...item, changedAt: at };
    }
    return { ...item, changedAt: track(field, before, item)?.changedAt ?? at };
  });
  for (const removed of previousFree.values()) {
    events.push({ at, kind: 'offer', field: freeItemKey(removed.label), before: clip(removed.value), after: '', reason: '' });
  }
  return { offer: { ...(merged as Omit<Offer, 'free'>), free }, events };
}
