import { z } from 'zod';
import { deadlineRules } from '../../../domain/legal-rules.js';
import { calendarDate } from '../org/schemas.js';

export const YearParam = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

const DayOff = z.object({ date: calendarDate(), name: z.string().trim().min(2).max(200) });

export const YearDecisionInput = z.object({
  daysOff: z.array(DayOff).max(60),
  workingDays: z.array(calendarDate()).max(20),
  basis: z.string().trim().min(5, { error: 'Ghi rõ văn bản quyết định (số, ngày)' }).max(500),
});
export type YearDecisionInput = z.infer<typeof YearDecisionInput>;

export const PendingToggle = z.object({ enabled: z.boolean() });

export const CalendarYear = z.object({
  year: z.number(),
  source: z.enum(['admin', 'shipped', 'computed']),
  basis: z.string(),
  daysOff: z.array(z.object({ date: z.string(), name: z.string(), weekday: z.number() })),
  workingDays: z.array(z.string()),
  pendingHolidays: z.array(
    z.object({ key: z.string(), name: z.string(), basis: z.string(), enabled: z.boolean() }),
  ),
});

const ruleIds = Object.keys(deadlineRules) as [keyof typeof deadlineRules, ...(keyof typeof deadlineRules)[]];
export const DeadlineQuery = z.object({
  rule: z.enum(ruleIds),
  from: calendarDate(),
  remote: z.enum(['true', 'false']).default('false'),
  complex: z.enum(['true', 'false']).default('false'),
});

export const DeadlineResult = z.object({
  ruleId: z.string(),
  title: z.string(),
  dueOn: z.string(),
  days: z.number(),
  dayCount: z.enum(['calendar', 'working']),
  basis: z.string(),
  verified: z.boolean(),
  daysOffSkipped: z.array(z.object({ date: z.string(), reason: z.string() })),
});
