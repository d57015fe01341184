import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authed } from '../../http/request.js';
import { IdParam } from '../org/schemas.js';
import {
  Citizen,
  Compliance,
  Matter,
  MatterQuery,
  ReceptionStats,
  Rule,
  RuleCreate,
  Session,
  SessionCreate,
  SessionHeld,
  SessionQuery,
  StatsQuery,
  Visit,
  VisitCreate,
  VisitPage,
  VisitQuery,
} from './schemas.js';
import { revealVisitCitizens } from './secrecy.js';
import { createVisit, getVisit, listMatters, listVisits, receptionStats } from './service.js';
import { compliance, createRule, listRules, listSessions, markSessionHeld, planSession } from './sessions.js';

const tags = ['Tiếp công dân'];

export const receptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reception/visits',
    { schema: { tags, summary: 'Sổ tiếp công dân', querystring: VisitQuery, response: { 200: VisitPage } } },
    (req) => listVisits(authed(req), req.query),
  );
  app.post(
    '/reception/visits',
    { schema: { tags, summary: 'Ghi lượt tiếp công dân', body: VisitCreate, response: { 201: Visit } } },
    async (req, reply) => reply.code(201).send(await createVisit(authed(req), req.body)),
  );
  app.get(
    '/reception/visits/:id',
    {
      schema: { tags, summary: 'Chi tiết lượt tiếp, phiếu tiếp', params: IdParam, response: { 200: Visit } },
    },
    (req) => getVisit(authed(req), req.params.id),
  );
  app.get(
    '/reception/visits/:id/citizens',
    {
      schema: {
        tags,
        summary: 'Thông tin người tố cáo của lượt tiếp (chỉ cán bộ thụ lý đơn tố cáo; có ghi nhật ký)',
        params: IdParam,
        response: { 200: z.array(Citizen) },
      },
    },
    (req) => revealVisitCitizens(authed(req), req.params.id),
  );
  app.get(
    '/reception/matters',
    {
      schema: {
        tags,
        summary: 'Tìm vụ việc công dân đã đến trình bày (theo số CCCD hoặc nội dung)',
        querystring: MatterQuery,
        response: { 200: z.array(Matter) },
      },
    },
    (req) => listMatters(authed(req), req.query),
  );
  app.get(
    '/reception/stats',
    {
      schema: {
        tags,
        summary: 'Thống kê tiếp công dân',
        querystring: StatsQuery,
        response: { 200: ReceptionStats },
      },
    },
    (req) => receptionStats(authed(req), req.query.unitId, req.query.from, req.query.to),
  );
  app.get(
    '/reception/rules',
    {
      schema: {
        tags,
        summary: 'Lịch tiếp định kỳ của lãnh đạo',
        querystring: z.object({ unitId: z.uuid().optional() }),
        response: { 200: z.array(Rule) },
      },
    },
    (req) => listRules(authed(req), req.query.unitId),
  );
  app.post(
    '/reception/rules',
    { schema: { tags, summary: 'Thêm quy định tiếp định kỳ', body: RuleCreate, response: { 201: Rule } } },
    async (req, reply) => reply.code(201).send(await createRule(authed(req), req.body)),
  );
  app.get(
    '/reception/sessions',
    {
      schema: {
        tags,
        summary: 'Các buổi tiếp định kỳ',
        querystring: SessionQuery,
        response: { 200: z.array(Session) },
      },
    },
    (req) => listSessions(authed(req), req.query.unitId, req.query.from, req.query.to),
  );
  app.post(
    '/reception/sessions',
    { schema: { tags, summary: 'Lên lịch buổi tiếp', body: SessionCreate, response: { 201: Session } } },
    async (req, reply) => reply.code(201).send(await planSession(authed(req), req.body)),
  );
  app.post(
    '/reception/sessions/:id/held',
    {
      schema: {
        tags,
        summary: 'Ghi nhận buổi tiếp đã diễn ra',
        params: IdParam,
        body: SessionHeld,
        response: { 200: Session },
      },
    },
    (req) => markSessionHeld(authed(req), req.params.id, req.body),
  );
  app.get(
    '/reception/compliance',
    {
      schema: {
        tags,
        summary: 'Lãnh đạo tiếp dưới mức tối thiểu',
        querystring: SessionQuery,
        response: { 200: Compliance },
      },
    },
    (req) => compliance(authed(req), req.query.unitId, req.query.from, req.query.to),
  );
};
