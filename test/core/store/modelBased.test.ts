// A model-based test (fast-check's commands) of the real store on a real temp folder: random
// sequences of contact create/update/trash/restore/merge, a CSV import (read -> plan -> commit),
// candidacy create/move under the stage rules, conference setDate, milestone create, participant
// add/move, undo, redo and reload (close the service and open the folder again). After every step
// the real workspace equals a simple model written apart from core: maps of records compared on
// the fields the model tracks, and the model predicts which commands the rules refuse.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../electron/core/commands/CommandError';
import { planImport } from '../../../electron/core/import/planImport';
import { readContactsFile } from '../../../electron/core/import/readContactsFile';
import { WorkspaceService } from '../../../electron/core/workspace/WorkspaceService';
import type { Command } from '../../../electron/shared/commands/commandSchemas';
import { ContactInputSchema } from '../../../electron/shared/schemas/contact';
import type { CandidacyStage } from '../../../electron/shared/schemas/candidacy';
import type { Workspace } from '../../../electron/shared/schemas/workspace';
import { testDepth } from '../../helpers/testDepth';

// ---- the model ------------------------------------------------------------------------------

interface ModelContact { family: string; given: string; email: string; deleted: boolean }
interface State {
  contacts: Map<string, ModelContact>;
  candidacies: Map<string, { cityId: string; stage: CandidacyStage }>;
  conference: { cityId: string | null; dateLabel: string | null };
  milestones: Map<string, string>;
  participants: Map<string, { contactId: string; stage: string }>;
}
interface Model {
  now: State;
  undo: State[];
  redo: State[];
}

const clone = (s: State): State => ({
  contacts: new Map([...s.contacts].map(([k, v]) => [k, { ...v }])),
  candidacies: new Map([...s.candidacies].map(([k, v]) => [k, { ...v }])),
  conference: { ...s.conference },
  milestones: new Map(s.milestones),
  participants: new Map([...s.participants].map(([k, v]) => [k, { ...v }])),
});

/** Applies a change the model expects to succeed, as one undo step. */
function step(model: Model, change: (s: State) => void): void {
  model.undo.push(clone(model.now));
  model.redo = [];
  change(model.now);
}

const outOfRace: CandidacyStage[] = ['withdrawn', 'declined'];
const stages: CandidacyStage[] = ['identified', 'approached', 'interested', 'proposal', 'site-visit', 'shortlisted', 'selected', 'withdrawn', 'declined'];

// ---- the real system ------------------------------------------------------------------------

const world = {
  conferenceId: '00000000-0000-4000-8000-0000000c0f01',
  cityIds: ['00000000-0000-4000-8000-00000000c171', '00000000-0000-4000-8000-00000000c172', '00000000-0000-4000-8000-00000000c173'],
};

interface Real {
  dir: string;
  service: WorkspaceService;
  tick: number;
  reloads: number;
}
const at = (r: Real) => new Date(Date.parse('2026-11-28T10:00:00.000Z') + (r.tick += 1000)).toISOString();

async function open(dir: string): Promise<WorkspaceService> {
  return WorkspaceService.open({ dir, owner: 'app', resourcesDir: '' });
}

const refusals: string[] = [];

/** Commits and reports whether the store accepted it; a refusal must be a CommandError. */
async function attempt(r: Real, commands: Command[]): Promise<boolean> {
  try {
    await r.service.commit(commands);
    return true;
  } catch (error) {
    if (error instanceof CommandError) {
      refusals.push(error.message);
      return false;
    }
    throw error;
  }
}

function observe(ws: Readonly<Workspace>): State {
  const conference = ws.conferences[world.conferenceId];
  return {
    contacts: new Map(Object.values(ws.contacts).map((c) => [c.id, { family: c.family, given: c.given, email: c.emails[0]?.value ?? '', deleted: !!c.deletedAt }])),
    candidacies: new Map(Object.values(ws.candidacies).map((c) => [c.id, { cityId: c.cityId, stage: c.stage }])),
    conference: { cityId: conference?.cityId ?? null, dateLabel: conference?.date?.label ?? null },
    milestones: new Map(Object.values(ws.milestones).map((m) => [m.id, m.title])),
    participants: new Map(Object.values(ws.participants).map((p) => [p.id, { contactId: p.contactId, stage: p.stage }])),
  };
}

function expectSame(model: Model, r: Real, what: string): void {
  expect(observe(r.service.store.state), what).toEqual(model.now);
}

// ---- the commands ---------------------------------------------------------------------------

type Cmd = fc.AsyncCommand<Model, Real>;
let emailCounter = 0;
const counts = new Map<string, number>();
const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);

/** Picks an existing key by a random number, or null when there is none. */
const pick = <V>(map: Map<string, V>, n: number, keep: (v: V) => boolean = () => true): string | null => {
  const keys = [...map].filter(([, v]) => keep(v)).map(([k]) => k);
  return keys.length === 0 ? null : (keys[n % keys.length] ?? null);
};

const names = fc.constantFrom('Иванова', 'Smith', 'Петров', 'O’Brien', 'Kuznetsova', 'Ли');

function base(name: string, run: (m: Model, r: Real) => Promise<void>, check: (m: Readonly<Model>) => boolean = () => true): Cmd {
  return {
    check,
    run: async (m, r) => {
      count(name);
      await run(m, r);
      expectSame(m, r, name);
    },
    toString: () => name,
  };
}

/** A whole step: build commands, predict acceptance, compare. */
async function expectCommit(m: Model, r: Real, commands: Command[], accepted: boolean, change: (s: State) => void): Promise<void> {
  const ok = await attempt(r, commands);
  expect(ok, `${commands[0]?.type} accepted (${refusals.at(-1) ?? ''})`).toBe(accepted);
  if (ok) step(m, change);
}

const createContact = fc.tuple(names, names).map(([family, given]) =>
  base('contact.create', async (m, r) => {
    const id = crypto.randomUUID();
    const email = `c${++emailCounter}@example.org`;
    await expectCommit(m, r, [{ type: 'contact.create', at: at(r), id, data: contactData(family, given, email) }], true, (s) => {
      s.contacts.set(id, { family, given, email, deleted: false });
    });
  }),
);

function contactData(family: string, given: string, email: string) {
  return ContactInputSchema.parse({ family, given, emails: [{ value: email, preferred: true }] });
}

const updateContact = fc.tuple(fc.nat(), names).map(([n, family]) =>
  base('contact.update', async (m, r) => {
    const id = pick(m.now.contacts, n);
    if (!id) return;
    const current = m.now.contacts.get(id);
    if (!current) return;
    await expectCommit(m, r, [{ type: 'contact.update', at: at(r), id, data: contactData(family, current.given, current.email) }], true, (s) => {
      const c = s.contacts.get(id);
      if (c) c.family = family;
    });
  }),
);

const trashContact = fc.nat().map((n) =>
  base('contact.delete', async (m, r) => {
    const id = pick(m.now.contacts, n);
    if (!id) return;
    await expectCommit(m, r, [{ type: 'contact.delete', at: at(r), ids: [id] }], true, (s) => {
      const c = s.contacts.get(id);
      if (c) c.deleted = true;
    });
  }),
);

const restoreContact = fc.nat().map((n) =>
  base('contact.restore', async (m, r) => {
    const id = pick(m.now.contacts, n);
    if (!id) return;
    await expectCommit(m, r, [{ type: 'contact.restore', at: at(r), ids: [id] }], true, (s) => {
      const c = s.contacts.get(id);
      if (c) c.deleted = false;
    });
  }),
);

const mergeContacts = fc.tuple(fc.nat(), fc.nat(), names).map(([a, b, family]) =>
  base('contact.merge', async (m, r) => {
    const survivorId = pick(m.now.contacts, a);
    const mergedId = pick(m.now.contacts, b);
    if (!survivorId || !mergedId) return;
    const survivor = m.now.contacts.get(survivorId);
    const merged = m.now.contacts.get(mergedId);
    if (!survivor || !merged) return;
    const accepted = survivorId !== mergedId && !survivor.deleted && !merged.deleted;
    const fields = contactData(family, merged.given, survivor.email);
    await expectCommit(m, r, [{ type: 'contact.merge', at: at(r), survivorId, mergedId, fields }], accepted, (s) => {
      s.contacts.set(survivorId, { family, given: merged.given, email: survivor.email, deleted: false });
      s.contacts.delete(mergedId);
      for (const p of s.participants.values()) if (p.contactId === mergedId) p.contactId = survivorId;
    });
  }),
);

/** A Google CSV with one new contact and up to two rows naming existing live contacts' emails. */
const importContacts = fc.tuple(names, names, fc.array(fc.nat(), { maxLength: 2 })).map(([family, given, existing]) =>
  base('contact.import', async (m, r) => {
    const live = [...m.now.contacts].filter(([, c]) => !c.deleted);
    const newEmail = `i${++emailCounter}@example.org`;
    const rows = [{ family, given, email: newEmail }, ...existing.flatMap((n) => {
      const hit = live.length > 0 ? live[n % live.length] : undefined;
      return hit ? [{ family: hit[1].family, given: hit[1].given, email: hit[1].email }] : [];
    })];
    const csv = ['First Name,Last Name,E-mail 1 - Value', ...rows.map((row) => `${quote(row.given)},${quote(row.family)},${row.email}`)].join('\r\n');
    const file = readContactsFile(Buffer.from(csv, 'utf8'), 'import.csv');
    const plan = planImport(r.service.store.state, file.records, { mode: 'cli', at: at(r), source: 'import.csv' });
    expect(plan.rejected).toEqual([]);
    // The model: a row whose email a live contact has merges (and changes no tracked field).
    const liveEmails = new Set(live.map(([, c]) => c.email.toLowerCase()));
    const expected = rows.filter((row) => !liveEmails.has(row.email.toLowerCase()));
    const creates = plan.command?.creates ?? [];
    expect(creates.map((c) => ({ family: c.family, given: c.given, email: c.emails[0]?.value }))).toEqual(expected);
    if (!plan.command) throw new Error('the import has a new contact, so it has a command');
    await expectCommit(m, r, [plan.command], true, (s) => {
      for (const c of creates) s.contacts.set(c.id, { family: c.family, given: c.given, email: c.emails[0]?.value ?? '', deleted: false });
    });
  }),
);
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

const createCandidacy = fc.nat().map((n) =>
  base('candidacy.create', async (m, r) => {
    const cityId = world.cityIds[n % world.cityIds.length] ?? '';
    const id = crypto.randomUUID();
    const twin = [...m.now.candidacies.values()].some((c) => c.cityId === cityId);
    await expectCommit(m, r, [{ type: 'candidacy.create', at: at(r), id, data: { conferenceId: world.conferenceId, cityId, contactIds: [], decisionMakerIds: [], notes: '' } }], !twin, (s) => {
      s.candidacies.set(id, { cityId, stage: 'identified' });
    });
  }),
);

const moveCandidacy = fc.tuple(fc.nat(), fc.constantFrom(...stages), fc.boolean()).map(([n, stage, withReason]) =>
  base('candidacy.move', async (m, r) => {
    const id = pick(m.now.candidacies, n);
    const candidacy = id ? m.now.candidacies.get(id) : undefined;
    if (!id || !candidacy) return;
    const reason = withReason ? 'Budget cut' : '';
    const others = [...m.now.candidacies].filter(([other]) => other !== id);
    const accepted =
      candidacy.stage !== stage && (!outOfRace.includes(stage) || reason !== '') && (stage !== 'selected' || !others.some(([, c]) => c.stage === 'selected'));
    const tellTasks = stage === 'selected' && accepted ? others.filter(([, c]) => !outOfRace.includes(c.stage)).map(([candidacyId]) => ({ candidacyId, taskId: crypto.randomUUID() })) : [];
    const command: Command = { type: 'candidacy.move', at: at(r), id, stage, reason, tellTasks, tellDue: tellTasks.length > 0 ? '2019-07-01' : null };
    await expectCommit(m, r, [command], accepted, (s) => {
      const was = candidacy.stage;
      s.candidacies.set(id, { cityId: candidacy.cityId, stage });
      if (stage === 'selected') s.conference.cityId = candidacy.cityId;
      else if (was === 'selected' && s.conference.cityId === candidacy.cityId) s.conference.cityId = null;
    });
  }),
);

const setDate = fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }).map((day) =>
  base('conference.setDate', async (m, r) => {
    const label = day === null ? null : `2019-09-${String(day).padStart(2, '0')}`;
    const date = label === null ? null : { earliest: label, latest: label, precision: 'day' as const, uncertain: false, label };
    await expectCommit(m, r, [{ type: 'conference.setDate', at: at(r), id: world.conferenceId, date }], true, (s) => {
      s.conference.dateLabel = label;
    });
  }),
);

const createMilestone = fc.tuple(fc.constantFrom('Book the hall', 'Визы', 'Программа 🌉'), fc.integer({ min: 0, max: 365 })).map(([title, daysBefore]) =>
  base('milestone.create', async (m, r) => {
    const id = crypto.randomUUID();
    const data = { conferenceId: world.conferenceId, title, schedule: { kind: 'relative' as const, daysBefore }, ownerId: null, status: 'planned' as const, dependsOnIds: [], notes: '' };
    await expectCommit(m, r, [{ type: 'milestone.create', at: at(r), id, data }], true, (s) => {
      s.milestones.set(id, title);
    });
  }),
);

const addParticipant = fc.nat().map((n) =>
  base('participant.add', async (m, r) => {
    const contactId = pick(m.now.contacts, n);
    if (!contactId) return;
    const id = crypto.randomUUID();
    const twin = [...m.now.participants.values()].some((p) => p.contactId === contactId);
    const data = { conferenceId: world.conferenceId, contactId, stage: 'identified' as const, stageReason: '', partnershipId: null, notes: '' };
    await expectCommit(m, r, [{ type: 'participant.add', at: at(r), id, data }], !twin, (s) => {
      s.participants.set(id, { contactId, stage: 'identified' });
    });
  }),
);

const moveParticipant = fc.tuple(fc.nat(), fc.constantFrom('contacted', 'confirmed', 'visa', 'attended', 'declined'), fc.boolean()).map(([n, stage, withReason]) =>
  base('participant.move', async (m, r) => {
    const id = pick(m.now.participants, n);
    if (!id) return;
    const reason = withReason ? 'No visa' : '';
    await expectCommit(m, r, [{ type: 'participant.move', at: at(r), id, stage, reason }], stage !== 'declined' || withReason, (s) => {
      const p = s.participants.get(id);
      if (p) p.stage = stage;
    });
  }),
);

const undo = fc.constant(
  base('history.undo', async (m, r) => {
    const ok = await attempt(r, [{ type: 'history.undo', at: at(r) }]);
    expect(ok, 'undo accepted').toBe(true);
    const previous = m.undo.pop();
    if (ok && previous) {
      m.redo.push(clone(m.now));
      m.now = previous;
    }
  }, (m) => m.undo.length > 0), // below the model's history lies the setup, which stays
);

const redo = fc.constant(
  base('history.redo', async (m, r) => {
    const ok = await attempt(r, [{ type: 'history.redo', at: at(r) }]);
    expect(ok, 'redo accepted').toBe(m.redo.length > 0);
    const next = m.redo.pop();
    if (ok && next) {
      m.undo.push(clone(m.now));
      m.now = next;
    }
  }),
);

const reload = fc.constant(
  base('reload', async (_m, r) => {
    await r.service.close();
    r.service = await open(r.dir);
    r.reloads += 1;
  }),
);

const allCommands = [
  createContact, createContact, updateContact, trashContact, restoreContact, mergeContacts, importContacts,
  createCandidacy, moveCandidacy, moveCandidacy, setDate, createMilestone, addParticipant, moveParticipant,
  undo, undo, redo, reload,
];

// ---- the property ---------------------------------------------------------------------------

const numRuns = Number(process.env.LIAISON_MODEL_RUNS ?? testDepth(250, 600));

describe('the store against a model', () => {
  it('random sequences of contacts, import, negotiations and timelines commands, with undo, redo and reload, always equal the model', async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(allCommands, { maxCommands: 40, size: 'max' }), async (cmds) => {
        const dir = await mkdtemp(join(tmpdir(), 'liaison-model-'));
        const r: Real = { dir, service: await open(dir), tick: 0, reloads: 0 };
        try {
          const setup: Command[] = [
            ...world.cityIds.map((id, i): Command => ({ type: 'city.create', at: at(r), id, data: { nameLatin: ['Volgograd', 'Samara', 'Kazan'][i] ?? 'City', nameCyrillic: '', region: '', country: 'RU', zone: 'Europe/Moscow' } })),
            { type: 'conference.create', at: at(r), id: world.conferenceId, data: { name: 'Sister Cities Summit 2019', date: null, cityId: null, tentativeCityIds: [], organizerIds: [], notes: '' } },
          ];
          await r.service.commit(setup);
          const model: Model = {
            now: { contacts: new Map(), candidacies: new Map(), conference: { cityId: null, dateLabel: null }, milestones: new Map(), participants: new Map() },
            undo: [],
            redo: [],
          };
          await fc.asyncModelRun(() => ({ model, real: r }), cmds);
          steps += [...cmds].length;
          // Finally the bytes on disk, read by a fresh service, equal the model too.
          await r.service.close();
          r.service = await open(dir);
          expectSame(model, r, 'after the final reload');
        } finally {
          await r.service.close();
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns },
    );
    const summary = [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
    console.log(`[model] ${numRuns} random sequences, ${steps} steps (${refusals.length} refusals the model predicted): ${summary}`);
    // About half a minute alone; the whole suite shares two cores, hence the wide limit.
  }, 300_000);
});
