import type { FastifyRequest } from 'fastify';
import type { AuthedCtx, Ctx } from '../context.js';
import { problem } from './problem.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

/** The request's context, or 401 when nobody is signed in. */
export function authed(req: FastifyRequest): AuthedCtx {
  const { scope } = req.ctx;
  if (!scope) throw problem.unauthorized();
  return { ...req.ctx, scope };
}
