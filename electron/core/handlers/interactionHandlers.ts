import { birthdaysSoon } from '../queries/birthdaysSoon';
import { followUpsDue } from '../queries/followUps';
import { interactionLinkOptions, interactionsFor } from '../queries/interactionRows';
import type { WorkspaceService } from '../workspace/WorkspaceService';
import type { HandlersOf } from './HandlersOf';

export function interactionHandlers(service: WorkspaceService): HandlersOf<'interactions:list' | 'interactions:options' | 'followUps:due' | 'birthdays:soon'> {
  return {
    'interactions:list': (target) => interactionsFor(service.store.state, target),
    'interactions:options': () => interactionLinkOptions(service.store.state),
    'followUps:due': ({ limit }) => followUpsDue(service.store.state, service.now(), limit, service.withFollowUp.contacts()),
    'birthdays:soon': ({ days, limit }) => birthdaysSoon(service.store.state, service.now(), days, limit),
  };
}
