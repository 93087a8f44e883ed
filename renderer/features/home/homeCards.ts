import type { ComponentType } from 'react';
import { GettingStartedCard } from './GettingStartedCard';
import { WorkspaceCard } from './WorkspaceCard';
import { FollowUpsCard } from '../interactions/FollowUpsCard';
import { BirthdaysCard } from '../contacts/BirthdaysCard';
import { SilentPartnershipsCard } from '../places/SilentPartnershipsCard';
import { NextStepsCard } from '../negotiations/NextStepsCard';
import { TimelineAttentionCard } from '../timelines/TimelineAttentionCard';
import { SpeakerRepliesCard } from '../program/SpeakerRepliesCard';
import { SyncConflictsCard } from '../sync/SyncConflictsCard';

/** A card on the home screen; a card renders nothing when it has nothing to say. */
export interface HomeCard {
  id: string;
  component: ComponentType;
}

/** The home screen's registry: features (overdue follow-ups, next steps) append their card here. */
export const homeCards: readonly HomeCard[] = [
  { id: 'getting-started', component: GettingStartedCard },
  { id: 'workspace', component: WorkspaceCard },
  { id: 'sync-conflicts', component: SyncConflictsCard },
  { id: 'birthdays', component: BirthdaysCard },
  { id: 'follow-ups', component: FollowUpsCard },
  { id: 'silent-partnerships', component: SilentPartnershipsCard },
  { id: 'negotiation-next-steps', component: NextStepsCard },
  { id: 'timelines', component: TimelineAttentionCard },
  { id: 'speaker-replies', component: SpeakerRepliesCard },
];
