import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type FieldError, Problem, problem } from './problem.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

function fieldOf(instancePath: string, params: unknown): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  // Unknown keys are reported on the parent: name the key itself, so the form can point at it.
  const keys = (params as { keys?: string[] } | undefined)?.keys;
  if (keys?.length) return path ? `${path}.${keys[0]}` : (keys[0] ?? path);
  return path;
}

/** One place writes every error: problem+json for the user's mistakes, a bare 500 for ours. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    let p: Problem;
    if (err instanceof Problem) p = err;
    else if (hasZodFastifySchemaValidationErrors(err)) {
      const errors: FieldError[] = err.validation.map((v) => ({
        path: fieldOf(v.instancePath, v.params),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      p = problem.validation(errors, `Lỗi ở phần ${err.validationContext ?? 'body'} của yêu cầu`);
    } else if (err.statusCode === 429) {
      p = new Problem(429, '/problems/rate-limited', 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút');
    } else if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      p = problem.validation([], 'Nội dung yêu cầu không phải JSON hợp lệ');
    } else if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      p = new Problem(415, '/problems/unsupported-media-type', 'Định dạng nội dung không được hỗ trợ');
    } else if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.code === 'FST_REQ_FILE_TOO_LARGE') {
      p = new Problem(413, '/problems/too-large', 'Tệp hoặc nội dung gửi lên quá lớn');
    } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      p = new Problem(err.statusCode, '/problems/bad-request', 'Yêu cầu không hợp lệ', [], err.message);
    } else {
      req.log.error({ err, reqId: req.id }, 'unhandled error');
      return reply
        .code(500)
        .type(PROBLEM_JSON)
        .send({
          type: '/problems/internal',
          title: 'Lỗi hệ thống, vui lòng thử lại sau',
          status: 500,
          detail: `Mã yêu cầu: ${req.id}`,
        });
    }
    if (p.retryAfter) reply.header('retry-after', String(p.retryAfter));
    return reply.code(p.status).type(PROBLEM_JSON).send(p.toJSON());
  });
  app.setNotFoundHandler((req, reply) => {
    const p = problem.notFound('Địa chỉ');
    reply
      .code(404)
      .type(PROBLEM_JSON)
      .send({ ...p.toJSON(), detail: `${req.method} ${req.url}` });
  });
}
