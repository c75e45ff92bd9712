// Every query about reports sits under one key, so that a change to a report refreshes its
// page, the list, the history and (another part of this feature) the regional overview.
export const REPORTS_KEY = ['reports'] as const;
export const REPORT_LIST_KEY = [...REPORTS_KEY, 'list'] as const;
export const reportKey = (id: string) => [...REPORTS_KEY, 'detail', id] as const;
