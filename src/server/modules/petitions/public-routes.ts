import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { PublicPetitionCreate, PublicStatus, RatingBody } from './schemas.js';
import {
  myPetitions,
  publicStatus,
  ratePetition,
  searchPublicUnits,
  submitPublicPetition,
} from './service/public.js';
import { stagedFilesOf, streamedSubmission } from './upload.js';

const publicTags = ['Cổng công dân'];
const CodeParam = z.object({ code: z.string().trim().toUpperCase().max(40) });

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
