import type { ParticipantStage } from './participantStages';

/**
 * When each step of recruitment must be reached, in days before the conference. The visa lead
 * time (settings.visaLeadDays) is how early a participant must hold the invitation letter to get a
 * Russian visa in time; the other steps are fixed margins around it: confirmed a month before the
 * letter, the visa in hand two weeks before the conference, travel booked one week before.
 */
export function recruitmentDeadlines(visaLeadDays: number): { stage: ParticipantStage; daysBefore: number }[] {
  return [
    { stage: 'confirmed', daysBefore: visaLeadDays + 30 },
    { stage: 'invitation-letter', daysBefore: visaLeadDays },
    { stage: 'visa', daysBefore: 14 },
    { stage: 'travel-booked', daysBefore: 7 },
  ];
}
