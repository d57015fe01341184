import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authed } from '../../http/request.js';
import { AuditPage, AuditQuery, AuditVerifyResult } from './schemas.js';
import { listAuditEntries, verifyAudit } from './service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['Nhật ký'],
        summary: 'Nhật ký hệ thống',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    (req) => listAuditEntries(authed(req), req.query),
  );
  app.get(
    '/audit/verify',
    { schema: { tags: ['Nhật ký'], summary: 'Kiểm tra chuỗi băm', response: { 200: AuditVerifyResult } } },
    (req) => verifyAudit(authed(req)),
  );
};
