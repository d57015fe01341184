import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { problemOfDatabaseError } from './database-errors.js';
import { type FieldError, Problem, problem } from './problem.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** Fastify's and its plugins' own 4xx answers, each with a stable type and a Vietnamese title. */
const FRAMEWORK_PROBLEMS: Record<number, [type: string, title: string]> = {
  400: ['/problems/bad-request', 'Yêu cầu không hợp lệ'],
  404: ['/problems/not-found', 'Địa chỉ không tồn tại'],
  405: ['/problems/method-not-allowed', 'Phương thức không được hỗ trợ'],
  406: ['/problems/not-acceptable', 'Định dạng yêu cầu không được chấp nhận'],
  408: ['/problems/timeout', 'Yêu cầu quá thời gian chờ'],
  413: ['/problems/too-large', 'Tệp hoặc nội dung gửi lên quá lớn'],
  414: ['/problems/uri-too-long', 'Địa chỉ yêu cầu quá dài'],
  415: ['/problems/unsupported-media-type', 'Định dạng nội dung không được hỗ trợ'],
  429: ['/problems/rate-limited', 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút'],
  431: ['/problems/headers-too-large', 'Phần đầu yêu cầu quá lớn'],
};

function fieldOf(instancePath: string, params: unknown): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  // Unknown keys are reported on the parent: name the key itself, so the form can point at it.
  const keys = (params as { keys?: string[] } | undefined)?.keys;
  if (keys?.length) return path ? `${path}.${keys[0]}` : (keys[0] ?? path);
  return path;
}

/** The user's mistake as a Problem; null for an error of ours. */
function problemOf(err: FastifyError): Problem | null {
  if (err instanceof Problem) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors: FieldError[] = err.validation.map((v) => ({
      path: fieldOf(v.instancePath, v.params),
      message: v.message ?? 'Giá trị không hợp lệ',
    }));
    return problem.validation(errors, `Lỗi ở phần ${err.validationContext ?? 'body'} của yêu cầu`);
  }
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return problem.validation([], 'Nội dung yêu cầu không phải JSON hợp lệ');
  }
  const known = err.statusCode ? FRAMEWORK_PROBLEMS[err.statusCode] : undefined;
  if (err.statusCode && known) return new Problem(err.statusCode, known[0], known[1]);
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return new Problem(err.statusCode, '/problems/bad-request', 'Yêu cầu không hợp lệ');
  }
  return problemOfDatabaseError(err);
}

function sendProblem(reply: FastifyReply, p: Problem) {
  if (p.retryAfter) reply.header('retry-after', String(p.retryAfter));
  return reply.code(p.status).type(PROBLEM_JSON).send(p.toJSON());
}

/**
 * Errors Fastify meets before routing (a path parameter over maxParamLength is a 414, a malformed
 * %-escape a 400): by default answered as plain JSON in English, outside the error handler.
 */
export function frameworkErrors(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    problemOf(err) ?? new Problem(400, '/problems/bad-request', 'Yêu cầu không hợp lệ'),
  );
}

/** One place writes every error: problem+json for the user's mistakes, a bare 500 for ours. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const p = problemOf(err);
    if (p) return sendProblem(reply, p);
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
  });
  app.setNotFoundHandler((req, reply) => {
    const p = problem.notFound('Địa chỉ');
    reply
      .code(404)
      .type(PROBLEM_JSON)
      .send({ ...p.toJSON(), detail: `${req.method} ${req.url}` });
  });
}
