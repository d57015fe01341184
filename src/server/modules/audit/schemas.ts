import { z } from 'zod';
import { calendarDate } from '../org/schemas.js';

export const AuditQuery = z.object({
  entity: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
  actorId: z.uuid().optional(),
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});

export const AuditPage = z.object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() });

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.object({ provinceId: z.string(), id: z.string() }).nullable(),
});
