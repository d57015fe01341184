import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../http/problem.js';
import { authed } from '../../http/request.js';
import { IdParam } from '../org/schemas.js';

const Notification = z.object({
  id: z.string(),
  petitionId: z.string(),
  kind: z.enum(['due_soon', 'overdue', 'escalated', 'forwarded']),
  dueOn: z.string(),
  message: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});

/** The signed-in user's own reminders: a user reads only the rows addressed to him. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['Nhắc việc'],
        summary: 'Nhắc hạn, cảnh báo quá hạn của tôi',
        response: { 200: z.array(Notification) },
      },
    },
    async (req) => {
      const ctx = authed(req);
      const rows = await ctx.db
        .selectFrom('notification')
        .selectAll()
        .where('user_id', '=', ctx.scope.userId)
        .orderBy('read_at', (ob) => ob.nullsFirst())
        .orderBy('created_at', 'desc')
        .limit(100)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        petitionId: r.petition_id,
        kind: r.kind,
        dueOn: r.due_on,
        message: r.message,
        createdAt: new Date(r.created_at).toISOString(),
        read: r.read_at !== null,
      }));
    },
  );
  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['Nhắc việc'],
        summary: 'Đánh dấu đã đọc',
        params: IdParam,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const ctx = authed(req);
      const res = await ctx.db
        .updateTable('notification')
        .set({ read_at: new Date() })
        .where('id', '=', req.params.id)
        .where('user_id', '=', ctx.scope.userId)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 0) throw problem.notFound('Thông báo');
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['Nhắc việc'],
        summary: 'Đánh dấu đã đọc tất cả nhắc việc của tôi',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const ctx = authed(req);
      await ctx.db
        .updateTable('notification')
        .set({ read_at: new Date() })
        .where('user_id', '=', ctx.scope.userId)
        .where('read_at', 'is', null)
        .execute();
      return reply.code(204).send(null);
    },
  );
};
