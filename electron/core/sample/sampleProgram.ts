import type { CommandOf } from '../../shared/commands/commandSchemas';
import type { SampleClock } from './SampleClock';
import type { SampleText } from './sampleText';

type SampleProgram = NonNullable<CommandOf<'sample.open'>['programItems']>;
type ProgramData = SampleProgram[number]['data'];

/**
 * The summit's draft program, proposed item by item by both organisations while the date is still
 * a range (so it sits on Day 1 and Day 2): some agreed, one speaker (Jordan) invited and silent
 * past the reply date, so Home has an overdue reply to show.
 */
export function sampleProgram(conferenceId: string, by: { sci: string; urc: string }, anna: string, jordan: string, clock: SampleClock, newId: () => string, text: SampleText): SampleProgram {
  const { mainHall, room2, topics } = text.program;
  const item = (fields: Partial<ProgramData> & Pick<ProgramData, 'titleEn' | 'titleRu'>): SampleProgram[number] => ({
    id: newId(),
    data: {
      conferenceId,
      descriptionEn: '',
      descriptionRu: '',
      kind: 'panel',
      topics: [],
      day: null,
      start: null,
      minutes: 60,
      place: '',
      speakerIds: [],
      moderatorIds: [],
      invitations: {},
      proposedById: null,
      status: 'proposed',
      statusReason: '',
      notes: '',
      ...fields,
    },
  });
  return [
    item({
      titleEn: 'How cities can work together to identify common challenges',
      titleRu: 'Как городам вместе выявлять общие проблемы',
      kind: 'plenary',
      topics: [topics.challenges],
      day: 1,
      start: 10 * 60,
      minutes: 90,
      place: mainHall,
      speakerIds: [anna],
      invitations: { [anna]: { status: 'accepted', reason: '', invitedOn: clock.day(-40), replyBy: clock.day(-26) } },
      proposedById: by.sci,
      status: 'agreed',
    }),
    item({
      titleEn: 'Agriculture on the great rivers',
      titleRu: 'Сельское хозяйство на великих реках',
      topics: [topics.agriculture],
      day: 1,
      start: 14 * 60,
      minutes: 90,
      place: mainHall,
      speakerIds: [jordan],
      invitations: { [jordan]: { status: 'invited', reason: '', invitedOn: clock.day(-21), replyBy: clock.day(-7) } },
      proposedById: by.urc,
      status: 'proposed',
    }),
    item({
      titleEn: 'Youth exchanges between partner cities',
      titleRu: 'Молодёжные обмены городов-побратимов',
      kind: 'roundtable',
      topics: [topics.youth],
      day: 2,
      start: 10 * 60,
      place: room2,
      moderatorIds: [anna],
      proposedById: by.urc,
      status: 'idea',
    }),
    item({
      titleEn: 'Signing of partnership agreements',
      titleRu: 'Подписание соглашений о партнёрстве',
      kind: 'signing',
      day: 2,
      start: 16 * 60,
      minutes: 45,
      place: mainHall,
      proposedById: by.sci,
      status: 'agreed',
    }),
    item({
      titleEn: 'Visit to a farm cooperative',
      titleRu: 'Поездка в сельскохозяйственный кооператив',
      kind: 'site-visit',
      topics: [topics.agriculture],
      minutes: 180,
      proposedById: by.urc,
      status: 'proposed',
    }),
  ];
}
