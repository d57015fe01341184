import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeadlineRuleId } from '../../../domain/legal-rules';
import { api } from '../../api/client';

export type CalendarSource = 'admin' | 'shipped' | 'computed';

export interface CalendarDayOff {
  date: string;
  name: string;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export interface PendingHoliday {
  key: string;
  name: string;
  basis: string;
  enabled: boolean;
}

export interface CalendarYear {
  year: number;
  source: CalendarSource;
  basis: string;
  daysOff: CalendarDayOff[];
  /** Saturdays (or other weekend days) worked in exchange for a bridge day off. */
  workingDays: string[];
  pendingHolidays: PendingHoliday[];
}

export interface YearDecisionInput {
  daysOff: { date: string; name: string }[];
  workingDays: string[];
  basis: string;
}

export interface DeadlineQuery {
  rule: DeadlineRuleId;
  from: string;
  remote: boolean;
  complex: boolean;
}

export interface DeadlinePreview {
  ruleId: DeadlineRuleId;
  title: string;
  dueOn: string;
  days: number;
  dayCount: 'calendar' | 'working';
  basis: string;
  verified: boolean;
  daysOffSkipped: { date: string; reason: string }[];
}

export const calendarKeys = {
  all: ['calendar'] as const,
  year: (year: number) => ['calendar', 'year', year] as const,
  deadline: (query: DeadlineQuery) => ['calendar', 'deadline', query] as const,
};

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api<CalendarYear>(`/api/calendar/${year}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Deadlines depend on the calendar, so a change of either refreshes the whole 'calendar' family. */
function useInvalidateCalendar() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useSaveCalendarYear() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: YearDecisionInput }) =>
      api<CalendarYear>(`/api/calendar/${year}`, { method: 'PUT', body: input }),
    onSuccess: invalidate,
  });
}

export function useTogglePendingHoliday() {
  const invalidate = useInvalidateCalendar();
  return useMutation({
    mutationFn: ({ key, enabled }: { key: string; enabled: boolean }) =>
      api<void>(`/api/calendar/pending/${encodeURIComponent(key)}`, { method: 'PUT', body: { enabled } }),
    onSuccess: invalidate,
  });
}

export function useDeadlinePreview(query: DeadlineQuery | null) {
  return useQuery({
    queryKey: calendarKeys.deadline(
      query ?? { rule: 'petition_handling', from: '', remote: false, complex: false },
    ),
    queryFn: ({ signal }) =>
      api<DeadlinePreview>('/api/deadlines/preview', {
        query: query ? { ...query } : undefined,
        signal,
      }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
