import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

const NONE = ["'none'"];
const SELF = ["'self'"];

/**
 * The built web app: its scripts are files of its own origin; antd writes its styles at run time into
 * <style> elements, which needs 'unsafe-inline' for styles (not for scripts). Pictures of attachments
 * are shown from blob: and data: URLs.
 */
const appDirectives = {
  defaultSrc: SELF,
  scriptSrc: SELF,
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: SELF,
  objectSrc: NONE,
  baseUri: SELF,
  formAction: SELF,
  frameAncestors: NONE,
};

/** Scalar's page at /api/docs starts from an inline script and loads its fonts from fonts.scalar.com. */
const docsDirectives = {
  ...appDirectives,
  scriptSrc: ["'self'", "'unsafe-inline'"],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://fonts.scalar.com'],
  fontSrc: ["'self'", 'data:', 'https://fonts.scalar.com'],
  imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
};

/**
 * Headers on every answer, errors included: a CSP, no MIME sniffing, no referrer to other sites, no
 * framing (clickjacking), and HSTS only where the deployment says it is served over HTTPS — sent over
 * plain HTTP on a LAN it would lock browsers out of the server.
 */
export async function installSecurityHeaders(app: FastifyInstance, config: Config) {
  const https = config.COOKIE_SECURE;
  const csp = (directives: typeof appDirectives) => ({
    useDefaults: false,
    directives: { ...directives, ...(https ? { upgradeInsecureRequests: [] } : {}) },
  });
  // Scalar's routes get the relaxed policy, under /api/docs only. Added before helmet, whose own
  // onRoute hook then reads route.helmet.
  app.addHook('onRoute', (route) => {
    if (route.url === '/api/docs' || route.url.startsWith('/api/docs/')) {
      route.helmet = { contentSecurityPolicy: csp(docsDirectives) };
    }
  });
  await app.register(helmet, {
    contentSecurityPolicy: csp(appDirectives),
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}
