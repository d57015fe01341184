import type { PetitionAction, PetitionKind, PetitionStatus } from '../../../domain/petition-workflow';

/** Shapes of src/server/modules/petitions/schemas.ts, as the web sees them. */

export type PetitionChannel = 'in_person' | 'post' | 'online' | 'hotline' | 'forwarded';
export type Competence = 'in' | 'out';
export type Complexity = 'normal' | 'complex' | 'especially_complex';

export interface Sender {
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface Deadline {
  dueOn: string;
  basis: string;
}

export interface Petition {
  id: string;
  trackingCode: string;
  unitId: string;
  unitName: string;
  matterId: string;
  channel: string;
  /** The unit (and its petition's code) that forwarded this one here. */
  forwardedBy: string | null;
  receivedOn: string;
  kind: PetitionKind | null;
  status: PetitionStatus;
  statusName: string;
  instance: number | null;
  subject: string;
  content: string;
  location: string | null;
  isAnonymous: boolean;
  signerCount: number;
  /** Null for a denunciation: the denouncer is read only through the audited reveal. */
  sender: Sender | null;
  senderHidden: boolean;
  accusedName: string | null;
  competence: Competence | null;
  handlerId: string | null;
  handlerName: string | null;
  complexity: string;
  isRemote: boolean;
  handlingDue: Deadline | null;
  resolutionDue: Deadline | null;
  /** After a complaint decision: the second-complaint window (Điều 33) and its effect (Điều 44). */
  decisionPeriods: { secondComplaintUntil: Deadline | null; effectiveAfter: Deadline } | null;
  /** A concluded denunciation: when the conclusion must reach the denouncer (Điều 35 k3). */
  conclusionNoticeDue: Deadline | null;
  extensions: number;
  overdue: boolean;
  decisionNo: string | null;
  decisionDate: string | null;
  resultSummary: string | null;
  guidedTo: string | null;
  forwardedTo: string | null;
  /** The body the petition is about, and where it should be handled according to it. */
  respondent: { id: string; name: string; unitId: string; unitName: string } | null;
  competenceHint: {
    competence: Competence;
    unitId: string;
    unitName: string;
    reason: string;
    basis: string;
  } | null;
  /** The petition this one was forwarded from, at another unit. */
  forwardedFromId: string | null;
  /** The petition created at the unit this one was forwarded to. */
  forwardedToId: string | null;
  rating: number | null;
  /** Other petitions of the same matter (NĐ 55/2022: one matter, one case file). */
  duplicates: number;
}

export interface PetitionEvent {
  at: string;
  actorName: string | null;
  action: string;
  toStatus: string;
  note: string | null;
  /** The paper issued at this step. */
  document: { no: string; date: string } | null;
}

export interface PetitionCreate {
  unitId: string;
  channel: PetitionChannel;
  forwardedBy?: string | null;
  receivedOn?: string;
  visitId?: string | null;
  kind?: PetitionKind | null;
  subject: string;
  content: string;
  location?: string | null;
  signerCount: number;
  sender?: Sender | null;
  accusedName?: string | null;
  accusedPosition?: string | null;
  respondentOrgId?: string | null;
}

export interface PetitionCreated {
  id: string;
  trackingCode: string;
  /** The sender's PIN for his receipt (null for a second complaint: he keeps the first one's). */
  pin: string | null;
  /** The tracking code of the earlier petition of the same matter, when this one repeats it. */
  duplicateOf: string | null;
  /** The unit of an earlier petition outside the user's scope that this one joined: nothing more is told. */
  duplicateAt?: string | null;
}

export type WorkflowAction = Exclude<PetitionAction, 'rate'>;

export interface ActionBody {
  action: WorkflowAction;
  note?: string | null;
  kind?: PetitionKind;
  competence?: Competence;
  instance?: 1 | 2;
  handlerId?: string;
  complexity?: Complexity;
  target?: string;
  targetUnitId?: string;
  decisionNo?: string;
  decisionDate?: string;
  resultSummary?: string;
  on?: string;
  documentNo?: string;
  documentDate?: string;
}

export interface PetitionFilter {
  unitId?: string;
  kind?: PetitionKind;
  status?: PetitionStatus;
  overdue?: boolean;
  handlerId?: string;
  q?: string;
}

/** The figures of GET /api/petitions/stats, after the columns of form 02/XLD. */
export interface PetitionFigures {
  received: number;
  carriedOver: number;
  oneSigner: number;
  manySigners: number;
  anonymous: number;
  complaints: number;
  denunciations: number;
  /** Recommendations and feedback together, as the form counts them. */
  recommendations: number;
  inCompetence: number;
  inComplaints: number;
  inDenunciations: number;
  inRecommendations: number;
  outCompetence: number;
  guided: number;
  forwarded: number;
  filed: number;
  resolved: number;
  resolvedOnTime: number;
  overdue: number;
  rated: number;
  /** 0 when nobody rated. */
  averageRating: number;
}

export interface PetitionStats {
  from: string;
  to: string;
  current: PetitionFigures;
  previousYear: PetitionFigures;
  /** Percent against the same period a year earlier; null when that was 0. */
  change: Partial<Record<keyof PetitionFigures, number | null>>;
}

export interface PetitionStatsQuery {
  unitId?: string;
  from: string;
  to: string;
}
