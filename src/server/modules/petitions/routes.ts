import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../http/problem.js';
import { authed } from '../../http/request.js';
import { readOneFile } from '../../http/upload.js';
import { IdParam } from '../org/schemas.js';
import {
  ActionBody,
  AppealBody,
  Petition,
  PetitionCreate,
  PetitionEvent,
  PetitionListQuery,
  PetitionPage,
  PetitionStats,
  PetitionStatsQuery,
  Sender,
  SplitBody,
  WorkQueue,
} from './schemas.js';
import { lodgeSecondComplaint } from './service/appeal.js';
import { addAttachment, listAttachments, openAttachment } from './service/attachments.js';
import { searchForwardTargets, searchRespondents } from './service/forward.js';
import { listHandlerCandidates } from './service/handlers.js';
import { createPetition } from './service/intake.js';
import {
  getPetition,
  listPetitionEvents,
  listPetitions,
  revealDenouncer,
  workQueue,
} from './service/queries.js';
import { splitPetition } from './service/split.js';
import { petitionStats } from './service/stats.js';
import { performAction } from './service/workflow.js';

const tags = ['Đơn thư'];
const Created = z.object({
  id: z.string(),
  trackingCode: z.string(),
  /** The sender's PIN, printed on his receipt: with the code it lets him rate the answer. Shown once. */
  pin: z.string().nullable(),
  /** The earlier petition this one joined, when the caller may see it. */
  duplicateOf: z.string().nullable(),
  /** Where a joined petition lies that the caller may not see: its unit's name only. */
  duplicateAt: z.string().nullable().optional(),
});

const Attachment = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  createdAt: z.string(),
});
const AttachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

const HandlerCandidate = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.string(),
  roleName: z.string(),
  unitName: z.string(),
});

export const petitionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/petitions/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Tệp đính kèm của đơn',
        params: IdParam,
        response: { 200: z.array(Attachment) },
      },
    },
    (req) => listAttachments(authed(req), req.params.id),
  );
  app.post(
    '/petitions/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Đính kèm tệp (PDF, JPG, PNG, DOCX; tối đa 5 MB)',
        description: 'multipart/form-data với trường file',
        params: IdParam,
        response: { 201: Attachment },
      },
    },
    async (req, reply) => {
      const ctx = authed(req);
      const { file } = await readOneFile(req);
      if (!file) throw problem.validation([{ path: 'file', message: 'Chưa chọn tệp' }]);
      return reply.code(201).send(await addAttachment(ctx, req.params.id, file));
    },
  );
  app.get(
    '/petitions/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Tải tệp đính kèm', params: AttachmentParams } },
    async (req, reply) => {
      const file = await openAttachment(authed(req), req.params.id, req.params.attachmentId);
      return reply
        .type(file.mime_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`)
        .send(Buffer.from(file.data));
    },
  );
  app.post(
    '/petitions/:id/appeal',
    {
      schema: {
        tags,
        summary: 'Khiếu nại lần hai',
        params: IdParam,
        body: AppealBody,
        response: { 201: Created },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await lodgeSecondComplaint(authed(req), req.params.id, req.body)),
  );
  app.post(
    '/petitions/:id/split',
    {
      schema: {
        tags,
        summary: 'Tách đơn có nhiều nội dung',
        params: IdParam,
        body: SplitBody,
        response: { 200: z.object({ petition: Petition, parts: z.array(z.string()) }) },
      },
    },
    (req) => splitPetition(authed(req), req.params.id, req.body),
  );
  app.get(
    '/petitions/forward-targets',
    {
      schema: {
        tags,
        summary: 'Tìm đơn vị nhận đơn chuyển đến',
        querystring: z.object({ q: z.string().trim().min(2).max(100) }),
        response: {
          200: z.array(
            z.object({ id: z.string(), name: z.string(), code: z.string(), provinceName: z.string() }),
          ),
        },
      },
    },
    (req) => searchForwardTargets(authed(req), req.query.q),
  );
  app.get(
    '/petitions/respondents',
    {
      schema: {
        tags,
        summary:
          'Tìm cơ quan, tổ chức bị khiếu nại, quản lý người bị tố cáo hoặc phụ trách nội dung kiến nghị',
        querystring: z.object({ q: z.string().trim().min(2).max(100) }),
        response: {
          200: z.array(
            z.object({ id: z.string(), name: z.string(), unitId: z.string(), unitName: z.string() }),
          ),
        },
      },
    },
    (req) => searchRespondents(authed(req), req.query.q),
  );
  app.get(
    '/petitions/:id/handlers',
    {
      schema: {
        tags,
        summary: 'Cán bộ có thể giao thụ lý đơn',
        params: IdParam,
        response: { 200: z.array(HandlerCandidate) },
      },
    },
    (req) => listHandlerCandidates(authed(req), req.params.id),
  );
  app.get(
    '/petitions',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn',
        querystring: PetitionListQuery,
        response: { 200: PetitionPage },
      },
    },
    (req) => listPetitions(authed(req), req.query),
  );
  app.get(
    '/petitions/work-queue',
    { schema: { tags, summary: 'Số đơn cần xử lý (trang chủ)', response: { 200: WorkQueue } } },
    (req) => workQueue(authed(req)),
  );
  app.get(
    '/petitions/stats',
    {
      schema: {
        tags,
        summary: 'Thống kê xử lý đơn',
        querystring: PetitionStatsQuery,
        response: { 200: PetitionStats },
      },
    },
    (req) => petitionStats(authed(req), req.query.unitId, req.query.from, req.query.to),
  );
  app.post(
    '/petitions',
    { schema: { tags, summary: 'Tiếp nhận đơn', body: PetitionCreate, response: { 201: Created } } },
    async (req, reply) => reply.code(201).send(await createPetition(authed(req), req.body)),
  );
  app.get(
    '/petitions/:id',
    { schema: { tags, summary: 'Chi tiết đơn', params: IdParam, response: { 200: Petition } } },
    (req) => getPetition(authed(req), req.params.id),
  );
  app.get(
    '/petitions/:id/events',
    {
      schema: {
        tags,
        summary: 'Quá trình xử lý đơn',
        params: IdParam,
        response: { 200: z.array(PetitionEvent) },
      },
    },
    (req) => listPetitionEvents(authed(req), req.params.id),
  );
  app.post(
    '/petitions/:id/actions',
    {
      schema: {
        tags,
        summary: 'Xử lý đơn theo quy trình',
        params: IdParam,
        body: ActionBody,
        response: { 200: Petition },
      },
    },
    (req) => performAction(authed(req), req.params.id, req.body),
  );
  app.get(
    '/petitions/:id/denouncer',
    {
      schema: {
        tags,
        summary: 'Thông tin người tố cáo (chỉ cán bộ thụ lý)',
        params: IdParam,
        response: { 200: Sender },
      },
    },
    (req) => revealDenouncer(authed(req), req.params.id),
  );
};
