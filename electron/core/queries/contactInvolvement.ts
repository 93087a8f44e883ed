import type { ContactInvolvement } from '../../shared/contract';
import type { Workspace } from '../../shared/schemas/workspace';
import { cityRef } from './refs';

/**
 * What a contact's page leads with before a call: the newest interaction with them, the earliest
 * open next step of those interactions, and the candidacies (as a contact or a decision-maker) and
 * conference participations they are part of. One pass over interactions, candidacies and
 * participants; records whose conference is gone are left out rather than shown blank.
 */
export function contactInvolvement(ws: Readonly<Workspace>, contactId: string): ContactInvolvement {
  let lastInteraction: ContactInvolvement['lastInteraction'] = null;
  let nextStep: ContactInvolvement['nextStep'] = null;
  for (const interaction of Object.values(ws.interactions)) {
    if (!interaction.contactIds.includes(contactId)) continue;
    if (!lastInteraction || interaction.at > lastInteraction.at) lastInteraction = { id: interaction.id, at: interaction.at, kind: interaction.kind, subject: interaction.subject };
    const step = interaction.nextStep;
    if (step && !step.done && (!nextStep || step.due < nextStep.due)) nextStep = { text: step.text, due: step.due, interactionId: interaction.id };
  }
  const conferenceName = (id: string) => (Object.hasOwn(ws.conferences, id) ? (ws.conferences[id]?.name ?? null) : null);
  const candidacies = Object.values(ws.candidacies).flatMap((candidacy) => {
    const decides = candidacy.decisionMakerIds.includes(contactId);
    if (!decides && !candidacy.contactIds.includes(contactId)) return [];
    const conference = conferenceName(candidacy.conferenceId);
    if (conference === null) return [];
    const city = cityRef(ws, candidacy.cityId)?.label ?? '';
    // Dated by its newest event (a stage move, an offer line): updatedAt also moves with edits that
    // are no news (the sample's opening), and would put every candidacy at the top.
    const at = candidacy.events.reduce((newest, event) => (event.at > newest ? event.at : newest), '') || candidacy.updatedAt;
    return [{ id: candidacy.id, conferenceId: candidacy.conferenceId, conference, city, stage: candidacy.stage, decisionMaker: decides, at }];
  });
  const participations = Object.values(ws.participants).flatMap((participant) => {
    if (participant.contactId !== contactId) return [];
    const conference = conferenceName(participant.conferenceId);
    return conference === null ? [] : [{ id: participant.id, conferenceId: participant.conferenceId, conference, stage: participant.stage, at: participant.updatedAt }];
  });
  const newestFirst = (a: { at: string }, b: { at: string }) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);
  return { lastInteraction, nextStep, candidacies: candidacies.sort(newestFirst), participations: participations.sort(newestFirst) };
}
