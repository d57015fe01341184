import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authed } from '../../http/request.js';
import {
  CalendarYear,
  DeadlineQuery,
  DeadlineResult,
  PendingToggle,
  YearDecisionInput,
  YearParam,
} from './schemas.js';
import { getCalendarYear, previewDeadline, saveCalendarYear, setPendingHoliday } from './service.js';

const tags = ['Lịch làm việc, thời hạn'];

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/:year',
    {
      schema: {
        tags,
        summary: 'Ngày nghỉ, ngày làm bù của một năm',
        params: YearParam,
        response: { 200: CalendarYear },
      },
    },
    (req) => getCalendarYear(authed(req), req.params.year),
  );
  app.put(
    '/calendar/:year',
    {
      schema: {
        tags,
        summary: 'Nhập lịch nghỉ do Thủ tướng quyết định',
        params: YearParam,
        body: YearDecisionInput,
        response: { 200: CalendarYear },
      },
    },
    (req) => saveCalendarYear(authed(req), req.params.year, req.body),
  );
  app.put(
    '/calendar/pending/:key',
    {
      schema: {
        tags,
        summary: 'Bật/tắt ngày lễ chờ luật hóa',
        params: z.object({ key: z.string().max(10) }),
        body: PendingToggle,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await setPendingHoliday(authed(req), req.params.key, req.body.enabled);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/deadlines/preview',
    {
      schema: {
        tags,
        summary: 'Tính thời hạn theo quy định',
        querystring: DeadlineQuery,
        response: { 200: DeadlineResult },
      },
    },
    (req) =>
      previewDeadline(
        authed(req),
        req.query.rule,
        req.query.from,
        req.query.remote === 'true',
        req.query.complex === 'true',
      ),
  );
};
