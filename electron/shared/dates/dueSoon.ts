/**
 * Home's one horizon for what is coming up: negotiation next steps, conference milestones and
 * tasks all show from today through this many days ahead. With a horizon per kind, Home showed a
 * task due in 7 days and hid a negotiation step due in 13, and the representative could not tell
 * what "coming up" meant.
 */
export const DUE_SOON_DAYS = 14;
