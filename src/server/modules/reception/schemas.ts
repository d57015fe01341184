import { z } from 'zod';
import { refusalReasons } from '../../../domain/reception.js';
import { calendarDate } from '../org/schemas.js';

const refusalKeys = Object.keys(refusalReasons) as [
  keyof typeof refusalReasons,
  ...(keyof typeof refusalReasons)[],
];

// CCCD has 12 digits; the older CMND 9.
const idNumber = z
  .string()
  .trim()
  .regex(/^(\d{9}|\d{12})$/, { error: 'Số CCCD gồm 12 chữ số (CMND cũ 9 chữ số)' });

export const Citizen = z.object({
  fullName: z.string().trim().min(2, { error: 'Họ và tên phải có ít nhất 2 ký tự' }).max(200),
  idNumber: idNumber.nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, { error: 'Số điện thoại không hợp lệ (ví dụ 0912345678)' })
    .nullable()
    .optional(),
  isRepresentative: z.boolean().default(false),
});
export type Citizen = z.infer<typeof Citizen>;

export const VisitCreate = z.object({
  unitId: z.uuid(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  place: z.string().trim().min(2).max(300),
  kind: z.enum(['regular', 'leader_periodic', 'unannounced']),
  channel: z.enum(['in_person', 'online']).default('in_person'),
  receiverName: z.string().trim().min(2).max(200).optional(),
  receiverIsLeader: z.boolean().default(false),
  sessionId: z.uuid().nullable().optional(),
  matterId: z.uuid().nullable().optional(),
  groupSize: z.number().int().min(1).max(10_000).default(1),
  citizens: z.array(Citizen).min(1, { error: 'Ghi ít nhất một công dân' }).max(50),
  content: z.string().trim().min(5, { error: 'Nội dung phải có ít nhất 5 ký tự' }).max(5000),
  outcome: z.enum(['guided', 'petition_received', 'answered', 'refused']),
  refusalReason: z.enum(refusalKeys).nullable().optional(),
  refusalNote: z.string().trim().max(1000).nullable().optional(),
  guidance: z.string().trim().max(2000).nullable().optional(),
  /** The citizen came to denounce: his identity is sealed from the start (Luật Tố cáo 2018, Điều 47). */
  denunciation: z.boolean().default(false),
});
export type VisitCreate = z.infer<typeof VisitCreate>;

export const VisitQuery = z.object({
  unitId: z.uuid().optional(),
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  kind: z.enum(['regular', 'leader_periodic', 'unannounced']).optional(),
  groupsOnly: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type VisitQuery = z.infer<typeof VisitQuery>;

export const Visit = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  receivedOn: z.string(),
  receivedAt: z.string(),
  place: z.string(),
  kind: z.enum(['regular', 'leader_periodic', 'unannounced']),
  channel: z.enum(['in_person', 'online']),
  receiverName: z.string(),
  receiverIsLeader: z.boolean(),
  sessionId: z.string().nullable(),
  matterId: z.string(),
  groupSize: z.number(),
  citizens: z.array(
    z.object({
      fullName: z.string(),
      idNumber: z.string().nullable().optional(),
      address: z.string().nullable().optional(),
      phone: z.string().nullable().optional(),
      isRepresentative: z.boolean(),
    }),
  ),
  content: z.string(),
  outcome: z.enum(['guided', 'petition_received', 'answered', 'refused']),
  refusalReason: z.string().nullable(),
  refusalBasis: z.string().nullable(),
  refusalNote: z.string().nullable(),
  guidance: z.string().nullable(),
  receiptNo: z.string(),
  /** The citizens are sealed (a denunciation was received): the list holds placeholders only. */
  citizensSealed: z.boolean(),
  /** A petition received: the day the citizen must be answered by (Luật TCD Điều 28 k1). */
  replyDue: z.object({ dueOn: z.string(), basis: z.string() }).nullable(),
});
export const VisitPage = z.object({ items: z.array(Visit), nextCursor: z.string().nullable() });

export const StatsQuery = z.object({ unitId: z.uuid().optional(), from: calendarDate(), to: calendarDate() });
export const ReceptionFigures = z.object({
  visits: z.number(),
  people: z.number(),
  regular: z.number(),
  leaderPeriodic: z.number(),
  unannounced: z.number(),
  byLeaders: z.number(),
  groups5: z.number(),
  groups5People: z.number(),
  groups10: z.number(),
  groups10People: z.number(),
  groups10Matters: z.number(),
  matters: z.number(),
  refused: z.number(),
  petitionsReceived: z.number(),
});
export const ReceptionStats = z.object({
  from: z.string(),
  to: z.string(),
  current: ReceptionFigures,
  previousYear: ReceptionFigures,
  change: z.record(z.string(), z.number().nullable()),
});

export const RuleCreate = z.object({
  unitId: z.uuid(),
  leaderTitle: z.string().trim().min(3).max(200),
  leaderUserId: z.uuid().nullable().optional(),
  frequency: z.enum(['weekly', 'monthly', 'fixed_days']),
  minPerPeriod: z.number().int().min(1).max(31).default(1),
  fixedDays: z.array(z.number().int().min(1).max(31)).max(31).default([]),
  basis: z.string().trim().min(3).max(300),
});
export type RuleCreate = z.infer<typeof RuleCreate>;
export const Rule = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  leaderTitle: z.string(),
  leaderUserId: z.string().nullable(),
  frequency: z.enum(['weekly', 'monthly', 'fixed_days']),
  minPerPeriod: z.number(),
  fixedDays: z.array(z.number()),
  basis: z.string(),
});

export const SessionCreate = z.object({
  unitId: z.uuid(),
  ruleId: z.uuid().nullable().optional(),
  leaderUserId: z.uuid().nullable().optional(),
  leaderName: z.string().trim().min(2).max(200),
  plannedOn: calendarDate(),
  channel: z.enum(['in_person', 'online']).default('in_person'),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type SessionCreate = z.infer<typeof SessionCreate>;
export const SessionHeld = z.object({
  heldByName: z.string().trim().min(2).max(200),
  heldByUserId: z.uuid().nullable().optional(),
  channel: z.enum(['in_person', 'online']).optional(),
});
export type SessionHeld = z.infer<typeof SessionHeld>;
export const Session = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  ruleId: z.string().nullable(),
  leaderUserId: z.string().nullable(),
  leaderName: z.string(),
  plannedOn: z.string(),
  channel: z.enum(['in_person', 'online']),
  status: z.enum(['planned', 'held', 'cancelled']),
  heldByName: z.string().nullable(),
  delegated: z.boolean(),
  visitCount: z.number(),
  note: z.string().nullable(),
});
export const SessionQuery = z.object({
  unitId: z.uuid().optional(),
  from: calendarDate(),
  to: calendarDate(),
});
export const Compliance = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(
    z.object({
      ruleId: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      leaderTitle: z.string(),
      leaderName: z.string().nullable(),
      frequency: z.enum(['weekly', 'monthly', 'fixed_days']),
      basis: z.string(),
      required: z.number(),
      held: z.number(),
      delegated: z.number(),
      compliant: z.boolean(),
    }),
  ),
});

export const MatterQuery = z
  .object({
    unitId: z.uuid().optional(),
    q: z.string().trim().min(2).max(100).optional(),
    idNumber: idNumber.optional(),
  })
  .refine((m) => m.q || m.idNumber, { error: 'Nhập nội dung cần tìm hoặc số CCCD', path: ['q'] });
export type MatterQuery = z.infer<typeof MatterQuery>;

export const Matter = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  visits: z.number(),
  lastVisitOn: z.string().nullable(),
  largestGroup: z.number(),
  petitions: z.number(),
});
