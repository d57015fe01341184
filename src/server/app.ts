import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { installVietnameseZodMessages } from '../domain/zod-vi.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { frameworkErrors, installErrorHandler } from './http/errors.js';
import { installJsonParser } from './http/json.js';
import { problem } from './http/problem.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { installSession } from './http/session.js';
import { installTextGuard } from './http/text.js';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import { orgRoutes } from './modules/org/routes.js';
import { publicPetitionRoutes } from './modules/petitions/public-routes.js';
import { petitionRoutes } from './modules/petitions/routes.js';
import { receptionRoutes } from './modules/reception/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { userRoutes } from './modules/users/routes.js';

export interface AppOptions {
  config: Config;
  database: Database;
}

/** Builds the whole application from its configuration; main.ts listens, tests call inject(). */
export async function buildApp({ config, database }: AppOptions): Promise<FastifyInstance> {
  installVietnameseZodMessages();
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    // Fastify takes false for nobody, or the list of proxies to believe.
    trustProxy: config.TRUST_PROXY.length ? config.TRUST_PROXY : false,
    bodyLimit: 1_048_576,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installJsonParser(app);
  installTextGuard(app);
  await installSecurityHeaders(app, config);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dân Vận Số API',
        version: '0.1.0',
        description: 'API của nền tảng số hóa công tác dân vận. Lỗi trả về theo RFC 9457 (problem+json).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dvs_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(scalar, { routePrefix: '/api/docs', configuration: { title: 'Dân Vận Số API' } });
  app.get('/api/docs/json', { schema: { hide: true } }, () => app.swagger());
  await app.register(cookie);
  // preValidation: after the body is parsed (the login limit keys on the account name in it), before it is
  // validated, so a request refused as invalid is counted too (in preHandler it was never counted).
  await app.register(rateLimit, { global: false, hook: 'preValidation' });
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  installSession(app, database.db, config);

  app.get(
    '/healthz',
    { schema: { hide: true, response: { 200: z.object({ status: z.string(), database: z.string() }) } } },
    async () => {
      await database.db.selectFrom('admin_unit_kind').select('code').limit(1).execute();
      return { status: 'ok', database: database.kind };
    },
  );

  await app.register(
    async (api) => {
      await api.register(authRoutes(config));
      await api.register(orgRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(calendarRoutes);
      await api.register(receptionRoutes);
      await api.register(petitionRoutes);
      await api.register(publicPetitionRoutes(config));
      await api.register(reportRoutes);
      await api.register(notificationRoutes);
    },
    { prefix: '/api' },
  );

  const webRoot = resolve(config.WEB_DIST);
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false });
    // The web app routes on the client: any other GET outside /api answers index.html.
    app.get('/*', { schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) throw problem.notFound('Địa chỉ');
      return reply.sendFile('index.html');
    });
  }
  return app;
}
