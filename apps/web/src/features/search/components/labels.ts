import type { SearchType } from '@egcc/contracts';

/** Each kind of thing found, in the singular (a result's label) and the plural (a count). */
export const SEARCH_TYPE_LABELS: Record<SearchType, { one: string; many: string }> = {
  REPORT: { one: 'Report section', many: 'Report sections' },
  THREAD: { one: 'Thread', many: 'Threads' },
  POST: { one: 'Post', many: 'Posts' },
  MEETING: { one: 'Meeting', many: 'Meetings' },
  AGENDA: { one: 'Agenda item', many: 'Agenda items' },
  MINUTES: { one: 'Minutes', many: 'Minutes' },
  DECISION: { one: 'Decision', many: 'Decisions' },
  ACTION_ITEM: { one: 'Action item', many: 'Action items' },
  MEMBER: { one: 'Member', many: 'Members' },
};

const numberFormat = new Intl.NumberFormat('en-GB');

/** "12", "1,000+" for a count that reached the cap. */
export const countText = (count: number, capped: boolean) =>
  `${numberFormat.format(count)}${capped ? '+' : ''}`;
