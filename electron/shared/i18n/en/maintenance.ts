/** Upkeep the store does in the background (compaction), when it needs the user's attention. */
export const maintenance = {
  'maintenance.title': 'Saved changes could not be folded into the workspace file',
} as const;
