import { z } from 'zod';
import { petitionKinds, petitionStatuses } from '../../../domain/petition-workflow.js';
import { calendarDate } from '../org/schemas.js';

const idNumber = z
  .string()
  .trim()
  .regex(/^(\d{9}|\d{12})$/, { error: 'Số CCCD gồm 12 chữ số (CMND cũ 9 chữ số)' });
const phone = z
  .string()
  .trim()
  .regex(/^(\+84|0)\d{9,10}$/, { error: 'Số điện thoại không hợp lệ (ví dụ 0912345678)' });

export const Sender = z.object({
  name: z.string().trim().min(2, { error: 'Họ và tên phải có ít nhất 2 ký tự' }).max(200),
  idNumber: idNumber.nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  phone: phone.nullable().optional(),
  email: z.email().nullable().optional(),
});
export type Sender = z.infer<typeof Sender>;

const petitionBody = {
  kind: z.enum(petitionKinds).nullable().optional(),
  subject: z.string().trim().min(5, { error: 'Tiêu đề phải có ít nhất 5 ký tự' }).max(300),
  content: z.string().trim().min(10, { error: 'Nội dung phải có ít nhất 10 ký tự' }).max(20_000),
  location: z.string().trim().max(300).nullable().optional(),
  accusedName: z.string().trim().max(200).nullable().optional(),
  accusedPosition: z.string().trim().max(200).nullable().optional(),
};

/** Entered by an officer: any channel, the sender may be missing (an anonymous letter). */
export const PetitionCreate = z.object({
  ...petitionBody,
  unitId: z.uuid(),
  channel: z.enum(['in_person', 'post', 'online', 'hotline', 'forwarded']),
  forwardedBy: z.string().trim().max(300).nullable().optional(),
  receivedOn: calendarDate().optional(),
  visitId: z.uuid().nullable().optional(),
  signerCount: z.number().int().min(1).max(10_000).default(1),
  sender: Sender.nullable().optional(),
  isRemote: z.boolean().optional(),
  /** The body the petition is about (whose decision, who manages the accused): competence follows it. */
  respondentOrgId: z.uuid().nullable().optional(),
});
export type PetitionCreate = z.infer<typeof PetitionCreate>;

/** Sent by a citizen on the public page: no account, but a name and a way to reach him. */
export const PublicPetitionCreate = z.object({
  ...petitionBody,
  unitId: z.uuid(),
  sender: Sender.extend({ phone: phone.nullable().optional() }),
  kind: z.enum(['recommendation', 'feedback', 'complaint', 'denunciation']),
  /**
   * Files are parts of a multipart/form-data request (field `files`), streamed to disk: base64 inside
   * JSON held every upload in memory several times over (issue 11, §4).
   */
  attachments: z.never({ error: 'Gửi tệp đính kèm dưới dạng multipart/form-data, trường files' }).optional(),
});
export type PublicPetitionCreate = z.infer<typeof PublicPetitionCreate>;

export const PetitionListQuery = z.object({
  unitId: z.uuid().optional(),
  kind: z.enum(petitionKinds).optional(),
  status: z.enum(petitionStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  handlerId: z.uuid().optional(),
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;

export const ActionBody = z.object({
  action: z.enum([
    'classify',
    'assign',
    'accept',
    'guide',
    'forward',
    'file',
    'extend',
    'resolve',
    'withdraw',
  ]),
  note: z.string().trim().max(5000).nullable().optional(),
  kind: z.enum(petitionKinds).optional(),
  competence: z.enum(['in', 'out']).optional(),
  instance: z.union([z.literal(1), z.literal(2)]).optional(),
  handlerId: z.uuid().optional(),
  complexity: z.enum(['normal', 'complex', 'especially_complex']).optional(),
  target: z.string().trim().min(3).max(300).optional(),
  /** Forward to a unit of the system: the petition is created there (TT 05/2021/TT-TTCP). */
  targetUnitId: z.uuid().optional(),
  decisionNo: z.string().trim().min(1).max(100).optional(),
  decisionDate: calendarDate().optional(),
  resultSummary: z.string().trim().min(5).max(5000).optional(),
  on: calendarDate().optional(),
  /** The paper the step issues: thông báo thụ lý, phiếu chuyển, văn bản hướng dẫn, quyết định gia hạn. */
  documentNo: z.string().trim().min(1).max(100).optional(),
  documentDate: calendarDate().optional(),
});
export type ActionBody = z.infer<typeof ActionBody>;

export const RatingBody = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullable().optional(),
  /** The PIN on the sender's receipt; not needed when the sender is signed in. */
  pin: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'Mã PIN gồm 6 chữ số, in trên giấy biên nhận' })
    .optional(),
});
export type RatingBody = z.infer<typeof RatingBody>;

const Deadline = z.object({ dueOn: z.string(), basis: z.string() }).nullable();
const DecisionPeriods = z
  .object({ secondComplaintUntil: Deadline, effectiveAfter: Deadline.unwrap() })
  .nullable();
export const Petition = z.object({
  id: z.string(),
  trackingCode: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  matterId: z.string(),
  channel: z.string(),
  receivedOn: z.string(),
  kind: z.enum(petitionKinds).nullable(),
  status: z.enum(petitionStatuses),
  statusName: z.string(),
  instance: z.number().nullable(),
  subject: z.string(),
  content: z.string(),
  location: z.string().nullable(),
  isAnonymous: z.boolean(),
  signerCount: z.number(),
  /** Null for a denunciation unless the caller is its handler (and then only through /reveal). */
  sender: Sender.nullable(),
  senderHidden: z.boolean(),
  accusedName: z.string().nullable(),
  accusedPosition: z.string().nullable(),
  visitId: z.string().nullable(),
  parentId: z.string().nullable(),
  forwardedBy: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  ratingComment: z.string().nullable(),
  competence: z.enum(['in', 'out']).nullable(),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  complexity: z.string(),
  isRemote: z.boolean(),
  handlingDue: Deadline,
  resolutionDue: Deadline,
  /** After a complaint decision: the second-complaint window (Điều 33) and legal effect (Điều 44). */
  decisionPeriods: DecisionPeriods,
  /** A concluded denunciation: when the conclusion must reach the denouncer (Luật Tố cáo Điều 35 k3). */
  conclusionNoticeDue: Deadline,
  extensions: z.number(),
  overdue: z.boolean(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  resultSummary: z.string().nullable(),
  guidedTo: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  forwardedFromId: z.string().nullable(),
  respondent: z
    .object({ id: z.string(), name: z.string(), unitId: z.string(), unitName: z.string() })
    .nullable(),
  /** Where the petition should be handled, suggested from the respondent (domain/competence.ts). */
  competenceHint: z
    .object({
      competence: z.enum(['in', 'out']),
      unitId: z.string(),
      unitName: z.string(),
      reason: z.string(),
      basis: z.string(),
    })
    .nullable(),
  forwardedToId: z.string().nullable(),
  rating: z.number().nullable(),
  duplicates: z.number(),
});
export type Petition = z.infer<typeof Petition>;
export const PetitionPage = z.object({ items: z.array(Petition), nextCursor: z.string().nullable() });

export const PetitionEvent = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  toStatus: z.string(),
  note: z.string().nullable(),
  /** The paper issued at this step, with its number and date. */
  document: z.object({ no: z.string(), date: z.string() }).nullable(),
});

export const PublicStatus = z.object({
  trackingCode: z.string(),
  subject: z.string(),
  kind: z.string().nullable(),
  status: z.string(),
  statusName: z.string(),
  receivedOn: z.string(),
  unitName: z.string(),
  dueOn: z.string().nullable(),
  resultSummary: z.string().nullable(),
  canRate: z.boolean(),
  rating: z.number().nullable(),
  decisionPeriods: DecisionPeriods,
  timeline: z.array(z.object({ at: z.string(), statusName: z.string(), note: z.string().nullable() })),
});

export const PetitionStatsQuery = z.object({
  unitId: z.uuid().optional(),
  from: calendarDate(),
  to: calendarDate(),
});
const PetitionFigures = z.object({
  received: z.number(),
  carriedOver: z.number(),
  oneSigner: z.number(),
  manySigners: z.number(),
  anonymous: z.number(),
  complaints: z.number(),
  denunciations: z.number(),
  recommendations: z.number(),
  inCompetence: z.number(),
  inComplaints: z.number(),
  inDenunciations: z.number(),
  inRecommendations: z.number(),
  outCompetence: z.number(),
  guided: z.number(),
  forwarded: z.number(),
  filed: z.number(),
  resolved: z.number(),
  resolvedOnTime: z.number(),
  overdue: z.number(),
  rated: z.number(),
  averageRating: z.number(),
});
const QueueCount = z.object({
  count: z.number().int(),
  /** Of those, how many have their running deadline within DUE_SOON_DAYS (from today). */
  dueSoon: z.number().int(),
});

/** The home page's "Việc cần làm": each count is the length of the petition list it links to. */
export const WorkQueue = z.object({
  overdue: QueueCount,
  received: QueueCount,
  classified: QueueCount,
  mineClassified: QueueCount,
  mineAccepted: QueueCount,
});

export const PetitionStats = z.object({
  from: z.string(),
  to: z.string(),
  current: PetitionFigures,
  previousYear: PetitionFigures,
  change: z.record(z.string(), z.number().nullable()),
});

export const SplitBody = z.object({
  parts: z
    .array(
      z.object({
        kind: z.enum(petitionKinds),
        subject: z.string().trim().min(5).max(300),
        content: z.string().trim().min(10).max(20_000),
      }),
    )
    .min(2, { error: 'Tách thành ít nhất 2 đơn' })
    .max(10),
});
export type SplitBody = z.infer<typeof SplitBody>;

export const AppealBody = z.object({
  unitId: z.uuid(),
  receivedOn: calendarDate().optional(),
  content: z.string().trim().min(10).max(20_000),
  lateReason: z.string().trim().min(5).max(1000).nullable().optional(),
});
export type AppealBody = z.infer<typeof AppealBody>;
