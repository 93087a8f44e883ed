import type { CommandInput } from '../../../electron/shared/commands/commandSchemas';
import type { TimelineItem } from '../../../electron/shared/contracts/timelineChannels';

export interface ItemValues {
  kind: TimelineItem['kind'];
  conferenceId: string;
  title: string;
  schedule: TimelineItem['schedule'];
  ownerId: string | null;
  status: TimelineItem['status'];
  dependsOnIds: string[];
  notes: string;
  milestoneId: string | null;
}

export function valuesOf(item: TimelineItem, conferenceId: string): ItemValues {
  return {
    kind: item.kind,
    conferenceId: item.conferenceId ?? conferenceId,
    title: item.title,
    schedule: item.schedule,
    ownerId: item.owner?.id ?? null,
    status: item.status,
    dependsOnIds: item.dependsOnIds,
    notes: item.notes,
    milestoneId: item.milestoneId,
  };
}

/**
 * The create or update command for a milestone or task. Updates carry every field the form
 * knows; fields other features add to a task (its candidacy) are left as stored.
 */
export function itemCommand(values: ItemValues, id: string, mode: 'create' | 'update'): CommandInput {
  const at = new Date().toISOString();
  const common = { title: values.title, ownerId: values.ownerId, status: values.status, dependsOnIds: values.dependsOnIds, notes: values.notes };
  if (values.kind === 'milestone') {
    const schedule = values.schedule ?? { kind: 'relative' as const, daysBefore: 0 };
    return { type: mode === 'create' ? 'milestone.create' : 'milestone.update', at, id, data: { ...common, conferenceId: values.conferenceId, schedule } };
  }
  return { type: mode === 'create' ? 'task.create' : 'task.update', at, id, data: { ...common, conferenceId: values.conferenceId, milestoneId: values.milestoneId, schedule: values.schedule } };
}
