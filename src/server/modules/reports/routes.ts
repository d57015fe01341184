import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authed } from '../../http/request.js';
import { calendarDate } from '../org/schemas.js';
import { petitionReport, receptionReport } from './service.js';

const tags = ['Báo cáo'];
const ReportQuery = z.object({ unitId: z.uuid(), from: calendarDate(), to: calendarDate() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/reception.xlsx',
    { schema: { tags, summary: 'Biểu 01/TCD: tổng hợp tiếp công dân (Excel)', querystring: ReportQuery } },
    async (req, reply) => {
      const file = await receptionReport(authed(req), req.query.unitId, req.query.from, req.query.to);
      const name = `01-TCD_${req.query.from}_${req.query.to}.xlsx`;
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${name}"`).send(file);
    },
  );
  app.get(
    '/reports/petitions.xlsx',
    { schema: { tags, summary: 'Biểu 02/XLD: tổng hợp xử lý đơn (Excel)', querystring: ReportQuery } },
    async (req, reply) => {
      const file = await petitionReport(authed(req), req.query.unitId, req.query.from, req.query.to);
      const name = `02-XLD_${req.query.from}_${req.query.to}.xlsx`;
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${name}"`).send(file);
    },
  );
};
