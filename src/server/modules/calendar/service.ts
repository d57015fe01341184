import { createCalendar, type WorkingCalendar } from '../../../domain/calendar.js';
import { addDays, type IsoDate, weekday } from '../../../domain/dates.js';
import { culturalDay, decidedYears } from '../../../domain/holidays-vn.js';
import { computeDeadline, type DeadlineRuleId, deadlineRules } from '../../../domain/legal-rules.js';
import { hasPermission } from '../../auth/scope.js';
import type { AuthedCtx, Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { recordAudit } from '../audit/service.js';
import * as repo from './repo.js';
import type { YearDecisionInput } from './schemas.js';

const pendingKey = (p: { month: number; day: number }) => `calendar.pending.${p.month}-${p.day}`;

/** The calendar in force: stored years over the shipped decisions, then the computed statutory days. */
export async function loadCalendar(db: Db): Promise<WorkingCalendar> {
  return createCalendar(await loadSettings(db));
}

/**
 * The calendar for one request, read from the database at most once however many steps need it. Each
 * request starts afresh, so an edit shows in the next request on every server process; the editing
 * request drops its own copy. `db` is the transaction when called inside one: PGlite has one connection,
 * and a read on `ctx.db` would wait for the transaction that waits for it.
 */
export function calendarFor(ctx: Pick<Ctx, 'memo'>, db: Db): Promise<WorkingCalendar> {
  const known = ctx.memo.calendar;
  if (known) return known;
  const loading = loadCalendar(db);
  ctx.memo.calendar = loading;
  // A failed read (its transaction aborted) is not kept: the next step reads again.
  loading.catch(() => {
    if (ctx.memo.calendar === loading) ctx.memo.calendar = undefined;
  });
  return loading;
}

async function loadSettings(db: Db) {
  const stored = await repo.listYears(db);
  const decisions = [
    ...decidedYears.filter((d) => !stored.some((s) => s.year === d.year)),
    ...stored.map((s) => ({ ...s })),
  ];
  const enabled = (await repo.readSetting<boolean>(db, pendingKey(culturalDay))) ?? culturalDay.enabled;
  return { decisions, pendingHolidays: [{ ...culturalDay, enabled }], stored };
}

export async function getCalendarYear(ctx: AuthedCtx, year: number) {
  const settings = await loadSettings(ctx.db);
  const cal = createCalendar(settings);
  const decision = settings.decisions.find((d) => d.year === year);
  const source = settings.stored.some((s) => s.year === year) ? 'admin' : decision ? 'shipped' : 'computed';
  return {
    year,
    source,
    basis:
      decision?.basis ??
      'Tính theo Bộ luật Lao động 2019, Điều 111 khoản 3 và Điều 112 (chưa có quyết định của năm)',
    daysOff: cal.holidaysOf(year).map((d) => ({ ...d, weekday: weekday(d.date) })),
    workingDays: decision?.workingDays ?? [],
    pendingHolidays: settings.pendingHolidays.map((p) => ({
      key: `${p.month}-${p.day}`,
      name: p.name,
      basis: p.basis,
      enabled: p.enabled,
    })),
  } as const;
}

/** The country root: national settings are audited in its chain, so a national auditor sees them. */
async function nationalPlace(db: Db) {
  const root = await db
    .selectFrom('admin_unit')
    .select(['province_id', 'path'])
    .where('parent_id', 'is', null)
    .orderBy('seq')
    .executeTakeFirst();
  if (!root) throw problem.notFound('Đơn vị gốc');
  return { provinceId: root.province_id, unitPath: root.path };
}

export async function saveCalendarYear(ctx: AuthedCtx, year: number, input: YearDecisionInput) {
  if (!hasPermission(ctx.scope, 'calendar.write')) throw problem.forbidden();
  const outside = [
    ...input.daysOff.map((d, i) => ({ date: d.date, path: `daysOff.${i}.date` })),
    ...input.workingDays.map((date, i) => ({ date, path: `workingDays.${i}` })),
  ].filter((d) => !d.date.startsWith(`${year}-`));
  if (outside.length)
    throw problem.validation(outside.map((d) => ({ path: d.path, message: `Ngày phải thuộc năm ${year}` })));
  const offDates = new Set(input.daysOff.map((o) => o.date));
  const clash = input.workingDays.findIndex((d) => offDates.has(d));
  if (clash >= 0)
    throw problem.validation([{ path: `workingDays.${clash}`, message: 'Ngày làm bù trùng với ngày nghỉ' }]);
  const before = await getCalendarYear(ctx, year);
  const place = await nationalPlace(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.saveYear(trx, { year, ...input }, ctx.scope.userId);
    await recordAudit(trx, ctx, place, {
      action: 'update',
      entity: 'calendar_year',
      entityId: String(year),
      summary: `Cập nhật lịch nghỉ năm ${year}: ${input.basis}`,
      before: { daysOff: before.daysOff, workingDays: before.workingDays },
      after: input,
    });
  });
  ctx.memo.calendar = undefined;
  return getCalendarYear(ctx, year);
}

export async function setPendingHoliday(ctx: AuthedCtx, key: string, enabled: boolean) {
  if (!hasPermission(ctx.scope, 'calendar.write')) throw problem.forbidden();
  if (key !== `${culturalDay.month}-${culturalDay.day}`) throw problem.notFound('Ngày lễ chờ áp dụng');
  const place = await nationalPlace(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.writeSetting(trx, pendingKey(culturalDay), enabled, ctx.scope.userId);
    await recordAudit(trx, ctx, place, {
      action: enabled ? 'enable' : 'disable',
      entity: 'calendar_setting',
      entityId: key,
      summary: `${enabled ? 'Áp dụng' : 'Bỏ áp dụng'} ngày nghỉ ${culturalDay.name} (24/11)`,
    });
  });
  ctx.memo.calendar = undefined;
}

/** What a deadline would be, with the days off it stepped over: the calculator of the calendar page. */
export async function previewDeadline(
  ctx: AuthedCtx,
  ruleId: DeadlineRuleId,
  from: IsoDate,
  remote: boolean,
  complex: boolean,
) {
  const cal = await loadCalendar(ctx.db);
  const d = computeDeadline(ruleId, from, { remote, complex }, cal);
  const skipped: { date: string; reason: string }[] = [];
  for (let day = addDays(from, 1); day <= d.dueOn; day = addDays(day, 1)) {
    const reason = cal.dayOffReason(day);
    if (reason && reason !== 'Ngày nghỉ hằng tuần') skipped.push({ date: day, reason });
  }
  return { ...d, title: deadlineRules[ruleId].title, daysOffSkipped: skipped };
}
