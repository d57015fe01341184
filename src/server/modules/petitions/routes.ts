import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
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
  PublicPetitionCreate,
  PublicStatus,
  RatingBody,
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
  myPetitions,
  publicStatus,
  ratePetition,
  searchPublicUnits,
  submitPublicPetition,
} from './service/public.js';
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
import { stagedFilesOf, streamedSubmission } from './upload.js';

const tags = ['Đơn thư'];
const publicTags = ['Cổng công dân'];
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
const CodeParam = z.object({ code: z.string().trim().toUpperCase().max(40) });

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

/** The citizens' side: no account needed, rate-limited per address. */
export function publicPetitionRoutes(config: Config): FastifyPluginAsyncZod {
  const rateLimit = { max: config.PUBLIC_RATE_LIMIT, timeWindow: '1 minute' };
  return async (app) => {
    app.post(
      '/public/petitions',
      {
        schema: {
          tags: publicTags,
          summary: 'Công dân gửi kiến nghị, phản ánh, khiếu nại, tố cáo',
          description: [
            'Không kèm tệp: thân JSON như dưới đây.',
            'Kèm tệp: multipart/form-data, trường `petition` chứa JSON như dưới đây và tối đa 3 trường `files`',
            '(PDF, JPG, PNG, DOCX; mỗi tệp tối đa 5 MB). Tệp lỗi được nêu tên từng tệp và không ghi gì.',
            'Khi đang nhận quá nhiều tệp cùng lúc: 503 kèm Retry-After.',
            'Gửi kèm header Idempotency-Key để gửi lại an toàn khi mất kết nối; cùng khóa với nội dung khác: 422.',
          ].join(' '),
          consumes: ['application/json', 'multipart/form-data'],
          body: PublicPetitionCreate,
          headers: z.object({ 'idempotency-key': z.string().min(8).max(100).optional() }).passthrough(),
          response: {
            201: z.object({ trackingCode: z.string(), pin: z.string() }),
            200: z.object({ trackingCode: z.string(), pin: z.string() }),
          },
        },
        // Counted on the request's arrival, before a byte of its files is read (the default, preHandler,
        // would stream the files of a sender already over his limit).
        config: { rateLimit: { ...rateLimit, hook: 'onRequest' } },
        // Files come streamed as multipart parts; a JSON body is only the petition.
        preValidation: streamedSubmission({
          slots: config.PUBLIC_UPLOAD_SLOTS,
          queue: config.PUBLIC_UPLOAD_QUEUE,
          waitSeconds: config.PUBLIC_UPLOAD_WAIT_SECONDS,
        }),
      },
      async (req, reply) => {
        const r = await submitPublicPetition(
          req.ctx,
          req.body,
          stagedFilesOf(req),
          req.headers['idempotency-key'],
        );
        return reply.code(r.replayed ? 200 : 201).send(r.body);
      },
    );
    app.get(
      '/public/my-petitions',
      {
        schema: {
          tags: publicTags,
          summary: 'Đơn tôi đã gửi (công dân đã đăng nhập)',
          response: {
            200: z.array(PublicStatus.omit({ resultSummary: true, timeline: true, decisionPeriods: true })),
          },
        },
      },
      (req) => myPetitions(req.ctx),
    );
    app.get(
      '/public/units',
      {
        schema: {
          tags: publicTags,
          summary: 'Tìm xã, phường để gửi đơn',
          querystring: z.object({ q: z.string().trim().min(2).max(100) }),
          response: {
            200: z.array(
              z.object({ id: z.string(), name: z.string(), code: z.string(), provinceName: z.string() }),
            ),
          },
        },
        config: { rateLimit },
      },
      (req) => searchPublicUnits(req.ctx, req.query.q),
    );
    app.get(
      '/public/petitions/:code',
      {
        schema: {
          tags: publicTags,
          summary: 'Tra cứu tình trạng đơn theo mã',
          params: CodeParam,
          response: { 200: PublicStatus },
        },
        config: { rateLimit },
      },
      (req) => publicStatus(req.ctx, req.params.code),
    );
    app.post(
      '/public/petitions/:code/rating',
      {
        schema: {
          tags: publicTags,
          summary: 'Đánh giá kết quả giải quyết',
          params: CodeParam,
          body: RatingBody,
          response: { 200: PublicStatus },
        },
        config: { rateLimit },
      },
      (req) => ratePetition(req.ctx, req.params.code, req.body),
    );
  };
}
